#pragma once

// Action › New › SMTP Virtual Server… on a server's SMTP node: the New SMTP Virtual Server wizard.

#include "CreationCommand.h"

namespace commands {

class NewVirtualServerCommand : public CreationCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::NewVirtualServerCommand)
public:
    using CreationCommand::CreationCommand;
    QString id() const override { return QStringLiteral("newVirtualServerAction"); }
    QString text() const override { return tr("SMTP &Virtual Server…"); }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
