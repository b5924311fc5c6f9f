#pragma once

// An SMTP connector that can carry the message from the source server: the address space that
// matched, what reaching it costs (routing group connectors on the way), and the hops it takes.

#include "AddressSpace.h"
#include "RouteHop.h"

namespace routing {

struct RouteCandidate {
    directory::Dn connectorDn;
    QString connectorName;
    directory::Dn routingGroupDn;
    QString routingGroupName;
    topology::AddressSpace addressSpace; // the best of its address spaces for the domain
    int specificity = 0;
    int pathCost = 0;                            // routing group connectors on the way
    QList<directory::Dn> routingGroupConnectors; // in the order they are crossed
    bool inSourceRoutingGroup = false;
    bool sourceIsBridgehead = false; // the source server sends through it without a hop first
    QList<RouteHop> hops;

    int totalCost() const { return addressSpace.cost() + pathCost; }
};

} // namespace routing
