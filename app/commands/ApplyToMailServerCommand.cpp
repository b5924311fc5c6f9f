#include "ApplyToMailServerCommand.h"

#include "ApplyConfigDialog.h"
#include "DirectorySession.h"

namespace commands {

bool ApplyToMailServerCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && (selection.first().type == console::NodeType::Server ||
                                     selection.first().type == console::NodeType::MemberServer);
}

void ApplyToMailServerCommand::run(const console::Selection &selection) {
    const directory::Dn server = selection.first().dn;
    postfix::PostfixConfigGenerator::Options options;
    QString missing;
    const queues::PostfixInstance instance = context()->mailServerOf(server, &options, &missing);
    if (instance.isNull()) {
        context()->showError(tr("Apply to Mail Server"), missing);
        return;
    }
    auto *dialog = new mailserverui::ApplyConfigDialog(*context()->session()->topology(), server, instance,
                                                       options, context()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace commands
