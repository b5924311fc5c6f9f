#pragma once

// A routing group connector (msExchRoutingGroupConnector): cost and the routing group it reaches.

#include "DirectoryObject.h"

namespace topology {

class RoutingGroupConnector : public DirectoryObject {
public:
    RoutingGroupConnector(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry);
    int cost() const;
    directory::Dn destinationRoutingGroup() const;
    QList<directory::Dn> targetBridgeheads() const;
    const QList<directory::Dn> &bridgeheads() const { return m_bridgeheads; } // local (source) bridgeheads
    directory::Dn routingGroupDn() const; // the connector's routing group: two levels up

private:
    QList<directory::Dn> m_bridgeheads;
};

} // namespace topology
