#pragma once

// Where an instance sends each recipient's mail, as far as the queue viewer groups by it: its
// transport map's entries (read with `postmap -s`: "example.com smtp:[10.0.0.1]:25", ".example.com
// …", "* smtp:[smarthost]") looked up as Postfix does (the domain, its parents as ".parent", then
// "*"), then the relay host, else the recipient's domain (DNS). So a message for a domain a
// connector's smart host carries waits in that smart host's queue, as Exchange shows it.

#include "QueueKey.h"

#include <QHash>
#include <QString>

namespace queues {

class NextHops {
public:
    NextHops() = default;
    explicit NextHops(const QString &relayHost)
        : m_relayHost(relayHost) {}
    // With the entries of the instance's transport maps, as `postmap -s` prints them.
    static NextHops withTransport(const QString &relayHost, const QString &postmapDump);

    const QString &relayHost() const { return m_relayHost; }
    int transportEntryCount() const { return int(m_transport.size()); }
    // The queue of mail for a recipient in this domain.
    QueueKey keyFor(const QString &domain) const;
    // The queues of a message (one per next hop of its recipients; pending submission apart).
    QList<QueueKey> keysFor(const QueuedMessage &message) const;

    friend bool operator==(const NextHops &a, const NextHops &b) {
        return a.m_relayHost == b.m_relayHost && a.m_transport == b.m_transport;
    }
    friend bool operator!=(const NextHops &a, const NextHops &b) { return !(a == b); }

private:
    // A transport's next hop ("smtp:[10.0.0.1]:25" → "[10.0.0.1]:25"); "" when it names none.
    static QString nextHopOf(const QString &transport);
    const QString *lookUp(const QString &domain) const;

    QString m_relayHost;
    QHash<QString, QString> m_transport; // pattern (lower case) → the entry's value
};

} // namespace queues
