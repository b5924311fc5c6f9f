#include "ObjectFactory.h"

#include "ExchangeServer.h"
#include "RoutingGroup.h"
#include "RoutingGroupConnector.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"

namespace topology {

std::unique_ptr<DirectoryObject> makeObject(const directory::Dn &dn, const directory::Entry &entry) {
    const ObjectKind kind = DirectoryObject::kindOf(entry);
    switch (kind) {
    case ObjectKind::Server:
        return std::make_unique<ExchangeServer>(kind, dn, entry);
    case ObjectKind::VirtualServer:
        return std::make_unique<SmtpVirtualServer>(kind, dn, entry);
    case ObjectKind::RoutingGroup:
        return std::make_unique<RoutingGroup>(kind, dn, entry);
    case ObjectKind::SmtpConnector:
        return std::make_unique<SmtpConnector>(kind, dn, entry);
    case ObjectKind::RoutingGroupConnector:
        return std::make_unique<RoutingGroupConnector>(kind, dn, entry);
    default:
        return std::make_unique<DirectoryObject>(kind, dn, entry);
    }
}

} // namespace topology
