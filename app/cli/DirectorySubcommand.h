#pragma once

// A subcommand that works on the organization in a directory: takes the connection options,
// reads the organization once (no change feed), and then runs with it. Failing to connect or to
// find an Exchange organization under the base is "could not run" (exit 2).

#include "DirectorySession.h"
#include "Subcommand.h"

namespace cli {

class DirectorySubcommand : public Subcommand {
    Q_OBJECT
public:
    using Subcommand::Subcommand;

    void addOptions(QCommandLineParser &parser) final;
    void start(const QCommandLineParser &parser) final;

protected:
    virtual void addCommandOptions(QCommandLineParser &parser) = 0;
    // Checks the command's own options before anything is read; returns the reason to refuse, or "".
    virtual QString checkOptions(const QCommandLineParser &parser) = 0;
    // The exit status when checkOptions() refuses: Refused (1), unless the command's 1 means
    // something else (analyze: problems were found).
    virtual int optionsRefusedExitCode() const { return Refused; }
    // The organization is loaded; do the work and finish().
    virtual void run(const QCommandLineParser &parser, console::DirectorySession &session) = 0;

    console::DirectorySession *session() const { return m_session; }

private:
    console::DirectorySession *m_session = nullptr;
};

} // namespace cli
