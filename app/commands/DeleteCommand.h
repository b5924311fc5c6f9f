#pragma once

// Action › Delete (Del): removes the selected objects after confirmation, as one change set (see
// topology::Planner: links to them go too, a container that still holds objects is refused).

#include "ConsoleCommand.h"

namespace commands {

class DeleteCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::DeleteCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("deleteAction"); }
    QString text() const override { return tr("&Delete"); }
    QKeySequence shortcut() const override { return QKeySequence(QKeySequence::Delete); }
    QString toolTip() const override { return tr("Deletes the selected objects from the directory"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/delete.svg")); }
    Group group() const override { return Group::Edit; }
    bool writes() const override { return true; }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
