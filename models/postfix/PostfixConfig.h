#pragma once

// The Postfix configuration of one server as the directory describes it: an smtpd listener per
// virtual-server binding, the transport map entries for every address space the server can
// route (with the connector each came from), the smtp transports that carry a connector's own
// settings (fallback relay, TLS, HELO), and the relay host of a virtual server's own smart host.
// Renders the main.cf and master.cf fragments (each between BEGIN/END marker lines, so a later
// apply replaces exactly what an earlier one wrote) and the transport map.

#include "Dn.h"

#include <QCoreApplication>
#include <QStringList>

namespace postfix {

struct Listener {
    QString service; // master.cf service name: "10.1.0.5:25", "[2001:db8::1]:25", or "25" for every address
    QStringList overrides; // "name=value" for -o
    QString comment;       // the virtual server and binding it stands for
    QString virtualServer; // its display name
    int port = 25;
};

struct Transport {
    QString name;          // master.cf service name, "bh-…"
    QStringList overrides; // "name=value" for -o
    QString comment;       // the connector it carries
};

struct TransportEntry {
    QString pattern; // "contoso.com", ".contoso.com", "*"
    QString transport;
    QString nexthop; // "[relay.example.net]:25, [192.0.2.1]:25"; empty: DNS for the recipient's domain
    QString comment; // the connector, address space and cost it came from
    QString connector;
    QString value() const { return transport + QLatin1Char(':') + nexthop; }
};

class PostfixConfig {
    Q_DECLARE_TR_FUNCTIONS(postfix::PostfixConfig)
public:
    static inline const QString TransportMapFile = QStringLiteral("bridgehead_transport");
    static inline const QString BeginMarker = QStringLiteral("# BEGIN Bridgehead");
    static inline const QString EndMarker = QStringLiteral("# END Bridgehead");

    directory::Dn serverDn;
    QString serverName;
    QList<Listener> listeners;
    QList<Transport> transports;
    QList<TransportEntry> entries;
    QStringList notes; // address spaces without an entry of their own, and why (comments in the map)
    QString relayHost; // the sending virtual server's own smart host, for mail no entry routes
    QString relayHostComment;
    QStringList warnings; // what the directory asks for that Postfix cannot do, said once each

    // The fragments, each one block between the markers.
    QString mainCf() const;
    QString masterCf() const;
    // The transport map source (postmap it to use it): a comment line above each entry naming its
    // connector, since a Postfix table has no comments at the end of a line.
    QString transportMap() const;

    // The entry for a pattern, or null.
    const TransportEntry *entry(const QString &pattern) const;
    const Listener *listener(const QString &service) const;
    const Transport *transport(const QString &name) const;

private:
    QString header() const;
};

} // namespace postfix
