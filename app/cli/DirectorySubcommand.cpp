#include "DirectorySubcommand.h"

#include "ConnectionOptions.h"

namespace cli {

void DirectorySubcommand::addOptions(QCommandLineParser &parser) {
    parser.addOptions(ConnectionOptions::options());
    addCommandOptions(parser);
}

void DirectorySubcommand::start(const QCommandLineParser &parser) {
    QString error;
    const std::optional<directory::ConnectionSettings> settings = ConnectionOptions::read(parser, &error);
    if (!settings) {
        cannotRun(error);
        return;
    }
    if (const QString problem = checkOptions(parser); !problem.isEmpty()) {
        if (optionsRefusedExitCode() == CannotRun)
            cannotRun(problem);
        else
            refuse(problem);
        return;
    }
    m_session = new console::DirectorySession(this);
    connect(m_session, &console::DirectorySession::failed, this,
            [this](const QString &message) { cannotRun(message); });
    connect(m_session, &console::DirectorySession::loaded, this, [this, &parser] {
        if (!m_session->topology()->organization()) {
            cannotRun(tr("There is no Exchange organization under %1. Check --base.").arg(m_session->base()));
            return;
        }
        run(parser, *m_session);
    });
    m_session->open(*settings, console::DirectorySession::Mode::LoadOnce);
}

} // namespace cli
