#pragma once

// Action › New › SMTP Connector… on a routing group's Connectors node (or the routing group itself,
// which has no Connectors node until its CN=Connections exists): the New SMTP Connector wizard.

#include "CreationCommand.h"

namespace commands {

class NewConnectorCommand : public CreationCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::NewConnectorCommand)
public:
    using CreationCommand::CreationCommand;
    QString id() const override { return QStringLiteral("newConnectorAction"); }
    QString text() const override { return tr("SMTP &Connector…"); }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
