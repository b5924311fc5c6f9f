#include "SmartHostList.h"

#include "IpAddress.h"

#include <QHostAddress>

#include <algorithm>

namespace topology {

namespace {

bool isSeparator(QChar c) {
    return c == QLatin1Char(';') || c == QLatin1Char(',') || c.isSpace();
}

// Splits at separators outside square brackets, so "[ 192.0.2.10 ]" stays one entry.
QStringList splitEntries(const QString &text) {
    QStringList entries;
    QString current;
    bool inBrackets = false;
    for (QChar c : text) {
        if (c == QLatin1Char('['))
            inBrackets = true;
        else if (c == QLatin1Char(']'))
            inBrackets = false;
        if (!inBrackets && isSeparator(c)) {
            if (!current.isEmpty())
                entries.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        entries.append(current);
    return entries;
}

// QHostAddress also takes "10.1" or "0x1.2.3.4"; a smart host literal must be a plain dotted quad
// or an IPv6 address without a zone. Returns the canonical text, or nothing.
bool isDigitsAndDots(const QString &text) {
    for (QChar c : text) {
        if ((c < QLatin1Char('0') || c > QLatin1Char('9')) && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

bool isHostNameCharacter(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('.');
}

} // namespace

QString SmartHostList::SmartHost::toString() const {
    return isLiteral ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

bool operator==(const SmartHostList::SmartHost &a, const SmartHostList::SmartHost &b) {
    return a.isLiteral == b.isLiteral && a.host.compare(b.host, Qt::CaseInsensitive) == 0;
}

std::optional<SmartHostList> SmartHostList::parse(const QString &text, QString *error) {
    QList<SmartHost> names;
    QList<SmartHost> literals;
    for (const QString &rawEntry : splitEntries(text)) {
        const QString entry = rawEntry.trimmed();
        SmartHost host;
        QString problem = parseEntry(entry, &host);
        if (problem.isEmpty() && (names.contains(host) || literals.contains(host)))
            problem = tr("\"%1\" is listed more than once.").arg(entry);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
        (host.isLiteral ? literals : names).append(host);
    }
    SmartHostList list;
    list.m_hosts = names + literals;
    return list;
}

std::optional<SmartHostList> SmartHostList::parseStored(const QString &text, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SmartHostList>();
    };
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return fail(tr("\"%1\" contains spaces. Exchange reads the value exactly as it is stored, so "
                       "separate smart hosts with semicolons only.")
                        .arg(text));
    // An empty entry: nothing at all, a separator at either end, or two in a row.
    const auto isEntrySeparator = [](QChar c) { return c == QLatin1Char(';') || c == QLatin1Char(','); };
    bool emptyEntry = text.isEmpty() || isEntrySeparator(text.front()) || isEntrySeparator(text.back());
    for (qsizetype i = 1; !emptyEntry && i < text.size(); ++i)
        emptyEntry = isEntrySeparator(text.at(i)) && isEntrySeparator(text.at(i - 1));
    if (emptyEntry)
        return fail(
            tr("\"%1\" has an empty entry: two separators in a row, or one at the start or end.").arg(text));
    return parse(text, error);
}

QString SmartHostList::parseEntry(const QString &entry, SmartHost *host) {
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return tr("\"%1\" is missing its closing bracket ].").arg(entry);
        if (close != entry.size() - 1)
            return tr("\"%1\" has text after the closing bracket.").arg(entry);
        const std::optional<QString> address = IpAddress::canonical(entry.mid(1, close - 1).trimmed());
        if (!address)
            return tr("\"%1\" is not a valid IP address. Square brackets can only hold an IPv4 or IPv6 "
                      "address.")
                .arg(entry);
        *host = SmartHost{*address, true};
        return QString();
    }
    if (entry.contains(QLatin1Char('[')) || entry.contains(QLatin1Char(']')))
        return tr("\"%1\" is not valid. Square brackets must enclose a whole IP address, as in [192.0.2.10].")
            .arg(entry);
    if (IpAddress::canonical(entry))
        return tr("Put IP addresses in square brackets: [%1]").arg(entry);
    if (isDigitsAndDots(entry))
        return tr("\"%1\" is not a valid IP address.").arg(entry);

    for (QChar c : entry) {
        if (!isHostNameCharacter(c))
            return tr("The host name \"%1\" contains \"%2\", which is not allowed. Use letters, digits, "
                      "hyphens "
                      "and dots.")
                .arg(entry, QString(c));
    }
    const QStringList labels = entry.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return tr("The host name \"%1\" has an empty part: it starts or ends with a dot, or has two dots "
                      "in "
                      "a row.")
                .arg(entry);
        if (label.size() > 63)
            return tr("The host name \"%1\" has a part longer than 63 characters.").arg(entry);
    }
    if (entry.size() > 253)
        return tr("The host name \"%1\" is longer than 253 characters.").arg(entry);
    *host = SmartHost{entry, false};
    return QString();
}

QString SmartHostList::toString() const {
    QStringList parts;
    parts.reserve(m_hosts.size());
    for (const SmartHost &host : m_hosts)
        parts.append(host.toString());
    return parts.join(QLatin1Char(';'));
}

bool SmartHostList::contains(const QString &hostOrAddress) const {
    QString text = hostOrAddress.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2).trimmed();
    const std::optional<QString> address = IpAddress::canonical(text);
    const SmartHost wanted = address ? SmartHost{*address, true} : SmartHost{text, false};
    return m_hosts.contains(wanted);
}

} // namespace topology
