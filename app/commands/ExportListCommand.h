#pragma once

// Action › Export List…: saves the details pane, as shown (sorted, all columns), to a CSV file.

#include "ConsoleCommand.h"

namespace commands {

class ExportListCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::ExportListCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("exportListAction"); }
    QString text() const override { return tr("E&xport List…"); }
    QString toolTip() const override { return tr("Saves the list in the right pane as a CSV file"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/export-list.svg")); }
    Group group() const override { return Group::View; }
    bool appliesTo(const console::Selection &) const override { return context()->canExportList(); }
    void run(const console::Selection &) override { context()->exportList(); }
};

} // namespace commands
