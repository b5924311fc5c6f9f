#pragma once

// A routing group (msExchRoutingGroup) and its routing group master.

#include "DirectoryObject.h"

namespace topology {

class RoutingGroup : public DirectoryObject {
public:
    using DirectoryObject::DirectoryObject;
    directory::Dn masterDn() const;
    directory::Dn connectorsContainerDn() const; // CN=Connections below it
};

} // namespace topology
