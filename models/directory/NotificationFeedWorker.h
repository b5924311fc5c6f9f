#pragma once

// The change feed on Active Directory, which has no RFC 4533: a persistent search with the server
// notification control reports adds and modifies as they happen (within milliseconds), and a
// poll of what changed since the last update sequence number it saw (uSNChanged, with the show
// deleted control, in the base's naming context) finds deletes and renames, which notification
// does not report. The first read is a paged search in creation order (containers before their
// contents); after a reconnect (the DC restarted) it reads everything again and reports what
// differs. Objects are known by objectGUID.

#include "Dn.h"
#include "FeedWorker.h"
#include "LdapHandle.h"
#include "WakePipe.h"

#include <QHash>
#include <QSet>

#include <atomic>

namespace directory {

class NotificationFeedWorker : public FeedWorker {
    Q_OBJECT
public:
    // How often deletes and renames are looked for (they appear within this, plus a round trip).
    static constexpr int PollIntervalMs = 500;

    NotificationFeedWorker(const ConnectionSettings &settings, const QString &base);
    ~NotificationFeedWorker() override;

    void requestStop() override;
    void requestRefresh() override;

protected:
    void run() override;

private:
    struct Known {
        QString dn;
        size_t fingerprint = 0;
        qint64 usn = 0;
    };
    enum class SessionEnd { Stop, Reconnect };

    SessionEnd runSession();
    bool startRead();
    bool sendPage(const QByteArray &cookie);
    bool startPoll();
    void onEntry(LDAPMessage *msg, bool fromRead, bool fromPoll);
    void finishRead();
    void flush();

    ConnectionSettings m_settings;
    QString m_base;
    Dn m_baseDn;
    QByteArray m_baseUtf8;
    QByteArray m_namingContext; // holds the base; where deleted objects go
    LdapHandle m_ldap;
    WakePipe m_wake;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_refreshRequested{false};

    int m_notifyMsgid = -1;
    int m_readMsgid = -1;
    int m_pollMsgid = -1;
    qint64 m_pollFrom = 0;            // the polls have seen every change up to this update sequence number
    QHash<QByteArray, Known> m_known; // objectGUID → what we last reported
    QSet<QByteArray> m_seen;          // GUIDs found by the current full read
    bool m_reading = false;
    QList<FeedChange> m_pending;
};

} // namespace directory
