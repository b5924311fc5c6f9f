#pragma once

// The thread behind ChangeFeed: owns its LDAP handle and the ldap_sync_t session, waits on the
// socket and on a wake-up pipe (so stopping is immediate), and turns sync messages into changes.

#include "ChangeFeed.h"
#include "ConnectionSettings.h"
#include "LdapHandle.h"

#include <QHash>
#include <QSet>
#include <QThread>

#include <atomic>

namespace directory {

class ChangeFeedWorker : public QThread {
    Q_OBJECT
public:
    ChangeFeedWorker(const ConnectionSettings &settings, const QString &base, const QString &filter);
    ~ChangeFeedWorker() override;

    void requestStop();

Q_SIGNALS:
    void changes(const QList<directory::FeedChange> &batch);
    void synchronized();
    void stateChanged(int state, const QString &error);

protected:
    void run() override;

private:
    struct Known {
        QString dn;
        size_t fingerprint = 0;
    };

    bool runSession();                                 // false when stopping
    bool waitForStopOr(int milliseconds, int fd = -1); // true when the fd is readable
    void onEntry(LDAPMessage *msg, const QByteArray &uuid, int phase);
    void onIdSet(const QList<QByteArray> &uuids, bool deleted);
    void finishRefresh();
    void flush();

    static int searchEntry(ldap_sync_t *ls, LDAPMessage *msg, berval *uuid, ldap_sync_refresh_t phase);
    static int intermediate(ldap_sync_t *ls, LDAPMessage *msg, BerVarray uuids, ldap_sync_refresh_t phase);
    static int searchResult(ldap_sync_t *ls, LDAPMessage *msg, int refreshDeletes);

    ConnectionSettings m_settings;
    QByteArray m_base;
    QByteArray m_filter;
    LdapHandle m_ldap;
    int m_wakePipe[2] = {-1, -1};
    std::atomic_bool m_stop{false};

    QHash<QByteArray, Known> m_known; // entryUUID → what we last reported
    QSet<QByteArray> m_seen;          // UUIDs seen in the current refresh
    bool m_refreshing = false;
    bool m_sessionEnded = false;
    QList<FeedChange> m_pending;
};

} // namespace directory
