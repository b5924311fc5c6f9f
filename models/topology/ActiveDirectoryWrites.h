#pragma once

// What Active Directory refuses that slapd accepts, handled before a ChangeSet is written there:
// a link may only name an object that exists (links to objects the set creates later go in a
// modify right after their target is created), the naming attribute must equal the RDN, back-links
// are the DC's to compute, and objects in the configuration partition can be renamed only when
// they were created allowing it (so what Bridgehead creates allows renames and moves). What cannot
// be written is refused up front with the reason, before anything is sent.

#include "ChangeSet.h"
#include "Dn.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace topology {

class ActiveDirectoryWrites {
    Q_DECLARE_TR_FUNCTIONS(topology::ActiveDirectoryWrites)
public:
    // systemFlags bits (FLAG_CONFIG_ALLOW_RENAME, FLAG_CONFIG_ALLOW_MOVE).
    static constexpr qint64 AllowRename = 0x40000000;
    static constexpr qint64 AllowMove = 0x20000000;

    // `set` in a form AD accepts, or nothing with the reason in *refusal. `exists` tells whether
    // the directory holds a DN before the set runs.
    static std::optional<ChangeSet>
    adapt(const ChangeSet &set, const std::function<bool(const directory::Dn &)> &exists, QString *refusal);
    // Whether AD lets this object be renamed (its systemFlags allow it).
    static bool allowsRename(const directory::Entry &entry);
    // Attributes the DC computes from the forward links (…BL, …DNBL): never written.
    static bool isBackLink(const QString &attribute);
};

} // namespace topology
