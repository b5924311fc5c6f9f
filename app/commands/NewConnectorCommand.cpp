#include "NewConnectorCommand.h"

#include "DirectorySession.h"
#include "NewConnectorWizard.h"

namespace commands {

bool NewConnectorCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && (selection.first().type == console::NodeType::Connectors ||
                                     selection.first().type == console::NodeType::RoutingGroup);
}

void NewConnectorCommand::run(const console::Selection &selection) {
    const console::NodeRef &node = selection.first();
    const directory::Dn group = node.type == console::NodeType::Connectors ? node.dn.parent() : node.dn;
    context()->newSmtpConnector(group, {});
}

} // namespace commands
