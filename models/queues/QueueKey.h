#pragma once

// Which queue a message is shown in, as Exchange groups them: one queue per next hop (the relay
// host when the instance has one, else the recipient domain), plus "Messages pending submission"
// for mail Postfix has not taken in yet. A message for several domains is in each of their queues.

#include "QueuedMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace queues {

class QueueKey {
    Q_DECLARE_TR_FUNCTIONS(queues::QueueKey)
public:
    enum class Kind : quint8 { PendingSubmission, RelayHost, Domain };

    QueueKey() = default;
    static QueueKey pendingSubmission() { return QueueKey(Kind::PendingSubmission, QString()); }
    static QueueKey relayHost(const QString &relay) { return QueueKey(Kind::RelayHost, relay); }
    static QueueKey domain(const QString &domain) { return QueueKey(Kind::Domain, domain.toLower()); }

    Kind kind() const { return m_kind; }
    // The relay host or the domain; "" for pending submission.
    const QString &nextHop() const { return m_nextHop; }
    // The host part of a relay host ("[127.0.0.1]:9" → "127.0.0.1"), for matching smart hosts.
    QString nextHopHost() const;
    // "Messages pending submission", or the next hop.
    QString displayName() const;
    // A stable text form ("relay:[127.0.0.1]:9"), for settings and hashing.
    QString toString() const;
    static QueueKey fromString(const QString &text);

    // The domain of an address ("user@Example.COM" → "example.com"); "" without one.
    static QString domainOf(const QString &address);

    friend bool operator==(const QueueKey &a, const QueueKey &b) {
        return a.m_kind == b.m_kind && a.m_nextHop == b.m_nextHop;
    }
    friend bool operator!=(const QueueKey &a, const QueueKey &b) { return !(a == b); }
    friend size_t qHash(const QueueKey &key, size_t seed = 0) {
        return qHashMulti(seed, quint8(key.m_kind), key.m_nextHop);
    }

private:
    QueueKey(Kind kind, const QString &nextHop)
        : m_kind(kind)
        , m_nextHop(nextHop) {}

    Kind m_kind = Kind::PendingSubmission;
    QString m_nextHop;
};

} // namespace queues

Q_DECLARE_METATYPE(queues::QueueKey)
