#include "ChangeFeedWorker.h"

#include "Dn.h"

#include <QCoreApplication>


#include <algorithm>

namespace directory {

namespace {

constexpr int FlushEvery = 1000;
constexpr int PollIntervalMs = 250;
constexpr int MaxBackoffMs = 4000;

// A hash of an attribute name, equal for names that differ only in case (names are case-insensitive),
// made without a lower-cased copy of every name of every entry.
size_t nameHash(const QString &name) {
    size_t h = 0;
    for (QChar c : name) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + (u'a' - u'A'));
        else if (u >= 0x80)
            u = c.toLower().unicode();
        h = h * 31 + u;
    }
    return h;
}

// RFC 4122 text ("8-4-4-4-12" lower-case hex digits) of a 16-byte UUID, written in one go.
QByteArray uuidText(const QByteArray &uuid) {
    static constexpr char digits[] = "0123456789abcdef";
    QByteArray text(36, Qt::Uninitialized);
    char *out = text.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = '-';
        const auto byte = uchar(uuid.at(i));
        *out++ = digits[byte >> 4];
        *out++ = digits[byte & 0xf];
    }
    return text;
}

size_t fingerprint(const Entry &e) {
    // Order-independent over attributes so a server that reorders them does not look like a change.
    size_t h = 0;
    for (const Attribute &a : e.attributes()) {
        size_t ah = nameHash(a.name);
        for (const QByteArray &v : a.values)
            ah = ah * 31 + qHash(v);
        h ^= ah + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return h;
}

} // namespace

ChangeFeedWorker::ChangeFeedWorker(const ConnectionSettings &settings, const QString &base,
                                   const QString &filter)
    : m_settings(settings)
    , m_base(base.toUtf8())
    , m_filter(filter.toUtf8()) {
    setObjectName(QStringLiteral("ldap-change-feed"));
}

ChangeFeedWorker::~ChangeFeedWorker() {
    requestStop();
    wait();
}

void ChangeFeedWorker::requestStop() {
    m_stop = true;
    m_wake.wake();
}

void ChangeFeedWorker::requestRefresh() {
    m_refreshRequested = true;
    m_wake.wake();
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
            m_wake.wait(backoff);
            backoff = std::min(backoff * 2, MaxBackoffMs);
            first = false;
            continue;
        }
        backoff = 250;
        first = false;
        const SessionEnd end = runSession();
        if (end == SessionEnd::Stop)
            break;
        if (end == SessionEnd::Restart) {
            // Same connection, a new search: everything is read again and compared with m_known.
            continue;
        }
        m_ldap.close();
        if (!m_stop)
            m_wake.wait(backoff);
    }
    m_ldap.close();
}

ChangeFeedWorker::SessionEnd ChangeFeedWorker::runSession() {
    ControlList controls;
    controls.add(LDAP_CONTROL_SYNC, sync::requestControlValue(LDAP_SYNC_REFRESH_AND_PERSIST), true);
    int msgid = -1;
    const int rc = ldap_search_ext(m_ldap.get(), m_base.constData(), LDAP_SCOPE_SUBTREE, m_filter.constData(),
                                   nullptr, 0, controls.get(), nullptr, nullptr, 0, &msgid);
    if (rc != LDAP_SUCCESS) {
        Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), m_ldap.errorFor(rc).text());
        return SessionEnd::Reconnect;
    }
    ++m_refresh;
    m_pending.clear();
    m_refreshing = true;
    Q_EMIT stateChanged(int(ChangeFeed::State::Refreshing), QString());

    const int fd = m_ldap.socket();
    while (!m_stop) {
        if (m_refreshRequested.exchange(false)) {
            ldap_abandon_ext(m_ldap.get(), msgid, nullptr, nullptr);
            flush();
            return SessionEnd::Restart;
        }
        m_wake.wait(PollIntervalMs, fd);
        if (m_stop)
            break;
        // One message at a time until libldap has nothing more (it may hold decoded data itself).
        for (;;) {
            timeval zero{0, 0};
            LDAPMessage *msg = nullptr;
            const int type = ldap_result(m_ldap.get(), msgid, LDAP_MSG_ONE, &zero, &msg);
            if (type == 0)
                break;
            if (type < 0) {
                int code = LDAP_SERVER_DOWN;
                ldap_get_option(m_ldap.get(), LDAP_OPT_RESULT_CODE, &code);
                flush();
                Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), m_ldap.errorFor(code).text());
                return SessionEnd::Reconnect;
            }
            const std::optional<SessionEnd> end = onMessage(msg, type);
            ldap_msgfree(msg);
            if (end) {
                flush();
                return *end;
            }
        }
        flush();
    }
    ldap_abandon_ext(m_ldap.get(), msgid, nullptr, nullptr);
    return SessionEnd::Stop;
}

