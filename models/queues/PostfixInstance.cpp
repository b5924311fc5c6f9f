#include "PostfixInstance.h"

#include "ShellWord.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace queues {

namespace {

bool hasControlCharacters(const QString &text) {
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

} // namespace

QString PostfixInstance::Command::toString() const {
    QStringList words{shellQuote(program)};
    for (const QString &a : arguments)
        words << shellQuote(a);
    return words.join(QLatin1Char(' '));
}

QString PostfixInstance::validateConfigDirectory(const QString &directory) {
    const QString d = directory.trimmed();
    if (d.isEmpty())
        return QString();
    if (hasControlCharacters(d))
        return tr("The configuration directory contains control characters.");
    if (!d.startsWith(QLatin1Char('/')))
        return tr("The configuration directory must be an absolute path, such as /etc/postfix.");
    return QString();
}

QString PostfixInstance::validateCommandPrefix(const QString &prefix) {
    if (hasControlCharacters(prefix))
        return tr("The command contains control characters.");
    const QString p = prefix.trimmed();
    if (p.isEmpty())
        return QString();
    bool complete = true;
    if (splitWords(p, &complete).isEmpty())
        return tr("The command is empty.");
    if (!complete)
        return tr("The command has an unmatched quote.");
    return QString();
}

std::optional<PostfixInstance> PostfixInstance::create(const QString &configDirectory,
                                                       const QString &commandPrefix, QString *error) {
    QString problem = validateConfigDirectory(configDirectory);
    if (problem.isEmpty())
        problem = validateCommandPrefix(commandPrefix);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    PostfixInstance instance;
    instance.m_null = false;
    QString dir = configDirectory.trimmed();
    if (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    instance.m_configDirectory = dir;
    instance.m_prefixText = commandPrefix.trimmed();
    instance.m_prefix = splitWords(instance.m_prefixText);
    return instance;
}

QString PostfixInstance::effectiveConfigDirectory() const {
    return m_configDirectory.isEmpty() ? QString(DefaultConfigDirectory) : m_configDirectory;
}

bool PostfixInstance::usesDefaultConfig() const {
    return effectiveConfigDirectory() == DefaultConfigDirectory;
}

bool PostfixInstance::isRemoteShell() const {
    // "ssh gw1", "ssh gw1 sudo", "sudo -u admin ssh gw1": whatever follows ssh is shell text.
    for (const QString &word : m_prefix)
        if (QFileInfo(word).fileName() == QLatin1String("ssh"))
            return true;
    return false;
}

QStringList PostfixInstance::splitWords(const QString &text, bool *complete) {
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < text.size() &&
                     (text.at(i + 1) == QLatin1Char('"') || text.at(i + 1) == QLatin1Char('\\')))
                word += text.at(++i);
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    if (complete)
        *complete = quote.isNull();
    return words;
}

QString PostfixInstance::shellQuote(const QString &word) {
    return shell::quote(word);
}

QString PostfixInstance::toolPath(const QString &tool) const {
    if (!isLocal())
        return tool; // found on the far side's PATH (sudo's secure_path has /usr/sbin)
    // Postfix's tools live in /usr/sbin, which is not on an ordinary user's PATH on Debian.
    const QString found = QStandardPaths::findExecutable(
        tool, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin")});
    return found.isEmpty() ? tool : found;
}

PostfixInstance::Command PostfixInstance::program(const QString &program, const QStringList &arguments) const {
    if (m_prefix.isEmpty())
        return {program, arguments};
    Command c{m_prefix.first(), m_prefix.mid(1)};
    if (isRemoteShell()) {
        // ssh joins its arguments with spaces and hands them to the remote shell: one quoted line.
        QStringList words{shellQuote(program)};
        for (const QString &a : arguments)
            words << shellQuote(a);
        c.arguments << words.join(QLatin1Char(' '));
    } else {
        c.arguments << program << arguments;
    }
    return c;
}

QStringList PostfixInstance::toolWords(const QString &tool) const {
    QStringList words{toolPath(tool)};
    if (!usesDefaultConfig())
        words << QStringLiteral("-c") << effectiveConfigDirectory();
    return words;
}

PostfixInstance::Command PostfixInstance::command(const QString &tool, const QStringList &arguments) const {
    const QStringList words = toolWords(tool) + arguments;
    return program(words.first(), words.mid(1));
}

PostfixInstance::Command PostfixInstance::forEachLine(const QString &tool,
                                                      const QStringList &arguments) const {
    QStringList words{toolPath(QStringLiteral("xargs")), QStringLiteral("-r"), QStringLiteral("-n"),
                      QStringLiteral("1")};
    words << toolWords(tool) << arguments;
    return program(words.first(), words.mid(1));
}

QString PostfixInstance::displayName() const {
    const QString where = tr("Postfix in %1").arg(effectiveConfigDirectory());
    if (m_prefix.isEmpty())
        return where;
    return tr("%1 via %2").arg(where, commandPrefix());
}

QVariantMap PostfixInstance::toVariant() const {
    return {{QStringLiteral("configDirectory"), m_configDirectory},
            {QStringLiteral("commandPrefix"), commandPrefix()}};
}

PostfixInstance PostfixInstance::fromVariant(const QVariantMap &map) {
    if (map.isEmpty())
        return PostfixInstance();
    return create(map.value(QStringLiteral("configDirectory")).toString(),
                  map.value(QStringLiteral("commandPrefix")).toString())
        .value_or(PostfixInstance());
}

} // namespace queues
