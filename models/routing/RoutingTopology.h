#pragma once

// The reads of the Topology that routing needs, in one place: which server a virtual server
// belongs to, the virtual server a server sends with, the address another server reaches a
// virtual server at, and where a routing group connector delivers.

#include "NextHop.h"

#include <QCoreApplication>

namespace topology {
class Topology;
class ExchangeServer;
class SmtpVirtualServer;
class RoutingGroupConnector;
} // namespace topology

namespace routing {

class RoutingTopology {
    Q_DECLARE_TR_FUNCTIONS(routing::RoutingTopology)

public:
    explicit RoutingTopology(const topology::Topology &topology)
        : m_topology(topology) {}

    const topology::Topology &topology() const { return m_topology; }

    const topology::ExchangeServer *server(const directory::Dn &dn) const;
    const topology::ExchangeServer *serverOf(const topology::SmtpVirtualServer *vs) const;
    // The virtual servers among `dns` that exist and belong to an existing server, in that order.
    QList<const topology::SmtpVirtualServer *> existingVirtualServers(const QList<directory::Dn> &dns) const;
    // The server's virtual servers by instance number (CN=1 first).
    QList<const topology::SmtpVirtualServer *> virtualServersOf(const directory::Dn &server) const;
    // The virtual server a server sends with when no bridgehead says which: the one with the
    // lowest instance number (CN=1 is the default SMTP virtual server) that has a valid binding.
    const topology::SmtpVirtualServer *sendingVirtualServer(const directory::Dn &server) const;
    // The address other servers reach the virtual server at: its bound IP, or for "(All
    // Unassigned)" its FQDN (else the server's DNS name, else its name), and the bound port.
    NextHop::Host addressOf(const topology::SmtpVirtualServer *vs) const;
    NextHop serverHop(const topology::SmtpVirtualServer *vs) const;
    // Where a routing group connector delivers: its first existing target bridgehead, else a
    // server of the destination routing group (its master when that is a member). Null when there
    // is none; *reason then says why.
    const topology::SmtpVirtualServer *targetOf(const topology::RoutingGroupConnector *rgc,
                                                QString *reason = nullptr) const;
    // The name shown for a server or routing group: the display name, else the DN.
    QString nameOf(const directory::Dn &dn) const;

private:
    const topology::Topology &m_topology;
};

} // namespace routing
