#pragma once

// `bridgehead route --from SERVER --to ADDRESS [--format text|json]`: the route a message from
// that server to that recipient takes, hop by hop with the reasons, and the connectors not taken.

#include "DirectorySubcommand.h"

namespace routing {
struct Route;
}

namespace cli {

class RouteSubcommand : public DirectorySubcommand {
    Q_OBJECT
public:
    using DirectorySubcommand::DirectorySubcommand;

    QStringList words() const override { return {QStringLiteral("route")}; }
    QString description() const override;

protected:
    void addCommandOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, console::DirectorySession &session) override;

private:
    void printText(const routing::Route &route);
};

} // namespace cli
