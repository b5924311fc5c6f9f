#include "PropertiesCommand.h"

#include "DirectorySession.h"
#include "PropertySheet.h"

namespace commands {

bool PropertiesCommand::appliesTo(const console::Selection &selection) const {
    // Queues and Members are views, not directory entries.
    return selection.size() == 1 && selection.first().type != console::NodeType::Queues &&
           selection.first().type != console::NodeType::Members;
}

void PropertiesCommand::run(const console::Selection &selection) {
    open(context(), selection.first().dn);
}

void PropertiesCommand::open(CommandContext *context, const directory::Dn &dn) {
    console::DirectorySession *session = context->session();
    auto *sheet = new properties::PropertySheet(session->connection(), session->topology(), dn,
                                                context->dialogParent());
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}

} // namespace commands
