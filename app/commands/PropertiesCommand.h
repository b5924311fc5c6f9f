#pragma once

// Action › Properties (Alt+Enter): opens the property sheet of the selected object.

#include "ConsoleCommand.h"

namespace commands {

class PropertiesCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::PropertiesCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("propertiesAction"); }
    QString text() const override { return tr("P&roperties"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::ALT | Qt::Key_Return); }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;

    // Opens the property sheet of the object at `dn`.
    static void open(CommandContext *context, const directory::Dn &dn);
};

} // namespace commands
