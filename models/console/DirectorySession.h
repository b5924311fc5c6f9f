#pragma once

// One open directory as the console uses it: the connection, the Topology read from it (with
// progress, cancellable), and the change feed that keeps it current. On a server with RFC 4533
// the feed's own first refresh is the load, so the console is Live and writable only once the
// feed has caught up: a change written at that moment is certain to come back through it. On
// other servers the organization is read with paged searches and the session is Static. Has no
// widgets, so tests, benchmarks and the command line drive it the same way the main window does.

#include "ChangeFeed.h"
#include "ChangeSetWriter.h"
#include "Connection.h"
#include "ObjectBuilder.h"
#include "ServerFeatures.h"
#include "Topology.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace console {

class DirectorySession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Closed,       // nothing open
        Connecting,   // binding
        Loading,      // reading the organization
        Live,         // loaded and following changes
        Static,       // loaded; not following changes (no feed on the server, or not asked for)
        Reconnecting, // the server went away: read-only until it is back
        Failed,       // could not connect or load (see lastError())
    };
    Q_ENUM(State)

    enum class Mode {
        Follow,   // load, then follow changes when the server offers a feed
        LoadOnce, // read once with paged searches (command-line tools)
    };

    static constexpr int PageSize = 1000;
    static constexpr int SliceMs = 8;

    explicit DirectorySession(QObject *parent = nullptr);
    ~DirectorySession() override;

    void open(const directory::ConnectionSettings &settings, Mode mode = Mode::Follow);
    // Reads everything again (F5): through the feed when it runs, else with a paged search.
    void reload();
    void cancel();
    // While reconnecting: tries the server now instead of after the next pause.
    void retryNow();
    void close();

    State state() const { return m_state; }
    bool isWritable() const { return m_state == State::Live || m_state == State::Static; }
    // Whether multi-entry writes go as one RFC 5805 transaction: the server offers them (slapd does,
    // Active Directory does not) and the connection settings allow them.
    bool supportsTransactions() const { return m_features.transactions && settings().useTransactions; }
    // Active Directory (its root DSE says so): it keeps DN links across renames by itself.
    bool isActiveDirectory() const { return m_features.activeDirectory; }
    // What the server offers, from its root DSE.
    const directory::ServerFeatures &features() const { return m_features; }
    // Writes a change set the way this server allows; the writer's finished() tells the outcome.
    // Whatever the outcome, the Topology follows the directory through the change feed.
    topology::ChangeSetWriter *submit(const topology::ChangeSet &changes);
    // Whether submit() writes `changes` as one transaction: the server has them, there is more than one
    // step, and every attribute written is one the organization already holds (see the .cpp).
    bool canWriteAsTransaction(const topology::ChangeSet &changes) const;
    QString lastError() const { return m_lastError; }
    // How the session follows the directory, for the status bar; empty when it does not.
    QString followMechanismName() const;
    QString followMechanism() const;
    QString base() const { return m_base; }
    int loadedCount() const { return m_loaded; }
    directory::Connection *connection() { return &m_connection; }
    topology::Topology *topology() { return &m_topology; }
    const topology::Topology *topology() const { return &m_topology; }
    const directory::ConnectionSettings &settings() const { return m_connection.settings(); }

Q_SIGNALS:
    void stateChanged(console::DirectorySession::State state);
    void progress(int entriesLoaded);
    // The organization is fully loaded (after open() and after each reload()).
    void loaded();
    // The change feed has caught up with the directory (after loading, reconnecting, re-reading).
    void synchronized();
    void failed(const QString &message);

private:
    void setState(State state);
    void discoverBase();
    void startPagedLoad();
    void startFeed(directory::ChangeFeed::Mechanism mechanism);
    void enqueue(const QList<directory::FeedChange> &changes);
    void onBuilt(const QList<topology::PreparedChange> &changes);
    void onMarked(ObjectBuilder::Marker marker);
    void pump();
    void onSynchronized();
    void finishPagedLoad();
    void finishLoading(State state);
    void onFeedState(directory::ChangeFeed::State state);
    void fail(const QString &message);

    directory::Connection m_connection;
    directory::ChangeFeed m_feed;
    topology::Topology m_topology;
    QPointer<directory::DirectoryReply> m_load;
    // Makes the typed objects of what is read, off this thread.
    ObjectBuilder m_builder;
    // Changes read, their objects made, not yet in the Topology: they go in in slices of a few
    // milliseconds, so the window stays responsive however fast the server sends.
    QList<topology::PreparedChange> m_pending;
    qsizetype m_pendingAt = 0;
    // What applying one change cost in the last chunk, to size the next one to the slice.
    qint64 m_nsPerChange = 20'000;
    static constexpr qsizetype MinChunk = 100;
    static constexpr qsizetype MaxChunk = 2000;
    // Where in m_pending the feed said it had caught up (-1: not pending).
    qsizetype m_syncAt = -1;
    QTimer m_pump;
    std::optional<directory::LdapResult> m_searchResult;
    // The search ended; its result waits for the builder to hand back what came before it.
    std::optional<directory::LdapResult> m_searchEnded;
    Mode m_mode = Mode::Follow;
    State m_state = State::Closed;
    QString m_base;
    QString m_lastError;
    int m_loaded = 0;
    directory::ServerFeatures m_features;
    bool m_feedStarted = false;
};

} // namespace console
