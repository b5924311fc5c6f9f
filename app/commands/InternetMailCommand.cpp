#include "InternetMailCommand.h"

#include "DirectorySession.h"
#include "InternetMailWizard.h"

namespace commands {

bool InternetMailCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && (selection.first().type == console::NodeType::Organization ||
                                     selection.first().type == console::NodeType::AdminGroup);
}

void InternetMailCommand::run(const console::Selection &selection) {
    open(context(), new wizards::InternetMailWizard(context()->session(), selection.first().dn,
                                                    context()->dialogParent()));
}

} // namespace commands
