#pragma once

// Works out the route a message takes from a server to a recipient, as Exchange 2003 routing
// does: every SMTP connector whose address space covers the recipient's domain and that the
// server can reach is a candidate; the most specific address space wins, then the lowest cost
// (the address space's plus that of the routing group connectors on the way), then a connector
// of the server's own routing group, then one it is a bridgehead of, then the name. `Local:`
// connectors exist only for servers of their own routing group. A server that is not a local
// bridgehead hands the message to one first; with no local bridgeheads any server of the routing
// group sends. With no candidate at all the virtual server delivers by itself (DNS, or its own
// smart host). Reads the Topology synchronously; the result keeps no pointer into it.

#include "Route.h"
#include "RoutingTopology.h"

#include <optional>

namespace topology {
class SmtpConnector;
}

namespace routing {

class RoutingGroupPaths;

class RouteResolver {
    Q_DECLARE_TR_FUNCTIONS(routing::RouteResolver)

public:
    explicit RouteResolver(const topology::Topology &topology);

    // For a recipient as typed ("user@contoso.com" or "contoso.com"); a recipient that does not
    // parse gives a route with the reason in error.
    Route resolve(const directory::Dn &server, const QString &recipient) const;
    // For a checked domain. An empty domain asks for the default route: the connectors with "*".
    Route resolveDomain(const directory::Dn &server, const QString &domain) const;

private:
    struct Context;

    // A candidate for the connector, or the reason it is none.
    std::optional<RouteCandidate> evaluate(const Context &context, const topology::SmtpConnector *connector,
                                           QString *rejection) const;
    QList<RouteHop> walk(const Context &context, const topology::SmtpConnector *connector,
                         const QList<const topology::SmtpVirtualServer *> &bridgeheads,
                         const RoutingGroupPaths &paths) const;
    NextHop connectorNextHop(const Context &context, const topology::SmtpConnector *connector,
                             const topology::SmtpVirtualServer *sender) const;
    RouteHop directDelivery(const Context &context) const;
    QString chosenReason(const Context &context, const QList<RouteCandidate> &candidates) const;
    static QString lostReason(const Context &context, const RouteCandidate &winner,
                              const RouteCandidate &loser);

    RoutingTopology m_routing;
};

} // namespace routing
