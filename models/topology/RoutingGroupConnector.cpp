#include "RoutingGroupConnector.h"

#include "Attributes.h"

namespace topology {

int RoutingGroupConnector::cost() const {
    return int(entry().integer(attr::cost, 1));
}

directory::Dn RoutingGroupConnector::destinationRoutingGroup() const {
    return directory::Dn::parse(entry().string(attr::destinationRoutingGroup));
}

QList<directory::Dn> RoutingGroupConnector::targetBridgeheads() const {
    return dnValues(attr::targetBridgeheads);
}

QList<directory::Dn> RoutingGroupConnector::bridgeheads() const {
    return dnValues(attr::sourceBridgeheads);
}

} // namespace topology
