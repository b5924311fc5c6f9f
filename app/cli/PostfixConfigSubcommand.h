#pragma once

// `bridgehead postfix-config --server SERVER --out DIR`: writes the Postfix configuration the
// directory describes for that server: main.cf and master.cf fragments and the transport map.

#include "DirectorySubcommand.h"

namespace cli {

class PostfixConfigSubcommand : public DirectorySubcommand {
    Q_OBJECT
public:
    using DirectorySubcommand::DirectorySubcommand;

    static inline const QString MainCfFile = QStringLiteral("main.cf.fragment");
    static inline const QString MasterCfFile = QStringLiteral("master.cf.fragment");

    QStringList words() const override { return {QStringLiteral("postfix-config")}; }
    QString description() const override;

protected:
    void addCommandOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser, console::DirectorySession &session) override;
};

} // namespace cli
