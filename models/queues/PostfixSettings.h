#pragma once

// The few main.cf parameters the queue viewer needs, as `postconf` prints them: the relay host
// (which decides how mail is grouped into queues), the backoff times (to estimate the next retry)
// and the instance's host name. Parses postconf's "name = value" lines and Postfix time values
// ("300s", "5d", a bare number in the parameter's own unit).

#include <QString>
#include <QStringList>

namespace queues {

struct PostfixSettings {
    QString relayHost;            // "[127.0.0.1]:9", "" when mail goes by DNS
    QString hostName;             // myhostname
    QString version;              // mail_version
    qint64 minimalBackoff = 300;  // seconds
    qint64 maximalBackoff = 4000; // seconds
    qint64 queueRunDelay = 300;   // seconds
    qint64 maximalQueueLifetime = 5 * 86400;
    QStringList transportMaps;    // "hash:/etc/postfix/transport", as postconf -x expands them

    // The transport maps `postmap -s` can list (hash, btree, lmdb, cdb, texthash); not LDAP, regexp….
    QStringList enumerableTransportMaps() const;

    // The parameters to ask postconf for, in the order fromPostconf() expects none in particular.
    static QStringList parameterNames();
    // Reads `postconf NAME…` output; unknown lines are ignored, missing ones keep the defaults.
    static PostfixSettings fromPostconf(const QString &output);
    // A Postfix time value in seconds; `defaultUnit` is 's', 'm', 'h', 'd' or 'w'. -1 if unreadable.
    static qint64 parseTime(const QString &value, char defaultUnit);

    friend bool operator==(const PostfixSettings &a, const PostfixSettings &b) {
        return a.relayHost == b.relayHost && a.hostName == b.hostName && a.version == b.version &&
               a.minimalBackoff == b.minimalBackoff && a.maximalBackoff == b.maximalBackoff &&
               a.queueRunDelay == b.queueRunDelay && a.maximalQueueLifetime == b.maximalQueueLifetime &&
               a.transportMaps == b.transportMaps;
    }
    friend bool operator!=(const PostfixSettings &a, const PostfixSettings &b) { return !(a == b); }
};

} // namespace queues
