#include "CreationCommand.h"

#include "CreationWizard.h"
#include "PropertiesCommand.h"

namespace commands {

void CreationCommand::open(CommandContext *context, wizards::CreationWizard *wizard) {
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &wizards::CreationWizard::created, wizard,
                     [context](const directory::Dn &dn) { context->selectWhenArrives(dn); });
    QObject::connect(wizard, &wizards::CreationWizard::propertiesRequested, wizard,
                     [context](const directory::Dn &dn) { PropertiesCommand::open(context, dn); });
    wizard->show();
}

} // namespace commands
