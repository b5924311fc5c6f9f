#pragma once

// A routing group connector (msExchRoutingGroupConnector): cost and the routing group it reaches.

#include "DirectoryObject.h"

namespace topology {

class RoutingGroupConnector : public DirectoryObject {
public:
    using DirectoryObject::DirectoryObject;
    int cost() const;
    directory::Dn destinationRoutingGroup() const;
    QList<directory::Dn> targetBridgeheads() const;
    QList<directory::Dn> bridgeheads() const; // local (source) bridgeheads
};

} // namespace topology
