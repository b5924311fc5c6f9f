#include "NextHops.h"

namespace queues {

NextHops NextHops::withTransport(const QString &relayHost, const QString &postmapDump) {
    NextHops hops(relayHost);
    for (const QString &line : postmapDump.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        qsizetype space = 0;
        while (space < trimmed.size() && !trimmed.at(space).isSpace())
            ++space;
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || space == trimmed.size())
            continue;
        const QString pattern = trimmed.left(space).toLower();
        // Postfix takes the first map that answers: the first entry for a pattern wins.
        if (!hops.m_transport.contains(pattern))
            hops.m_transport.insert(pattern, trimmed.mid(space).trimmed());
    }
    return hops;
}

QString NextHops::nextHopOf(const QString &transport) {
    const qsizetype colon = transport.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return QString();
    // Any SMTP-like service (smtp, relay, a connector's own smtp transport) hands the mail to its
    // next hop; these keep it in the domain's queue, their "next hop" is no host.
    static const QStringList Local{QStringLiteral("error"), QStringLiteral("retry"), QStringLiteral("discard"),
                                   QStringLiteral("local"), QStringLiteral("virtual")};
    if (Local.contains(transport.left(colon)))
        return QString();
    return transport.mid(colon + 1).trimmed();
}

const QString *NextHops::lookUp(const QString &domain) const {
    if (m_transport.isEmpty())
        return nullptr;
    if (const auto it = m_transport.constFind(domain); it != m_transport.constEnd())
        return &*it;
    for (qsizetype dot = domain.indexOf(QLatin1Char('.')); dot >= 0;
         dot = domain.indexOf(QLatin1Char('.'), dot + 1))
        if (const auto it = m_transport.constFind(domain.mid(dot)); it != m_transport.constEnd())
            return &*it;
    if (const auto it = m_transport.constFind(QStringLiteral("*")); it != m_transport.constEnd())
        return &*it;
    return nullptr;
}

QueueKey NextHops::keyFor(const QString &domain) const {
    if (const QString *entry = lookUp(domain)) {
        const QString hop = nextHopOf(*entry);
        // An entry without a next hop sends by DNS to the recipient's domain.
        return hop.isEmpty() ? QueueKey::domain(domain) : QueueKey::relayHost(hop);
    }
    if (!m_relayHost.isEmpty())
        return QueueKey::relayHost(m_relayHost);
    return QueueKey::domain(domain);
}

QList<QueueKey> NextHops::keysFor(const QueuedMessage &message) const {
    if (message.isPendingSubmission())
        return {QueueKey::pendingSubmission()};
    if (m_transport.isEmpty() && !m_relayHost.isEmpty())
        return {QueueKey::relayHost(m_relayHost)};
    QList<QueueKey> keys;
    for (const QueuedRecipient &r : message.recipients) {
        const QueueKey k = keyFor(QueueKey::domainOf(r.address));
        if (!keys.contains(k))
            keys.append(k);
    }
    if (keys.isEmpty())
        keys.append(m_relayHost.isEmpty() ? QueueKey::domain(QString()) : QueueKey::relayHost(m_relayHost));
    return keys;
}

} // namespace queues
