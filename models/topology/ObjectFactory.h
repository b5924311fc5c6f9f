#pragma once

// Makes the typed object (server, virtual server, connector …) for a directory entry. The one
// place that maps object classes to classes, used by the Topology and by anything that needs a
// private copy of an object (a property sheet editing its own snapshot).

#include "DirectoryObject.h"

#include <memory>

namespace topology {

std::unique_ptr<DirectoryObject> makeObject(const directory::Dn &dn, const directory::Entry &entry);

} // namespace topology
