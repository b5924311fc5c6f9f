#include "NotificationFeedWorker.h"

#include "Dn.h"
#include "ServerFeatures.h"

#include <QElapsedTimer>


#include <algorithm>

namespace directory {

namespace {

constexpr int PageSize = 1000;
constexpr int FlushEvery = 1000;
constexpr int MaxBackoffMs = 4000;

const QString ObjectGuid = QStringLiteral("objectGUID");
const QString UsnChanged = QStringLiteral("uSNChanged");
const QString IsDeleted = QStringLiteral("isDeleted");

// Compared to tell a modify from a notification about nothing we show: the bookkeeping attributes
// AD changes on every write are left out.
size_t fingerprint(const Entry &e) {
    size_t h = 0;
    for (const Attribute &a : e.attributes()) {
        if (a.name.compare(UsnChanged, Qt::CaseInsensitive) == 0 ||
            a.name.compare(QLatin1String("whenChanged"), Qt::CaseInsensitive) == 0)
            continue;
        size_t ah = qHash(a.name.toLower());
        for (const QByteArray &v : a.values)
            ah = ah * 31 + qHash(v);
        h ^= ah + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return h;
}

// Every search of this feed asks for the same attributes: all user attributes plus the two it
// keeps its books by.
char **requestedAttributes() {
    static char all[] = "*", guid[] = "objectGUID", usn[] = "uSNChanged", deleted[] = "isDeleted";
    static char *attrs[] = {all, guid, usn, deleted, nullptr};
    return attrs;
}

} // namespace

NotificationFeedWorker::NotificationFeedWorker(const ConnectionSettings &settings, const QString &base)
    : m_settings(settings)
    , m_base(base)
    , m_baseDn(Dn::parse(base))
    , m_baseUtf8(base.toUtf8()) {
    setObjectName(QStringLiteral("ad-change-feed"));
}

NotificationFeedWorker::~NotificationFeedWorker() {
    requestStop();
    wait();
}

void NotificationFeedWorker::requestStop() {
    m_stop = true;
    m_wake.wake();
}

void NotificationFeedWorker::requestRefresh() {
    m_refreshRequested = true;
    m_wake.wake();
}

void NotificationFeedWorker::run() {
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
        if (runSession() == SessionEnd::Stop)
            break;
        m_ldap.close();
        if (!m_stop)
            m_wake.wait(backoff);
    }
    m_ldap.close();
}

NotificationFeedWorker::SessionEnd NotificationFeedWorker::runSession() {
    // The naming context that holds the base: deleted objects move to its CN=Deleted Objects.
    m_namingContext.clear();
    const Dn &base = m_baseDn;
    for (const QString &nc : m_ldap.features().namingContexts) {
        const Dn candidate = Dn::parse(nc);
        if (base.isDescendantOrSelf(candidate) &&
            candidate.depth() > Dn::parse(QString::fromUtf8(m_namingContext)).depth())
            m_namingContext = nc.toUtf8();
    }
    if (m_namingContext.isEmpty())
        m_namingContext = m_baseUtf8;
    m_notifyMsgid = m_readMsgid = m_pollMsgid = -1;

    // Notification first, then the read: a change made during the read is reported either way,
    // and what is older than what we hold is ignored by its uSNChanged.
    const qint64 usnBefore = m_ldap.features().highestCommittedUsn;
    ControlList notify;
    notify.addWithoutValue(ServerFeatures::ServerNotificationOid, true);
    int rc = ldap_search_ext(m_ldap.get(), m_baseUtf8.constData(), LDAP_SCOPE_SUBTREE, "(objectClass=*)",
                             requestedAttributes(), 0, notify.get(), nullptr, nullptr, 0, &m_notifyMsgid);
    if (rc != LDAP_SUCCESS || !startRead()) {
        Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), m_ldap.errorFor(rc).text());
        return SessionEnd::Reconnect;
    }
    // Deletes and renames from the moment before the read on are found by the polls.
    m_pollFrom = std::max<qint64>(0, usnBefore);

    QElapsedTimer sincePoll;
    sincePoll.start();
    const int fd = m_ldap.socket();
    while (!m_stop) {
        if (!m_reading && m_refreshRequested.exchange(false) && !startRead()) {
            Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), QString());
            return SessionEnd::Reconnect;
        }
        const int untilPoll = PollIntervalMs - int(sincePoll.elapsed());
        m_wake.wait(untilPoll, fd);
        if (m_stop)
            break;
        if (sincePoll.elapsed() >= PollIntervalMs && m_pollMsgid < 0 && !m_reading) {
            sincePoll.restart();
            if (!startPoll()) {
                Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), QString());
                return SessionEnd::Reconnect;
            }
        }
        for (;;) {
            timeval zero{0, 0};
            LDAPMessage *msg = nullptr;
            const int type = ldap_result(m_ldap.get(), LDAP_RES_ANY, LDAP_MSG_ONE, &zero, &msg);
            if (type == 0)
                break;
            if (type < 0) {
                int code = LDAP_SERVER_DOWN;
                ldap_get_option(m_ldap.get(), LDAP_OPT_RESULT_CODE, &code);
                flush();
                Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), m_ldap.errorFor(code).text());
                return SessionEnd::Reconnect;
            }
            const int msgid = ldap_msgid(msg);
            if (type == LDAP_RES_SEARCH_ENTRY) {
                onEntry(msg, msgid == m_readMsgid, msgid == m_pollMsgid);
            } else if (type == LDAP_RES_SEARCH_RESULT) {
                LDAPControl **controls = nullptr;
                const LdapResult result = m_ldap.parseResult(msg, &controls);
                QByteArray cookie;
                if (controls) {
                    if (LDAPControl *page = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, nullptr)) {
                        ber_int_t estimate = 0;
                        berval value{0, nullptr};
                        if (ldap_parse_pageresponse_control(m_ldap.get(), page, &estimate, &value) ==
                            LDAP_SUCCESS) {
                            cookie = QByteArray(value.bv_val, qsizetype(value.bv_len));
                            ber_memfree(value.bv_val);
                        }
                    }
                    ldap_controls_free(controls);
                }
                if (msgid == m_notifyMsgid) {
                    // The DC ended the notification: it is shutting down, or it refused it.
                    ldap_msgfree(msg);
                    flush();
                    Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting),
                                        result.ok() ? QString() : result.text());
                    return SessionEnd::Reconnect;
                }
                if (msgid == m_readMsgid) {
                    if (result.ok() && !cookie.isEmpty()) {
                        if (!sendPage(cookie)) {
                            ldap_msgfree(msg);
                            return SessionEnd::Reconnect;
                        }
                    } else {
                        m_readMsgid = -1;
                        if (result.ok())
                            finishRead();
                        else
                            Q_EMIT stateChanged(int(ChangeFeed::State::Reconnecting), result.text());
                    }
                } else if (msgid == m_pollMsgid) {
                    m_pollMsgid = -1;
                }
            }
            ldap_msgfree(msg);
        }
        flush();
    }
    return SessionEnd::Stop;
}

