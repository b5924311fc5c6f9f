#include "DirectorySession.h"

#include "ActiveDirectoryWrites.h"

#include <QElapsedTimer>

#include <algorithm>

namespace console {

DirectorySession::DirectorySession(QObject *parent)
    : QObject(parent) {
    m_pump.setInterval(0);
    connect(&m_pump, &QTimer::timeout, this, &DirectorySession::pump);
    connect(&m_feed, &directory::ChangeFeed::changes, this, &DirectorySession::enqueue);
    connect(&m_feed, &directory::ChangeFeed::stateChanged, this, &DirectorySession::onFeedState);
    // Applied in order: the marker goes through the builder behind everything the feed sent before.
    connect(&m_feed, &directory::ChangeFeed::synchronized, this,
            [this] { m_builder.mark(ObjectBuilder::Marker::Synchronized); });
    connect(&m_builder, &ObjectBuilder::built, this, &DirectorySession::onBuilt);
    connect(&m_builder, &ObjectBuilder::marked, this, &DirectorySession::onMarked);
}

DirectorySession::~DirectorySession() {
    m_feed.stop();
}

void DirectorySession::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DirectorySession::fail(const QString &message) {
    m_lastError = message;
    setState(State::Failed);
    Q_EMIT failed(message);
}

void DirectorySession::open(const directory::ConnectionSettings &settings, Mode mode) {
    close();
    m_mode = mode;
    m_connection.setSettings(settings);
    m_lastError.clear();
    setState(State::Connecting);
    m_connection.open()->then(this, [this](directory::DirectoryReply *reply) {
        if (m_state != State::Connecting)
            return;
        if (!reply->result().ok()) {
            fail(tr("Could not connect to %1.\n%2").arg(m_connection.settings().uri, reply->result().text()));
            return;
        }
        discoverBase();
    });
}

void DirectorySession::discoverBase() {
    // The root DSE tells whether the server has a change feed and, without a base, where to look.
    m_connection.searchBase(QString(), directory::ServerFeatures::rootDseAttributes())
        ->then(this, [this](directory::DirectoryReply *reply) {
            if (m_state != State::Connecting)
                return;
            m_features = directory::ServerFeatures::fromRootDse(reply->entries().value(0));
            m_base = m_connection.settings().baseDn.trimmed();
            // Exchange System Manager's own root on Active Directory: the configuration partition
            // holds thousands of other objects (sites, display specifiers, extended rights).
            if (m_base.isEmpty() && m_features.activeDirectory &&
                !m_features.configurationNamingContext.isEmpty())
                m_base = QStringLiteral("CN=Microsoft Exchange,CN=Services,") +
                         m_features.configurationNamingContext;
            if (m_base.isEmpty())
                m_base = m_features.configurationNamingContext;
            if (m_base.isEmpty())
                m_base = m_features.namingContexts.value(0);
            if (m_base.isEmpty()) {
                fail(tr("The server does not say where its data is. Give the base DN (for example "
                        "CN=Configuration,DC=example,DC=com)."));
                return;
            }
            if (m_mode == Mode::Follow && m_features.syncReplication)
                startFeed(directory::ChangeFeed::Mechanism::SyncReplication);
            else if (m_mode == Mode::Follow && m_features.activeDirectory && m_features.serverNotification &&
                     m_features.showDeleted)
                startFeed(directory::ChangeFeed::Mechanism::ServerNotification);
            else
                startPagedLoad();
        });
}

void DirectorySession::startFeed(directory::ChangeFeed::Mechanism mechanism) {
    m_loaded = 0;
    setState(State::Loading);
    m_feedStarted = true;
    m_topology.beginLoad();
    m_feed.start(m_connection.settings(), m_base, QStringLiteral("(objectClass=*)"), mechanism);
}

void DirectorySession::startPagedLoad() {
    m_loaded = 0;
    m_builder.newGeneration();
    m_pending.clear();
    m_pendingAt = 0;
    m_searchResult.reset();
    m_searchEnded.reset();
    setState(State::Loading);
    m_topology.beginLoad();
    m_topology.beginResync();
    directory::SearchRequest request;
    request.base = m_base;
    request.pageSize = PageSize;
    request.keepEntries = false;
    m_load = m_connection.search(request);
    connect(m_load, &directory::DirectoryReply::entriesReceived, this,
            [this](const QList<directory::Entry> &batch) {
                QList<directory::FeedChange> changes;
                changes.reserve(batch.size());
                for (const directory::Entry &e : batch)
                    changes.append(directory::FeedChange{directory::FeedChange::Type::Added, e, QString()});
                enqueue(changes);
            });
    m_load->then(this, [this](directory::DirectoryReply *reply) {
        if (m_state != State::Loading)
            return; // closed meanwhile
        m_searchEnded = reply->result();
        m_builder.mark(ObjectBuilder::Marker::SearchFinished);
    });
}

void DirectorySession::enqueue(const QList<directory::FeedChange> &changes) {
    m_builder.build(changes);
}

void DirectorySession::onBuilt(const QList<topology::PreparedChange> &changes) {
    m_pending.append(changes);
    if (!m_pump.isActive())
        m_pump.start();
}

void DirectorySession::onMarked(ObjectBuilder::Marker marker) {
    if (marker == ObjectBuilder::Marker::Synchronized) {
        m_syncAt = m_pending.size();
        if (!m_pump.isActive())
            m_pump.start();
        return;
    }
    if (!m_searchEnded)
        return;
    m_searchResult = m_searchEnded;
    m_searchEnded.reset();
    if (!m_pump.isActive())
        finishPagedLoad();
}

void DirectorySession::pump() {
    QElapsedTimer slice;
    slice.start();
    const bool loading = m_state == State::Loading;
    while (m_pendingAt < m_pending.size() && slice.elapsed() < SliceMs) {
        // As many changes as fit in what is left of the slice, judged by the chunks before: every
        // batch makes the tree reconcile each branch it touches once, so fewer, larger batches cost
        // less than many small ones.
        const qint64 leftNs = qint64(SliceMs) * 1'000'000 - slice.nsecsElapsed();
        qsizetype n =
            qsizetype(std::clamp<qint64>(leftNs / std::max<qint64>(m_nsPerChange, 1), MinChunk, MaxChunk));
        n = std::min(n, m_pending.size() - m_pendingAt);
        if (m_syncAt > m_pendingAt)
            n = std::min(n, m_syncAt - m_pendingAt);
        if (n > 0) {
            QElapsedTimer chunk;
            chunk.start();
            m_topology.apply(m_pending.mid(m_pendingAt, n));
            m_nsPerChange = chunk.nsecsElapsed() / n;
            m_pendingAt += n;
            if (loading)
                m_loaded += int(n);
        }
        if (m_syncAt >= 0 && m_pendingAt >= m_syncAt)
            break;
    }
    if (loading)
        Q_EMIT progress(m_loaded);
    if (m_syncAt >= 0 && m_pendingAt >= m_syncAt) {
        m_syncAt = -1;
        onSynchronized();
    }
    if (m_pendingAt < m_pending.size() || m_syncAt >= 0)
        return;
    m_pending.clear();
    m_pendingAt = 0;
    m_pump.stop();
    if (m_searchResult)
        finishPagedLoad();
}

void DirectorySession::onSynchronized() {
    // The feed has delivered everything under the base, and it has all been applied: what anyone
    // writes from now on comes back through the feed.
    if (m_state == State::Loading)
        finishLoading(State::Live);
    else if (m_state == State::Reconnecting)
        setState(State::Live);
    Q_EMIT synchronized();
}

void DirectorySession::finishPagedLoad() {
    const directory::LdapResult result = *m_searchResult;
    m_searchResult.reset();
    if (!result.ok()) {
        m_topology.endLoad();
        if (result.code() == directory::LdapResult::Aborted) {
            m_lastError = tr("Loading was cancelled; the tree shows what was read so far.");
            setState(State::Static);
            return;
        }
        fail(tr("Could not read the organization under %1.\n%2").arg(m_base, result.text()));
        return;
    }
    // Objects that were deleted since the last read are gone only now, after a full read.
    m_topology.endResync();
    finishLoading(State::Static);
}

void DirectorySession::finishLoading(State state) {
    m_topology.endLoad();
    setState(state);
    Q_EMIT loaded();
}

bool DirectorySession::canWriteAsTransaction(const topology::ChangeSet &changes) const {
    if (!supportsTransactions() || changes.size() < 2)
        return false;
    // slapd 2.5's back-mdb registers an attribute type the database has never held inside the write
    // transaction, and a rolled-back RFC 5805 transaction leaves it registered in memory only: the next
    // entry written with that attribute can no longer be read (searches fail with "other error").
    // Steps that write such an attribute go one by one instead, undone if one fails.
    const QStringList attributes = changes.attributesWritten();
    return std::all_of(attributes.begin(), attributes.end(),
                       [this](const QString &attribute) { return m_topology.hasAttribute(attribute); });
}

topology::ChangeSetWriter *DirectorySession::submit(const topology::ChangeSet &requested) {
    topology::ChangeSet changes = requested;
    if (isActiveDirectory()) {
        // What AD refuses that slapd accepts is arranged (or refused) before anything is sent.
        QString refusal;
        const std::optional<topology::ChangeSet> adapted = topology::ActiveDirectoryWrites::adapt(
            requested, [this](const directory::Dn &dn) { return m_topology.find(dn) != nullptr; }, &refusal);
        if (!adapted)
            return topology::ChangeSetWriter::refuse(requested, refusal, this);
        changes = *adapted;
    }
    const bool transaction = canWriteAsTransaction(changes);
    auto *writer = topology::ChangeSetWriter::write(&m_connection, changes, transaction, this);
    if (transaction) {
        connect(writer, &topology::ChangeSetWriter::finished, this,
                [this](const topology::ChangeSetResult &r) {
                    // slapd's syncprov reports the operations of a transaction as they are queued, also when
                    // the transaction is then rolled back: read everything again so nothing phantom stays.
                    if (!r.ok() && m_feedStarted)
                        m_feed.refresh();
                });
    }
    return writer;
}

void DirectorySession::reload() {
    if (m_state == State::Closed || m_state == State::Connecting || m_state == State::Loading ||
        m_base.isEmpty())
        return;
    if (m_feedStarted) {
        if (m_state == State::Reconnecting)
            return; // the feed reads everything again by itself once the server is back
        setState(State::Loading);
        m_loaded = 0;
        m_topology.beginLoad();
        m_feed.refresh();
        return;
    }
    startPagedLoad();
}

void DirectorySession::cancel() {
    if (m_state != State::Loading)
        return;
    if (m_feedStarted) {
        // What was read stays; the tree no longer follows the directory.
        m_feed.stop();
        m_feedStarted = false;
        m_builder.newGeneration();
        m_pending.clear();
        m_pendingAt = 0;
        m_syncAt = -1;
        m_pump.stop();
        m_topology.endLoad();
        m_lastError = tr("Loading was cancelled; the tree shows what was read so far and does not follow "
                         "changes. Press F5 to read everything.");
        setState(State::Static);
        return;
    }
    if (m_load)
        m_load->abort();
    // What was read stays; what is still queued is dropped with the rest of the search.
    m_builder.newGeneration();
    m_pending.clear();
    m_pendingAt = 0;
    m_pump.stop();
    // Whatever the search got to, what was not applied is not there: the load ends as cancelled
    // (never as complete, which would remove the objects not seen).
    m_searchEnded.reset();
    m_searchResult = directory::LdapResult::aborted();
    finishPagedLoad();
}

void DirectorySession::retryNow() {
    // A refresh request wakes the feed from its pause between attempts; once connected it reads
    // everything again, which it does after a reconnect anyway.
    if (m_state == State::Reconnecting && m_feedStarted)
        m_feed.refresh();
}

void DirectorySession::close() {
    m_pump.stop();
    m_builder.newGeneration();
    m_pending.clear();
    m_pendingAt = 0;
    m_syncAt = -1;
    m_searchResult.reset();
    m_searchEnded.reset();
    m_feed.stop();
    m_feedStarted = false;
    if (m_load)
        m_load->abort();
    m_connection.close();
    m_topology.clear();
    m_base.clear();
    m_loaded = 0;
    setState(State::Closed);
}

void DirectorySession::onFeedState(directory::ChangeFeed::State state) {
    // Back to Live only through onSynchronized(): the feed is "live" before its refresh is applied.
    if (state == directory::ChangeFeed::State::Reconnecting && m_state == State::Live)
        setState(State::Reconnecting);
}

QString DirectorySession::followMechanismName() const {
    return m_feedStarted ? directory::ChangeFeed::name(m_feed.mechanism()) : QString();
}

QString DirectorySession::followMechanism() const {
    return m_feedStarted ? directory::ChangeFeed::describe(m_feed.mechanism()) : QString();
}

} // namespace console
