#pragma once

// Where a server hands a message on: another server of the organization (a bridgehead), the
// smart hosts of a connector or virtual server in their order, or DNS (the MX of the recipient's
// domain). Carries the addresses with their ports, so the Postfix configuration and the route
// display read the same thing.

#include "Dn.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace routing {

class NextHop {
    Q_DECLARE_TR_FUNCTIONS(routing::NextHop)

public:
    enum class Kind { None, Server, SmartHosts, Dns };

    struct Host {
        QString host;         // a host name, or an IP address without brackets when literal
        bool literal = false; // an address: no DNS lookup at all
        int port = 25;

        // "[192.0.2.10]:2525", "relay.example.net" (the port only when it is not 25).
        QString toString() const;
        friend bool operator==(const Host &a, const Host &b) {
            return a.literal == b.literal && a.port == b.port &&
                   a.host.compare(b.host, Qt::CaseInsensitive) == 0;
        }
    };

    NextHop() = default;
    // A server of the organization, at the address of one of its virtual servers.
    static NextHop server(const directory::Dn &server, const QString &serverName,
                          const directory::Dn &virtualServer, const Host &address);
    // Smart hosts in the order they are tried. fromVirtualServer: the sending virtual server's own
    // smart host, not a connector's.
    static NextHop smartHosts(const QList<Host> &hosts, bool fromVirtualServer = false);
    // DNS: the mail exchangers of `domain` (empty: the recipient's domain, whatever it is).
    static NextHop dns(const QString &domain, int port = 25);

    Kind kind() const { return m_kind; }
    const QList<Host> &hosts() const { return m_hosts; }
    QString domain() const { return m_domain; }
    int port() const { return m_port; }
    const directory::Dn &serverDn() const { return m_serverDn; }
    const directory::Dn &virtualServerDn() const { return m_virtualServerDn; } // the one it is reached at
    QString serverName() const { return m_serverName; }
    bool isFromVirtualServer() const { return m_fromVirtualServer; }

    // What a user reads: "GW1 ([10.1.0.5])", "smarthost.example.net, [192.0.2.25]",
    // "DNS (mail exchangers of contoso.com)".
    QString toString() const;

    friend bool operator==(const NextHop &a, const NextHop &b);

private:
    Kind m_kind = Kind::None;
    QList<Host> m_hosts;
    QString m_domain;
    int m_port = 25;
    directory::Dn m_serverDn;
    directory::Dn m_virtualServerDn;
    QString m_serverName;
    bool m_fromVirtualServer = false;
};

} // namespace routing
