#include "RoutingGroup.h"

#include "Attributes.h"

namespace topology {

RoutingGroup::RoutingGroup(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry)
    : DirectoryObject(kind, dn, entry)
    , m_master(directory::Dn::parse(entry.string(attr::routingMaster))) {}

directory::Dn RoutingGroup::connectorsContainerDn() const {
    return dn().child(QStringLiteral("CN"), QStringLiteral("Connections"));
}

} // namespace topology
