#pragma once

// One step of a route: the server the message is on, how it leaves (through a connector, or
// straight to a bridgehead of the same routing group, or delivered by the virtual server itself
// when no connector applies), where it goes next, and why that step was taken.

#include "NextHop.h"

namespace routing {

struct RouteHop {
    enum class Via {
        Bridgehead,            // to a bridgehead server of the connector that follows, same routing group
        RoutingGroupConnector, // to the next routing group
        SmtpConnector,         // out of the organization through an SMTP connector
        VirtualServer,         // no connector applies: the virtual server delivers it itself
    };

    Via via = Via::SmtpConnector;
    directory::Dn serverDn;
    QString serverName;
    directory::Dn routingGroupDn; // the server's routing group
    QString routingGroupName;
    directory::Dn virtualServerDn; // the virtual server that sends
    QString virtualServerName;
    directory::Dn connectorDn; // empty for Bridgehead and VirtualServer
    QString connectorName;
    NextHop nextHop;
    QString reason;
};

} // namespace routing
