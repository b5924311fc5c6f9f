#include "Subcommand.h"

#include <cstdio>

namespace cli {

void Subcommand::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    out().flush();
    err().flush();
    Q_EMIT finished(exitCode);
}

void Subcommand::refuse(const QString &reason) {
    err() << QStringLiteral("bridgehead: ") << reason << Qt::endl;
    finish(Refused);
}

void Subcommand::cannotRun(const QString &reason) {
    err() << QStringLiteral("bridgehead: ") << reason << Qt::endl;
    finish(CannotRun);
}

QTextStream &Subcommand::out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Subcommand::err() {
    static QTextStream stream(stderr);
    return stream;
}

} // namespace cli
