#include "TestRouteCommand.h"

#include "DirectorySession.h"
#include "TestRouteDialog.h"

namespace commands {

bool TestRouteCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && (selection.first().type == console::NodeType::Server ||
                                     selection.first().type == console::NodeType::MemberServer);
}

void TestRouteCommand::run(const console::Selection &selection) {
    auto *dialog = new routingui::TestRouteDialog(context()->session()->topology(), selection.first().dn,
                                                  context()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace commands