std::optional<ChangeFeedWorker::SessionEnd> ChangeFeedWorker::onMessage(LDAPMessage *msg, int type) {
    switch (type) {
    case LDAP_RES_SEARCH_ENTRY:
        if (const std::optional<sync::StateControl> state = sync::stateOf(m_ldap.get(), msg))
            onEntry(msg, state->uuid, state->state);
        return std::nullopt;
    case LDAP_RES_INTERMEDIATE: {
        const std::optional<sync::InfoMessage> info = sync::infoOf(m_ldap.get(), msg);
        if (!info)
            return std::nullopt;
        switch (info->kind) {
        case sync::InfoMessage::Kind::IdSet:
            onIdSet(info->uuids, info->refreshDeletes);
            break;
        case sync::InfoMessage::Kind::RefreshDelete:
        case sync::InfoMessage::Kind::RefreshPresent:
            if (info->refreshDone)
                finishRefresh();
            break;
        case sync::InfoMessage::Kind::NewCookie:
            break;
        }
        return std::nullopt;
    }
    case LDAP_RES_SEARCH_RESULT: {
        // The server ended the persistent search: it is shutting down, or our state is too old.
        const LdapResult result = m_ldap.parseResult(msg);
        if (result.code() == LDAP_SYNC_REFRESH_REQUIRED)
            return SessionEnd::Restart;
        Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), result.ok() ? QString() : result.text());
        return SessionEnd::Reconnect;
    }
    default:
        return std::nullopt; // references are not followed
    }
}

void ChangeFeedWorker::onEntry(LDAPMessage *msg, const QByteArray &uuid, sync::EntryState state) {
    switch (state) {
    case sync::EntryState::Present:
        if (const auto known = m_known.find(uuid); known != m_known.end())
            known->seenInRefresh = m_refresh;
        return;
    case sync::EntryState::Delete: {
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
    case sync::EntryState::Add:
    case sync::EntryState::Modify: {
        Entry entry = m_ldap.toEntry(msg);
        // The entry's identity comes with every sync message; keep it with the entry (entryUUID is
        // operational, so the search does not return it), for values that name objects by it.
        if (uuid.size() == 16 && !entry.has(QStringLiteral("entryUUID")))
            entry.append(QStringLiteral("entryUUID"), uuidText(uuid));
        const size_t fp = fingerprint(entry);
        auto known = m_known.find(uuid);
        if (known == m_known.end()) {
            m_known.insert(uuid, Known{entry.dn(), fp, m_refresh});
            m_pending.append(FeedChange{FeedChange::Type::Added, std::move(entry), QString()});
            break;
        }
        known->seenInRefresh = m_refresh;
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
    }
    if (m_pending.size() >= FlushEvery)
        flush();
}

void ChangeFeedWorker::onIdSet(const QList<QByteArray> &uuids, bool deleted) {
    for (const QByteArray &id : uuids) {
        if (!deleted) {
            if (const auto known = m_known.find(id); known != m_known.end())
                known->seenInRefresh = m_refresh;
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
    // We ask without a cookie, so the server sends its whole content (whichever phase it calls
    // it): whatever we knew and it did not send was deleted meanwhile.
    for (auto it = m_known.begin(); it != m_known.end();) {
        if (it->seenInRefresh != m_refresh) {
            m_pending.append(FeedChange{FeedChange::Type::Deleted, Entry(it->dn), QString()});
            it = m_known.erase(it);
        } else {
            ++it;
        }
    }
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
