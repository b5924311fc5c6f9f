#pragma once

// A routing group (msExchRoutingGroup) and its routing group master.

#include "DirectoryObject.h"

namespace topology {

class RoutingGroup : public DirectoryObject {
public:
    RoutingGroup(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry);
    // The routing group master (msExchRoutingMasterDN); invalid when the value is not a DN.
    const directory::Dn &masterDn() const { return m_master; }
    directory::Dn connectorsContainerDn() const; // CN=Connections below it

private:
    directory::Dn m_master;
};

} // namespace topology
