#include "ChangeFeedWorker.h"

#include "Dn.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace directory {

namespace {

constexpr int FlushEvery = 1000;
constexpr int PollIntervalMs = 250;
constexpr int MaxBackoffMs = 4000;

size_t fingerprint(const Entry &e) {
    // Order-independent over attributes so a server that reorders them does not look like a change.
    size_t h = 0;
    for (const Attribute &a : e.attributes()) {
        size_t ah = qHash(a.name.toLower());
        for (const QByteArray &v : a.values)
            ah = ah * 31 + qHash(v);
        h ^= ah + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return h;
}

ChangeFeedWorker *self(ldap_sync_t *ls) {
    return static_cast<ChangeFeedWorker *>(ls->ls_private);
}

} // namespace

ChangeFeedWorker::ChangeFeedWorker(const ConnectionSettings &settings, const QString &base,
                                   const QString &filter)
    : m_settings(settings)
    , m_base(base.toUtf8())
    , m_filter(filter.toUtf8()) {
    setObjectName(QStringLiteral("ldap-change-feed"));
    if (::pipe2(m_wakePipe, O_CLOEXEC | O_NONBLOCK) != 0)
        m_wakePipe[0] = m_wakePipe[1] = -1;
}

ChangeFeedWorker::~ChangeFeedWorker() {
    requestStop();
    wait();
    for (int fd : m_wakePipe)
        if (fd >= 0)
            ::close(fd);
}

void ChangeFeedWorker::requestStop() {
    m_stop = true;
    if (m_wakePipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakePipe[1], &byte, 1);
    }
}

bool ChangeFeedWorker::waitForStopOr(int milliseconds, int fd) {
    pollfd fds[2];
    fds[0] = pollfd{m_wakePipe[0], POLLIN, 0};
    fds[1] = pollfd{fd, POLLIN, 0};
    const int n = ::poll(fds, fd >= 0 ? 2 : 1, milliseconds);
    return n > 0 && fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR));
}

void ChangeFeedWorker::run() {
    int backoff = 250;
    bool first = true;
    while (!m_stop) {
        Q_EMIT stateChanged(int(first ? ChangeFeed::State::Connecting : ChangeFeed::State::Reconnecting),
                            QString());
        const LdapResult opened = m_ldap.open(m_settings);
        if (!opened.ok()) {
            Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), opened.text());
            waitForStopOr(backoff);
            backoff = std::min(backoff * 2, MaxBackoffMs);
            first = false;
            continue;
        }
        backoff = 250;
        first = false;
        if (!runSession())
            break;
        m_ldap.close();
        if (!m_stop)
            waitForStopOr(backoff);
    }
    m_ldap.close();
}

bool ChangeFeedWorker::runSession() {
    ldap_sync_t ls;
    ldap_sync_initialize(&ls);
    ls.ls_base = ::strdup(m_base.constData()); // ldap_sync_destroy frees these
    ls.ls_filter = ::strdup(m_filter.constData());
    ls.ls_attrs = nullptr;
    ls.ls_scope = LDAP_SCOPE_SUBTREE;
    ls.ls_timeout = 0;
    ls.ls_search_entry = &ChangeFeedWorker::searchEntry;
    ls.ls_intermediate = &ChangeFeedWorker::intermediate;
    ls.ls_search_result = &ChangeFeedWorker::searchResult;
    ls.ls_private = this;
    ls.ls_ld = m_ldap.get();

    m_seen.clear();
    m_refreshing = true;
    m_sessionEnded = false;
    Q_EMIT stateChanged(int(ChangeFeed::State::Refreshing), QString());

    auto cleanup = [&] {
        ls.ls_ld = nullptr; // the handle is ours; do not let libldap unbind it
        ldap_sync_destroy(&ls, 0);
    };

    int rc = ldap_sync_init_refresh_and_persist(&ls);
    if (rc != LDAP_SUCCESS) {
        m_pending.clear();
        m_refreshing = false;
        Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), m_ldap.errorFor(rc).text());
        cleanup();
        return !m_stop;
    }
    finishRefresh();

    const int fd = m_ldap.socket();
    while (!m_stop && !m_sessionEnded) {
        const bool readable = waitForStopOr(PollIntervalMs, fd);
        if (m_stop)
            break;
        // One read may leave a decoded message inside libldap, so poll twice when woken.
        for (int i = 0; i < (readable ? 2 : 1) && rc == LDAP_SUCCESS; ++i)
            rc = ldap_sync_poll(&ls);
        flush();
        if (rc != LDAP_SUCCESS) {
            Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), m_ldap.errorFor(rc).text());
            break;
        }
    }
    cleanup();
    if (m_sessionEnded && !m_stop)
        Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), QString());
    return !m_stop;
}

int ChangeFeedWorker::searchEntry(ldap_sync_t *ls, LDAPMessage *msg, berval *uuid,
                                  ldap_sync_refresh_t phase) {
    const QByteArray id =
        uuid && uuid->bv_val ? QByteArray(uuid->bv_val, qsizetype(uuid->bv_len)) : QByteArray();
    self(ls)->onEntry(msg, id, int(phase));
    return LDAP_SUCCESS;
}

