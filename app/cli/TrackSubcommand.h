#pragma once

// `bridgehead track --log SERVER=FILE… (--queue-id ID | --sender ADDR | --recipient ADDR |
// --token TOKEN) [--format text|json]`: where did a message go, from the first server's Postfix
// log and on through the others', as a timeline per message.

#include "Subcommand.h"
#include "TrackingRun.h"

namespace cli {

class TrackSubcommand : public Subcommand {
    Q_OBJECT
public:
    using Subcommand::Subcommand;

    QStringList words() const override { return {QStringLiteral("track")}; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void onFinished(const tracking::TrackingRun::Result &result);

    tracking::TrackingRun m_run;
    QList<tracking::LogSource *> m_sources;
    bool m_json = false;
};

} // namespace cli
