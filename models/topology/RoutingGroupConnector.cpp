#include "RoutingGroupConnector.h"

#include "Attributes.h"

namespace topology {

RoutingGroupConnector::RoutingGroupConnector(ObjectKind kind, const directory::Dn &dn,
                                             const directory::Entry &entry)
    : DirectoryObject(kind, dn, entry)
    , m_bridgeheads(dnValues(attr::sourceBridgeheads)) {}

int RoutingGroupConnector::cost() const {
    return int(entry().integer(attr::cost, 1));
}

directory::Dn RoutingGroupConnector::destinationRoutingGroup() const {
    return directory::Dn::parse(entry().string(attr::destinationRoutingGroup));
}

QList<directory::Dn> RoutingGroupConnector::targetBridgeheads() const {
    return dnValues(attr::targetBridgeheads);
}

directory::Dn RoutingGroupConnector::routingGroupDn() const {
    return dn().parent().parent();
}

} // namespace topology
