#include "MailServerTarget.h"

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
    // Anchored as a whole: "$" alone would let a word ending in a line break through unquoted.
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
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
