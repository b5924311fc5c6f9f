#pragma once

// `bridgehead analyze`: reads the organization once, runs every analyzer rule and prints the
// findings as text, JSON or a self-contained HTML page. Exit status by --fail-on: 0 when nothing at
// or above that severity was found, 1 when something was, 2 when it could not run.

#include "DirectorySubcommand.h"

namespace cli {

class AnalyzeCommand : public DirectorySubcommand {
    Q_OBJECT
public:
    using DirectorySubcommand::DirectorySubcommand;

    QStringList words() const override;
    QString description() const override;

protected:
    void addCommandOptions(QCommandLineParser &parser) override;
    QString checkOptions(const QCommandLineParser &parser) override;
    int optionsRefusedExitCode() const override { return CannotRun; }
    void run(const QCommandLineParser &parser, console::DirectorySession &session) override;
};

} // namespace cli
