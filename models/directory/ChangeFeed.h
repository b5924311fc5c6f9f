#pragma once

// Live changes under a base DN through RFC 4533 refreshAndPersist, on a connection and thread of
// its own: first the whole content (as Added changes, in batches), then every add, modify, delete
// and rename as it happens. When the server goes away it reconnects by itself, reads everything
// again, and reports only what differs.

#include "ConnectionSettings.h"
#include "Entry.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace directory {

class FeedWorker;

struct FeedChange {
    enum class Type { Added, Modified, Deleted, Renamed };
    Type type = Type::Added;
    Entry entry;   // Deleted: only the DN is set
    QString oldDn; // Renamed: the DN before
};

class ChangeFeed : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Refreshing, Live, Reconnecting };
    Q_ENUM(State)

    // How the server lets us follow it.
    enum class Mechanism {
        SyncReplication,    // RFC 4533 refreshAndPersist (slapd's syncprov)
        ServerNotification, // Active Directory: notification for adds and modifies, a poll for the rest
    };
    Q_ENUM(Mechanism)

    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    void start(const ConnectionSettings &settings, const QString &base,
               const QString &filter = QStringLiteral("(objectClass=*)"),
               Mechanism mechanism = Mechanism::SyncReplication);
    void stop();
    // Reads everything under the base again and reports only what differs; synchronized() follows.
    void refresh();
    State state() const { return m_state; }
    Mechanism mechanism() const { return m_mechanism; }
    // For the status bar: how changes reach the console, in a word or two and in a sentence.
    static QString name(Mechanism mechanism);
    static QString describe(Mechanism mechanism);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void changes(const QList<directory::FeedChange> &batch);
    // The refresh phase is over: everything under the base has been delivered once (again).
    void synchronized();
    void stateChanged(directory::ChangeFeed::State state);

private:
    void onState(int state, const QString &error);

    FeedWorker *m_worker = nullptr;
    QList<QPointer<FeedWorker>> m_retiring; // stopped, still finishing
    Mechanism m_mechanism = Mechanism::SyncReplication;
    State m_state = State::Stopped;
    QString m_lastError;
};

} // namespace directory

Q_DECLARE_METATYPE(directory::FeedChange)
