#pragma once

// Action › Rename (F2): edits the name in place; what is written (the new RDN, escaped, with the
// links into the renamed subtree) comes from topology::Planner.

#include "ConsoleCommand.h"

namespace commands {

class RenameCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::RenameCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("renameAction"); }
    QString text() const override { return tr("Rena&me"); }
    QString toolTip() const override { return tr("Renames the selected object"); }
    QKeySequence shortcut() const override { return QKeySequence(Qt::Key_F2); }
    Group group() const override { return Group::Edit; }
    bool writes() const override { return true; }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;

    // Checks the new name and sends the rename (or, for a virtual server, the new display name).
    // Returns an error message for a name that is refused before anything is sent.
    static QString rename(CommandContext *context, const console::NodeRef &node, const QString &newName);
};

} // namespace commands
