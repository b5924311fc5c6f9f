#pragma once

// Action › Internet Mail Wizard… on the organization or an administrative group: the gateway, its
// virtual server and an SMTP connector for all Internet mail in one flow.

#include "CreationCommand.h"

namespace commands {

class InternetMailCommand : public CreationCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::InternetMailCommand)
public:
    using CreationCommand::CreationCommand;
    QString id() const override { return QStringLiteral("internetMailAction"); }
    QString text() const override { return tr("&Internet Mail Wizard…"); }
    bool inNewSubmenu() const override { return false; } // on its own in the menu, as in ESM
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
