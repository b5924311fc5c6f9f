#include "QueueKey.h"

namespace queues {

QString QueueKey::nextHopHost() const {
    if (m_kind != Kind::RelayHost)
        return m_nextHop;
    // relayhost: host, host:port, [host], [host]:port; a list takes its first entry.
    QString first = m_nextHop.section(QLatin1Char(','), 0, 0).trimmed().section(QLatin1Char(' '), 0, 0);
    if (first.startsWith(QLatin1Char('['))) {
        const qsizetype close = first.indexOf(QLatin1Char(']'));
        return close > 0 ? first.mid(1, close - 1) : first.mid(1);
    }
    const qsizetype colon = first.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && first.indexOf(QLatin1Char(':')) == colon)
        first.truncate(colon);
    return first;
}

QString QueueKey::displayName() const {
    if (m_kind == Kind::PendingSubmission)
        return tr("Messages pending submission");
    return m_nextHop;
}

QString QueueKey::toString() const {
    switch (m_kind) {
    case Kind::PendingSubmission:
        return QStringLiteral("pending:");
    case Kind::RelayHost:
        return QStringLiteral("relay:") + m_nextHop;
    case Kind::Domain:
        return QStringLiteral("domain:") + m_nextHop;
    }
    return QString();
}

QueueKey QueueKey::fromString(const QString &text) {
    if (text.startsWith(QLatin1String("relay:")))
        return relayHost(text.mid(6));
    if (text.startsWith(QLatin1String("domain:")))
        return domain(text.mid(7));
    return pendingSubmission();
}

QString QueueKey::domainOf(const QString &address) {
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QString();
    return address.mid(at + 1).toLower();
}

} // namespace queues
