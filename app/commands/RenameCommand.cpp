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
        request = directory::ChangeRequest::rename(node.dn.toString(), renamed.rdnString());
        // Exchange shows adminDisplayName where it is set; keep it in step with the new name.
        if (object->entry().has(topology::attr::adminDisplayName)) {
            session->connection()
                ->applyAll({request, directory::ChangeRequest::modify(
                                         renamed.toString(), {directory::Modification::replace(
                                                                 topology::attr::adminDisplayName, {name})})})
                ->then(session, [context, node](directory::DirectoryReply *reply) {
                    if (!reply->result().ok())
                        context->showError(
                            tr("Rename"),
                            tr("%1 could not be renamed.\n\n%2").arg(node.name, reply->result().text()));
                });
            return QString();
        }
    }
    session->connection()->apply(request)->then(session, [context, node](directory::DirectoryReply *reply) {
        if (!reply->result().ok())
            context->showError(tr("Rename"),
                               tr("%1 could not be renamed.\n\n%2").arg(node.name, reply->result().text()));
    });
    return QString();
}

} // namespace commands
