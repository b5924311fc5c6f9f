#include "RenameCommand.h"

#include "Attributes.h"
#include "ConsoleTreeModel.h"
#include "DirectorySession.h"
#include "EntryEdit.h"

namespace commands {

bool RenameCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && console::ConsoleTreeModel::isRenameable(selection.first().type);
}

void RenameCommand::run(const console::Selection &selection) {
    context()->startRename(selection.first());
}

QString RenameCommand::rename(CommandContext *context, const console::NodeRef &node, const QString &newName) {
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return tr("A name cannot be empty.");
    if (name.size() > 64)
        return tr("A name can have at most 64 characters.");
    console::DirectorySession *session = context->session();
    const topology::Topology *topology = session->topology();
    const topology::DirectoryObject *object = topology->find(node.dn);
    if (!object)
        return tr("%1 is no longer in the directory.").arg(node.name);

    directory::ChangeRequest request;
    if (node.type == console::NodeType::VirtualServer) {
        // A virtual server is named by its instance number; what people call its name is adminDisplayName.
        for (const topology::DirectoryObject *sibling : topology->children(node.dn.parent()))
            if (sibling != object && sibling->displayName().compare(name, Qt::CaseInsensitive) == 0)
                return tr("Another virtual server on this server is already called “%1”.").arg(name);
        request = directory::ChangeRequest::modify(
            node.dn.toString(), {directory::Modification::replace(topology::attr::adminDisplayName, {name})},
            topology::EntryEdit::assertionFor(object->entry(), {topology::attr::adminDisplayName}));
    } else {
        for (const topology::DirectoryObject *sibling : topology->children(node.dn.parent()))
            if (sibling != object && sibling->name().compare(name, Qt::CaseInsensitive) == 0)
                return tr("“%1” already exists here. Choose another name.").arg(name);
        const directory::Dn renamed = node.dn.withRdn(directory::Rdn{node.dn.rdn().attribute, name});
        QList<directory::ChangeRequest> changes{
            directory::ChangeRequest::rename(node.dn.toString(), renamed.rdnString())};
        // Exchange shows adminDisplayName where it is set; keep it in step with the new name.
        if (object->entry().has(topology::attr::adminDisplayName))
            changes << directory::ChangeRequest::modify(
                renamed.toString(),
                {directory::Modification::replace(topology::attr::adminDisplayName, {name})});
        if (session->supportsTransactions()) {
            // Links into the renamed subtree (home routing groups, local bridgeheads, homeMTA …) are
            // DNs; rewrite them in the same transaction, as Active Directory would by itself.
            changes << linkUpdates(*topology, node.dn, renamed);
            submit(context, node, changes);
        } else {
            // No transactions (Active Directory): it keeps links itself; the display name follows.
            submit(context, node, {changes.first()});
            if (changes.size() > 1)
                submit(context, node, {changes.last()});
        }
        return QString();
    }
    submit(context, node, {request});
    return QString();
}

void RenameCommand::submit(CommandContext *context, const console::NodeRef &node,
                           const QList<directory::ChangeRequest> &changes) {
    console::DirectorySession *session = context->session();
    session->connection()->applyAll(changes)->then(session, [context,
                                                             node](directory::DirectoryReply *reply) {
        if (!reply->result().ok())
            context->showError(tr("Rename"),
                               tr("%1 could not be renamed.\n\n%2").arg(node.name, reply->result().text()));
    });
}

QList<directory::ChangeRequest> RenameCommand::linkUpdates(const topology::Topology &topology,
                                                           const directory::Dn &from,
                                                           const directory::Dn &to) {
    QList<directory::ChangeRequest> out;
    for (const topology::DirectoryObject *object : topology.linkingInto(from)) {
        QList<directory::Modification> mods;
        for (const directory::Attribute &a : object->entry().attributes()) {
            if (!topology::attr::isDnValued(a.name))
                continue;
            QStringList values;
            bool moved = false;
            for (const QString &value : object->entry().strings(a.name)) {
                const directory::Dn dn = directory::Dn::parse(value);
                moved = moved || dn.isDescendantOrSelf(from);
                values << (dn.isDescendantOrSelf(from) ? dn.rebased(from, to).toString() : value);
            }
            if (moved)
                mods << directory::Modification::replace(a.name, values);
        }
        // The modify runs after the rename, so an object inside the subtree has its new name by then.
        out << directory::ChangeRequest::modify(object->dn().rebased(from, to).toString(), mods);
    }
    return out;
}

} // namespace commands
