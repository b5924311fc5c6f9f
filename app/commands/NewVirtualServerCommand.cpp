#include "NewVirtualServerCommand.h"

#include "DirectorySession.h"
#include "NewVirtualServerWizard.h"

namespace commands {

bool NewVirtualServerCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && selection.first().type == console::NodeType::Smtp;
}

void NewVirtualServerCommand::run(const console::Selection &selection) {
    // The SMTP node is CN=SMTP,CN=Protocols,CN=<server>.
    const directory::Dn server = selection.first().dn.parent().parent();
    open(context(),
         new wizards::NewVirtualServerWizard(context()->session(), server, context()->dialogParent()));
}

} // namespace commands
