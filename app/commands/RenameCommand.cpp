#include "RenameCommand.h"

#include "ConsoleTreeModel.h"
#include "DirectorySession.h"
#include "Planner.h"

namespace commands {

bool RenameCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && console::ConsoleTreeModel::isRenameable(selection.first().type);
}

void RenameCommand::run(const console::Selection &selection) {
    context()->startRename(selection.first());
}

QString RenameCommand::rename(CommandContext *context, const console::NodeRef &node, const QString &newName) {
    console::DirectorySession *session = context->session();
    QString refusal;
    const std::optional<topology::ChangeSet> plan = topology::Planner::renaming(
        *session->topology(), node.dn, newName, session->isActiveDirectory(), &refusal);
    if (!plan)
        return refusal;
    context->submit(tr("Rename"), *plan);
    return QString();
}

} // namespace commands
