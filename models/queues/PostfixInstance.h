#pragma once

// Which Postfix instance a queue source reads, and how it is reached: its configuration directory
// (default /etc/postfix), and an optional command prefix for another machine or for privilege
// ("ssh root@gw1", "sudo"). Builds the command lines for the Postfix tools, quoting every word for
// the remote shell when the prefix is ssh, so no value reaches a shell unquoted.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace queues {

class PostfixInstance {
    Q_DECLARE_TR_FUNCTIONS(queues::PostfixInstance)
public:
    static constexpr QLatin1StringView DefaultConfigDirectory{"/etc/postfix"};

    struct Command {
        QString program;
        QStringList arguments;
        // As a person would type it (for messages and the command line equivalent).
        QString toString() const;
    };

    PostfixInstance() = default;

    // Checks the fields a user typed: the directory must be an absolute path (empty means the
    // default), the prefix must split into words. Returns the reason in *error otherwise.
    static std::optional<PostfixInstance> create(const QString &configDirectory, const QString &commandPrefix,
                                                 QString *error = nullptr);
    static QString validateConfigDirectory(const QString &directory);
    static QString validateCommandPrefix(const QString &prefix);

    // The directory as given ("" for the default).
    QString configDirectory() const { return m_configDirectory; }
    QString effectiveConfigDirectory() const;
    bool usesDefaultConfig() const;
    QString commandPrefix() const { return m_prefixText; }
    const QStringList &prefixWords() const { return m_prefix; }
    bool isLocal() const { return m_prefix.isEmpty(); }
    // The prefix runs the command through a remote shell (ssh), which parses the words again.
    bool isRemoteShell() const;

    // postqueue, postsuper, postcat or postconf with these arguments, for this instance: "-c DIR"
    // first when the directory is not the default, then the prefix around it all.
    Command command(const QString &tool, const QStringList &arguments) const;
    // The tool once per line of standard input, the line as its last argument (xargs -n 1): for
    // tools that take one queue ID per run, in one process per action. No shell is involved.
    Command forEachLine(const QString &tool, const QStringList &arguments) const;
    // Any other program (sh, tail, journalctl) where the instance lives: through the prefix, with
    // every word quoted for the remote shell when the prefix is ssh.
    Command program(const QString &program, const QStringList &arguments) const;

    // "Postfix in /etc/postfix-out via ssh root@gw1".
    QString displayName() const;

    QVariantMap toVariant() const;
    static PostfixInstance fromVariant(const QVariantMap &map);
    bool isNull() const { return m_null; }

    friend bool operator==(const PostfixInstance &a, const PostfixInstance &b) {
        return a.m_null == b.m_null && a.m_configDirectory == b.m_configDirectory && a.m_prefix == b.m_prefix;
    }
    friend bool operator!=(const PostfixInstance &a, const PostfixInstance &b) { return !(a == b); }

    // Splits a command typed by a user into words as a POSIX shell would (quotes, backslashes; no
    // expansions). *complete is false when a quote is left open.
    static QStringList splitWords(const QString &text, bool *complete = nullptr);
    // One word quoted for a POSIX shell (left as is when it needs no quoting).
    static QString shellQuote(const QString &word);

private:
    QStringList toolWords(const QString &tool) const;
    QString toolPath(const QString &tool) const;

    QString m_configDirectory;
    QString m_prefixText;
    QStringList m_prefix;
    bool m_null = true;
};

} // namespace queues

Q_DECLARE_METATYPE(queues::PostfixInstance)
