#pragma once

// Action › All Tasks › Copy Distinguished Name: puts the selected object's DN on the clipboard,
// for ldapsearch, ldapmodify or a command-line option.

#include "ConsoleCommand.h"

namespace commands {

class CopyDnCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::CopyDnCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("copyDnAction"); }
    QString text() const override { return tr("Copy &Distinguished Name"); }
    QString toolTip() const override { return tr("Copies the directory name of the selected object"); }
    Group group() const override { return Group::AllTasks; }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
