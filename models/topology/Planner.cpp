#include "Planner.h"

#include "Attributes.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"
#include "VirtualServerChecks.h"

#include <functional>

namespace topology {

using directory::Dn;
using directory::Entry;
using directory::Modification;

QString Planner::validateName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A name cannot be empty.");
    if (trimmed.size() > MaxNameLength)
        return tr("A name can have at most %1 characters.").arg(MaxNameLength);
    return QString();
}

std::optional<ChangeSet> Planner::deletion(const Topology &topology, const Dn &dn, QString *refusal) {
    const DirectoryObject *object = topology.find(dn);
    if (!object) {
        *refusal = tr("%1 is no longer in the directory.").arg(dn.toDisplayString());
        return std::nullopt;
    }
    // Fixed containers that come with an object go with it when they are empty.
    static const QList<ObjectKind> companions = {
        ObjectKind::ConnectorsContainer, ObjectKind::ServersContainer, ObjectKind::RoutingGroupContainer};
    QList<const DirectoryObject *> order; // deepest first
    int contents = 0;
    std::function<void(const DirectoryObject *)> walk = [&](const DirectoryObject *o) {
        for (const DirectoryObject *child : topology.children(o->dn())) {
            if (!companions.contains(child->kind())) {
                ++contents;
                continue;
            }
            walk(child);
        }
        order.append(o);
    };
    walk(object);
    if (contents > 0) {
        *refusal = tr("“%1” is not empty: it still contains %n object(s). Delete or move them first.",
                      nullptr, contents)
                       .arg(object->displayName());
        return std::nullopt;
    }
    if (object->kind() == ObjectKind::RoutingGroup && !topology.members(object->dn()).isEmpty()) {
        *refusal = tr("“%1” still has member servers. Move them to another routing group first.")
                       .arg(object->displayName());
        return std::nullopt;
    }

    ChangeSet changes;
    // Links go first, so no step leaves a connector naming a virtual server that is gone.
    if (object->kind() == ObjectKind::VirtualServer) {
        for (const SmtpConnector *connector : topology.connectorsWithBridgehead(object->dn()))
            changes.modify(connector->entry(),
                           {Modification::remove(attr::sourceBridgeheads, {object->dn().toString()})},
                           tr("Remove “%1” from the local bridgeheads of “%2”")
                               .arg(object->displayName(), connector->displayName()));
    }
    for (const DirectoryObject *o : std::as_const(order))
        changes.removeEntry(
            o->entry(), tr("Delete “%1” (%2)").arg(o->displayName(), DirectoryObject::kindName(o->kind())));
    return changes;
}

std::optional<ChangeSet> Planner::renaming(const Topology &topology, const Dn &dn, const QString &newName,
                                           bool serverKeepsLinks, QString *refusal) {
    if (const QString problem = validateName(newName); !problem.isEmpty()) {
        *refusal = problem;
        return std::nullopt;
    }
    const QString name = newName.trimmed();
    const DirectoryObject *object = topology.find(dn);
    if (!object) {
        *refusal = tr("%1 is no longer in the directory.").arg(dn.toDisplayString());
        return std::nullopt;
    }
    ChangeSet changes;
    if (object->kind() == ObjectKind::VirtualServer) {
        // A virtual server is named by its instance number; what people call its name is adminDisplayName.
        const Dn server = static_cast<const SmtpVirtualServer *>(object)->serverDn();
        if (const QString problem =
                VirtualServerChecks::nameProblem(name, VirtualServerChecks::neighbours(topology, server, dn));
            !problem.isEmpty()) {
            *refusal = problem;
            return std::nullopt;
        }
        changes.modify(object->entry(), {Modification::replace(attr::adminDisplayName, {name})},
                       tr("Rename “%1” to “%2”").arg(object->displayName(), name));
        return changes;
    }
    for (const DirectoryObject *sibling : topology.children(dn.parent()))
        if (sibling != object && sibling->name().compare(name, Qt::CaseInsensitive) == 0) {
            *refusal = tr("“%1” already exists here. Choose another name.").arg(name);
            return std::nullopt;
        }
    const Dn renamed = dn.withRdn(directory::Rdn{dn.rdn().attribute, name});
    changes.rename(object->entry(), renamed.rdnString(),
                   tr("Rename “%1” to “%2”").arg(object->displayName(), name));
    // Exchange shows adminDisplayName where it is set; keep it in step with the new name.
    if (object->entry().has(attr::adminDisplayName)) {
        Entry after = object->entry();
        after.setDn(renamed.toString());
        changes.modify(after, {Modification::replace(attr::adminDisplayName, {name})},
                       tr("Set the display name of “%1”").arg(name));
    }
    // Links into the renamed subtree (home routing groups, local bridgeheads, homeMTA …) are DNs.
    // Active Directory follows renames in them by itself; elsewhere they are rewritten here.
    if (!serverKeepsLinks)
        rewriteLinks(topology, dn, renamed, changes);
    return changes;
}

void Planner::rewriteLinks(const Topology &topology, const Dn &from, const Dn &to, ChangeSet &changes) {
    for (const DirectoryObject *object : topology.linkingInto(from)) {
        QList<Modification> mods;
        for (const directory::Attribute &a : object->entry().attributes()) {
            if (!attr::isDnValued(a.name))
                continue;
            QStringList values;
            bool moved = false;
            for (const QString &value : object->entry().strings(a.name)) {
                const Dn link = Dn::parse(value);
                const bool inside = link.isDescendantOrSelf(from);
                moved = moved || inside;
                values << (inside ? link.rebased(from, to).toString() : value);
            }
            if (moved)
                mods << Modification::replace(a.name, values);
        }
        // The modify runs after the rename, so an object inside the subtree has its new name by then.
        Entry current = object->entry();
        current.setDn(object->dn().rebased(from, to).toString());
        changes.modify(current, mods, tr("Update the links of “%1”").arg(object->displayName()));
    }
}

} // namespace topology
