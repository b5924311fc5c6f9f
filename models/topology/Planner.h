#pragma once

// What to write for the console's structural actions, decided from the Topology: deleting an
// object (with the links to it and the fixed containers that come with it) and renaming one (with
// the links into its subtree and its display name). Console commands and the command line share
// these; wizards build their own ChangeSets from the same value types.

#include "ChangeSet.h"
#include "Dn.h"

#include <QCoreApplication>

#include <optional>

namespace topology {

class Topology;

class Planner {
    Q_DECLARE_TR_FUNCTIONS(topology::Planner)
public:
    // Deleting the object at `dn`, or nothing with the reason in *refusal.
    static std::optional<ChangeSet> deletion(const Topology &topology, const directory::Dn &dn,
                                             QString *refusal);
    // Renaming the object at `dn` to `newName` (for a virtual server: its display name). When
    // `serverKeepsLinks` (Active Directory), the links into the renamed subtree are left to it.
    static std::optional<ChangeSet> renaming(const Topology &topology, const directory::Dn &dn,
                                             const QString &newName, bool serverKeepsLinks, QString *refusal);
    // Where the object at `dn` is after renaming it to `newName`: the same DN for a virtual server
    // (its display name changes), the new RDN under the same parent for everything else.
    static directory::Dn renamedDn(const Topology &topology, const directory::Dn &dn, const QString &newName);
    // Modifies that point the links into the subtree at `from` to its new name `to`.
    static void rewriteLinks(const Topology &topology, const directory::Dn &from, const directory::Dn &to,
                             ChangeSet &changes);

    static constexpr int MaxNameLength = 64;
    // Checks a name typed for a new or renamed object; returns the reason or "".
    static QString validateName(const QString &name);
};

} // namespace topology
