#pragma once

// Action › Refresh (F5): reads the organization again. Not needed to see changes (the console
// follows the directory live), but there when a user wants to be sure. On a Queues node it lists
// the server's queue again instead.

#include "ConsoleCommand.h"

namespace commands {

class RefreshCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::RefreshCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("refreshAction"); }
    QString text() const override { return tr("Re&fresh"); }
    QKeySequence shortcut() const override { return QKeySequence(QKeySequence::Refresh); }
    QString toolTip() const override { return tr("Reads the organization from the directory again"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/refresh.svg")); }
    Group group() const override { return Group::View; }
    bool appliesTo(const console::Selection &) const override { return true; }
    void run(const console::Selection &) override;
};

} // namespace commands
