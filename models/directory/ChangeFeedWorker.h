#pragma once

// The thread behind ChangeFeed: owns its LDAP handle and an RFC 4533 refreshAndPersist search,
// waits on the socket and on a wake-up pipe (so stopping is immediate), reads the answers one
// message at a time and turns them into changes against what it reported before.

#include "ChangeFeed.h"
#include "ConnectionSettings.h"
#include "FeedWorker.h"
#include "LdapHandle.h"
#include "SyncProtocol.h"
#include "WakePipe.h"

#include <QHash>
#include <QSet>
#include <QThread>

#include <atomic>
#include <optional>

namespace directory {

class ChangeFeedWorker : public FeedWorker {
    Q_OBJECT
public:
    ChangeFeedWorker(const ConnectionSettings &settings, const QString &base, const QString &filter);
    ~ChangeFeedWorker() override;

    void requestStop() override;
    void requestRefresh() override;

protected:
    void run() override;

private:
    struct Known {
        QString dn;
        size_t fingerprint = 0;
        quint64 seenInRefresh = 0; // the last refresh whose server named it
    };
    enum class SessionEnd { Stop, Reconnect, Restart };

    SessionEnd runSession();
    std::optional<SessionEnd> onMessage(LDAPMessage *msg, int type);
    void onEntry(LDAPMessage *msg, const QByteArray &uuid, sync::EntryState state);
    void onIdSet(const QList<QByteArray> &uuids, bool deleted);
    void finishRefresh();
    void flush();

    ConnectionSettings m_settings;
    QByteArray m_base;
    QByteArray m_filter;
    LdapHandle m_ldap;
    WakePipe m_wake;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_refreshRequested{false};

    QHash<QByteArray, Known> m_known; // entryUUID → what we last reported
    // Counts the refreshes: what the current one has named carries its number, so no set of the
    // UUIDs seen is kept beside m_known.
    quint64 m_refresh = 0;
    bool m_refreshing = false;
    QList<FeedChange> m_pending;
};

} // namespace directory
