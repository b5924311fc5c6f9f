#include "DirectorySession.h"

#include <QElapsedTimer>

namespace console {

namespace {
constexpr auto SyncControlOid = "1.3.6.1.4.1.4203.1.9.1.1";
constexpr auto TransactionStartOid = "1.3.6.1.1.21.1";
} // namespace

DirectorySession::DirectorySession(QObject *parent)
    : QObject(parent) {
    m_pump.setInterval(0);
    connect(&m_pump, &QTimer::timeout, this, &DirectorySession::pump);
    connect(&m_feed, &directory::ChangeFeed::changes, &m_topology, &topology::Topology::apply);
    connect(&m_feed, &directory::ChangeFeed::stateChanged, this, &DirectorySession::onFeedState);
    connect(&m_feed, &directory::ChangeFeed::synchronized, &m_topology, &topology::Topology::endResync);
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

void DirectorySession::open(const directory::ConnectionSettings &settings) {
    close();
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
    m_connection.readRootDse()->then(this, [this](directory::DirectoryReply *reply) {
        if (m_state != State::Connecting)
            return;
        const directory::Entry dse = reply->entries().value(0);
        m_feedSupported =
            dse.strings(QStringLiteral("supportedControl")).contains(QLatin1String(SyncControlOid));
        m_transactions =
            dse.strings(QStringLiteral("supportedExtension")).contains(QLatin1String(TransactionStartOid));
        m_base = m_connection.settings().baseDn.trimmed();
        if (m_base.isEmpty())
            m_base = dse.string(QStringLiteral("configurationNamingContext"));
        if (m_base.isEmpty())
            m_base = dse.string(QStringLiteral("namingContexts"));
        if (m_base.isEmpty()) {
            fail(tr("The server does not say where its data is. Give the base DN (for example "
                    "CN=Configuration,DC=example,DC=com)."));
            return;
        }
        startLoad();
    });
}

void DirectorySession::startLoad() {
    m_loaded = 0;
    m_pending.clear();
    m_pendingAt = 0;
    m_searchResult.reset();
    setState(State::Loading);
    m_topology.beginResync();
    directory::SearchRequest request;
    request.base = m_base;
    request.pageSize = PageSize;
    request.keepEntries = false;
    m_load = m_connection.search(request);
    connect(m_load, &directory::DirectoryReply::entriesReceived, this,
            [this](const QList<directory::Entry> &batch) {
                m_pending.append(batch);
                if (!m_pump.isActive())
                    m_pump.start();
            });
    m_load->then(this, [this](directory::DirectoryReply *reply) {
        if (m_state != State::Loading)
            return; // closed meanwhile
        m_searchResult = reply->result();
        if (!m_pump.isActive())
            finishLoad();
    });
}

void DirectorySession::pump() {
    QElapsedTimer slice;
    slice.start();
    constexpr qsizetype Chunk = 100;
    while (m_pendingAt < m_pending.size() && slice.elapsed() < SliceMs) {
        const qsizetype n = std::min(Chunk, m_pending.size() - m_pendingAt);
        m_topology.addEntries(m_pending.mid(m_pendingAt, n));
        m_pendingAt += n;
        m_loaded += int(n);
    }
    Q_EMIT progress(m_loaded);
    if (m_pendingAt < m_pending.size())
        return;
    m_pending.clear();
    m_pendingAt = 0;
    m_pump.stop();
    if (m_searchResult)
        finishLoad();
}

void DirectorySession::finishLoad() {
    const directory::LdapResult result = *m_searchResult;
    m_searchResult.reset();
    if (!result.ok()) {
        if (result.code() == directory::LdapResult::Aborted) {
            m_lastError = tr("Loading was cancelled; the tree shows what was read so far.");
            setState(m_feedStarted ? State::Live : State::Static);
            return;
        }
        fail(tr("Could not read the organization under %1.\n%2").arg(m_base, result.text()));
        return;
    }
    // Objects that were deleted since the last read are gone only now, after a full read.
    m_topology.endResync();
    if (m_feedSupported && !m_feedStarted) {
        m_feedStarted = true;
        // The feed's first refresh delivers everything once more; what it lacks was deleted in between.
        // Later refreshes (after a reconnect) report only differences and need no resync here.
        m_topology.beginResync();
        m_feed.start(m_connection.settings(), m_base);
    }
    setState(m_feedSupported
                 ? (m_feed.state() == directory::ChangeFeed::State::Reconnecting ? State::Reconnecting
                                                                                 : State::Live)
                 : State::Static);
    Q_EMIT loaded();
}

void DirectorySession::reload() {
    if (m_state == State::Closed || m_state == State::Connecting || m_state == State::Loading ||
        m_base.isEmpty())
        return;
    startLoad();
}

void DirectorySession::cancel() {
    if (m_load)
        m_load->abort();
    // What was read stays; what is still queued is dropped with the rest of the search.
    m_pending.clear();
    m_pendingAt = 0;
    if (m_pump.isActive()) {
        m_pump.stop();
        if (m_searchResult)
            finishLoad();
    }
}

void DirectorySession::close() {
    m_pump.stop();
    m_pending.clear();
    m_pendingAt = 0;
    m_searchResult.reset();
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
    switch (state) {
    case directory::ChangeFeed::State::Reconnecting:
        if (m_state == State::Live)
            setState(State::Reconnecting);
        break;
    case directory::ChangeFeed::State::Live:
        if (m_state == State::Reconnecting)
            setState(State::Live);
        break;
    default:
        break;
    }
}

} // namespace console