bool NotificationFeedWorker::startRead() {
    m_seen.clear();
    m_reading = true;
    Q_EMIT stateChanged(int(ChangeFeed::State::Refreshing), QString());
    return sendPage(QByteArray());
}

bool NotificationFeedWorker::sendPage(const QByteArray &cookie) {
    ControlList controls;
    LDAPControl *page = nullptr;
    berval value{ber_len_t(cookie.size()), const_cast<char *>(cookie.constData())};
    if (ldap_create_page_control(m_ldap.get(), PageSize, cookie.isEmpty() ? nullptr : &value, 0, &page) !=
        LDAP_SUCCESS)
        return false;
    controls.adopt(page);
    // In creation order, so every container comes before what is in it and the tree grows a little
    // with each page (AD's own order brings large subtrees at once, when their container arrives).
    // Not critical: a DC that cannot sort sends its own order.
    LDAPSortKey **keys = nullptr;
    char key[] = "uSNCreated";
    if (ldap_create_sort_keylist(&keys, key) == LDAP_SUCCESS) {
        LDAPControl *sort = nullptr;
        if (ldap_create_sort_control(m_ldap.get(), keys, 0, &sort) == LDAP_SUCCESS)
            controls.adopt(sort);
        ldap_free_sort_keylist(keys);
    }
    return ldap_search_ext(m_ldap.get(), m_baseUtf8.constData(), LDAP_SCOPE_SUBTREE, "(objectClass=*)",
                           requestedAttributes(), 0, controls.get(), nullptr, nullptr, 0,
                           &m_readMsgid) == LDAP_SUCCESS;
}

