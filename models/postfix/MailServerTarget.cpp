#include "MailServerTarget.h"

#include "ShellWord.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace postfix {

QString MailServerTarget::displayName() const {
    if (m_prefix.isEmpty())
        return m_configDirectory;
    return QStringLiteral("%1 via %2").arg(m_configDirectory, m_prefix.join(QLatin1Char(' ')));
}

bool MailServerTarget::isRemoteShell() const {
    for (const QString &word : m_prefix)
        if (QFileInfo(word).fileName() == QLatin1String("ssh"))
            return true;
    return false;
}

QString MailServerTarget::shellQuote(const QString &word) {
    return shell::quote(word);
}

MailServerTarget::Command MailServerTarget::command(const QString &program,
                                                    const QStringList &arguments) const {
    if (m_prefix.isEmpty())
        return {program, arguments};
    QStringList words = m_prefix.mid(1);
    if (isRemoteShell()) {
        // ssh joins what follows the host into one line for the remote shell.
        QStringList quoted{shellQuote(program)};
        for (const QString &a : arguments)
            quoted.append(shellQuote(a));
        words.append(quoted.join(QLatin1Char(' ')));
    } else {
        words.append(program);
        words.append(arguments);
    }
    return {m_prefix.first(), words};
}

} // namespace postfix
