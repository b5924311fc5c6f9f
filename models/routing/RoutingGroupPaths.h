#pragma once

// The cheapest way from one routing group to every other, over routing group connectors
// (msExchRoutingGroupConnector, one-way, each with its cost), as Exchange's link state routing
// finds it. Ties go to fewer connectors, then to the connector names, so a route never flips
// between two runs.

#include "RoutingTopology.h"

#include <QHash>

namespace topology {
class RoutingGroupConnector;
}

namespace routing {

class RoutingGroupPaths {
public:
    RoutingGroupPaths(const RoutingTopology &routing, const directory::Dn &from);

    bool reaches(const directory::Dn &routingGroup) const;
    int cost(const directory::Dn &routingGroup) const;
    // The connectors crossed, in order; empty for the source routing group itself.
    QList<const topology::RoutingGroupConnector *> path(const directory::Dn &routingGroup) const;
    // Routing group connectors leading into `routingGroup` that cannot be used, with the reason
    // (no remote bridgehead, …), for telling why a routing group is out of reach.
    QStringList unusableInto(const directory::Dn &routingGroup) const;

private:
    struct Step {
        int cost = 0;
        QList<const topology::RoutingGroupConnector *> path;
    };

    QHash<QString, Step> m_best; // routing group key → cheapest way there
    QHash<QString, QStringList> m_unusable;
};

} // namespace routing
