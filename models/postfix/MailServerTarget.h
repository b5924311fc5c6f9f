#pragma once

// Where a server's Postfix configuration lives and how to reach it: its configuration directory,
// and a command prefix for another machine or for privilege ("ssh root@gw1", "sudo"). Builds the
// command lines that run there, quoting every word for the remote shell when the prefix is ssh,
// so no value reaches a shell unquoted.

#include <QString>
#include <QStringList>

namespace postfix {

class MailServerTarget {
public:
    struct Command {
        QString program;
        QStringList arguments;
    };

    MailServerTarget() = default;
    MailServerTarget(const QString &configDirectory, const QStringList &prefix = {})
        : m_configDirectory(configDirectory)
        , m_prefix(prefix) {}

    QString configDirectory() const { return m_configDirectory; }
    const QStringList &prefix() const { return m_prefix; }
    bool isNull() const { return m_configDirectory.isEmpty(); }
    // "/etc/postfix" or "/etc/postfix via ssh root@gw1".
    QString displayName() const;

    // The command with the prefix around it.
    Command command(const QString &program, const QStringList &arguments) const;

    // One word quoted for a POSIX shell (left as is when it needs no quoting).
    static QString shellQuote(const QString &word);

private:
    bool isRemoteShell() const;

    QString m_configDirectory;
    QStringList m_prefix;
};

} // namespace postfix