bool NotificationFeedWorker::startPoll() {
    // Everything in the naming context changed since the last poll, tombstones included.
    ControlList controls;
    controls.addWithoutValue(ServerFeatures::ShowDeletedOid, true);
    const QByteArray filter = QByteArrayLiteral("(uSNChanged>=") + QByteArray::number(m_pollFrom + 1) + ')';
    return ldap_search_ext(m_ldap.get(), m_namingContext.constData(), LDAP_SCOPE_SUBTREE, filter.constData(),
                           requestedAttributes(), 0, controls.get(), nullptr, nullptr, 0,
                           &m_pollMsgid) == LDAP_SUCCESS;
}

void NotificationFeedWorker::onEntry(LDAPMessage *msg, bool fromRead, bool fromPoll) {
    Entry entry = m_ldap.toEntry(msg);
    const QByteArray guid = entry.values(ObjectGuid).value(0);
    if (guid.isEmpty())
        return;
    const qint64 usn = entry.integer(UsnChanged, 0);
    // The DC numbers its updates in commit order: the next poll starts after what this one saw.
    if (fromPoll)
        m_pollFrom = std::max(m_pollFrom, usn);
    if (fromRead)
        m_seen.insert(guid);
    auto known = m_known.find(guid);
    const bool deleted = entry.string(IsDeleted).compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
    const Dn dn = Dn::parse(entry.dn());
    const bool inside = !deleted && dn.isDescendantOrSelf(m_baseDn);
    if (known != m_known.end() && usn > 0 && usn < known->usn)
        return; // older than what we reported
    if (!inside) {
        // Deleted, or moved out from under the base.
        if (known != m_known.end()) {
            m_pending.append(FeedChange{FeedChange::Type::Deleted, Entry(known->dn), QString()});
            m_known.erase(known);
        }
        return;
    }
    // The bookkeeping attributes stay out of what the console sees.
    entry.remove(UsnChanged);
    entry.remove(IsDeleted);
    const size_t fp = fingerprint(entry);
    if (known == m_known.end()) {
        m_known.insert(guid, Known{entry.dn(), fp, usn});
        m_pending.append(FeedChange{FeedChange::Type::Added, std::move(entry), QString()});
    } else if (known->dn != entry.dn() && Dn::parse(known->dn) != dn) {
        const QString oldDn = known->dn;
        const Dn oldBase = Dn::parse(oldDn);
        known->dn = entry.dn();
        known->fingerprint = fp;
        known->usn = usn;
        // The children of a renamed container have new names too; AD reports only the container.
        for (auto it = m_known.begin(); it != m_known.end(); ++it) {
            const Dn child = Dn::parse(it->dn);
            if (it.key() != guid && child.isDescendantOf(oldBase))
                it->dn = child.rebased(oldBase, dn).toString();
        }
        m_pending.append(FeedChange{FeedChange::Type::Renamed, std::move(entry), oldDn});
    } else {
        known->usn = std::max(known->usn, usn);
        if (known->fingerprint != fp) {
            known->fingerprint = fp;
            m_pending.append(FeedChange{FeedChange::Type::Modified, std::move(entry), QString()});
        }
    }
    if (m_pending.size() >= FlushEvery)
        flush();
}

void NotificationFeedWorker::finishRead() {
    m_reading = false;
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

void NotificationFeedWorker::flush() {
    if (m_pending.isEmpty())
        return;
    Q_EMIT changes(m_pending);
    m_pending.clear();
}

} // namespace directory