int ChangeFeedWorker::intermediate(ldap_sync_t *ls, LDAPMessage *, BerVarray uuids,
                                   ldap_sync_refresh_t phase) {
    ChangeFeedWorker *w = self(ls);
    if (phase == LDAP_SYNC_CAPI_PRESENTS_IDSET || phase == LDAP_SYNC_CAPI_DELETES_IDSET) {
        QList<QByteArray> ids;
        for (int i = 0; uuids && uuids[i].bv_val; ++i)
            ids.append(QByteArray(uuids[i].bv_val, qsizetype(uuids[i].bv_len)));
        w->onIdSet(ids, phase == LDAP_SYNC_CAPI_DELETES_IDSET);
    } else if (phase == LDAP_SYNC_CAPI_DONE) {
        w->finishRefresh();
    }
    return LDAP_SUCCESS;
}

int ChangeFeedWorker::searchResult(ldap_sync_t *ls, LDAPMessage *, int) {
    self(ls)->m_sessionEnded = true; // the server ended the persistent search
    return LDAP_SUCCESS;
}

void ChangeFeedWorker::onEntry(LDAPMessage *msg, const QByteArray &uuid, int phase) {
    switch (phase) {
    case LDAP_SYNC_CAPI_PRESENT:
        m_seen.insert(uuid);
        return;
    case LDAP_SYNC_CAPI_DELETE: {
        QString dn;
        if (char *text = ldap_get_dn(m_ldap.get(), msg)) {
            dn = QString::fromUtf8(text);
            ldap_memfree(text);
        }
        const auto known = m_known.constFind(uuid);
        if (known != m_known.constEnd()) {
            dn = known->dn;
            m_known.erase(known);
        }
        m_pending.append(FeedChange{FeedChange::Type::Deleted, Entry(dn), QString()});
        break;
    }
    case LDAP_SYNC_CAPI_ADD:
    case LDAP_SYNC_CAPI_MODIFY: {
        Entry entry = m_ldap.toEntry(msg);
        const size_t fp = fingerprint(entry);
        m_seen.insert(uuid);
        auto known = m_known.find(uuid);
        if (known == m_known.end()) {
            m_known.insert(uuid, Known{entry.dn(), fp});
            m_pending.append(FeedChange{FeedChange::Type::Added, std::move(entry), QString()});
            break;
        }
        if (known->dn != entry.dn() && Dn::parse(known->dn) != Dn::parse(entry.dn())) {
            const QString oldDn = known->dn;
            known->dn = entry.dn();
            known->fingerprint = fp;
            // A renamed container takes its subtree along; keep our view of the children's names true.
            const Dn oldBase = Dn::parse(oldDn);
            const Dn newBase = Dn::parse(entry.dn());
            for (auto it = m_known.begin(); it != m_known.end(); ++it) {
                if (it.key() == uuid)
                    continue;
                const Dn child = Dn::parse(it->dn);
                if (child.isDescendantOf(oldBase))
                    it->dn = child.rebased(oldBase, newBase).toString();
            }
            m_pending.append(FeedChange{FeedChange::Type::Renamed, std::move(entry), oldDn});
        } else if (known->fingerprint != fp) {
            known->fingerprint = fp;
            known->dn = entry.dn();
            m_pending.append(FeedChange{FeedChange::Type::Modified, std::move(entry), QString()});
        }
        break;
    }
    default:
        return;
    }
    if (m_pending.size() >= FlushEvery)
        flush();
}

void ChangeFeedWorker::onIdSet(const QList<QByteArray> &uuids, bool deleted) {
    for (const QByteArray &id : uuids) {
        if (!deleted) {
            m_seen.insert(id);
            continue;
        }
        const auto known = m_known.constFind(id);
        if (known == m_known.constEnd())
            continue;
        m_pending.append(FeedChange{FeedChange::Type::Deleted, Entry(known->dn), QString()});
        m_known.erase(known);
    }
}

void ChangeFeedWorker::finishRefresh() {
    if (!m_refreshing)
        return;
    m_refreshing = false;
    // Whatever we knew and the server no longer sent was deleted while we were away.
    for (auto it = m_known.begin(); it != m_known.end();) {
        if (!m_seen.contains(it.key())) {
            m_pending.append(FeedChange{FeedChange::Type::Deleted, Entry(it->dn), QString()});
            it = m_known.erase(it);
        } else {
            ++it;
        }
    }
    m_seen.clear();
    flush();
    Q_EMIT stateChanged(int(ChangeFeed::State::Live), QString());
    Q_EMIT synchronized();
}

void ChangeFeedWorker::flush() {
    if (m_pending.isEmpty())
        return;
    Q_EMIT changes(m_pending);
    m_pending.clear();
}

} // namespace directory
