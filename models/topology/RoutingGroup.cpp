#include "RoutingGroup.h"

#include "Attributes.h"

namespace topology {

directory::Dn RoutingGroup::masterDn() const {
    return directory::Dn::parse(entry().string(attr::routingMaster));
}

directory::Dn RoutingGroup::connectorsContainerDn() const {
    return dn().child(QStringLiteral("CN"), QStringLiteral("Connections"));
}

} // namespace topology
