#pragma once

// Action › Help (F1): Help Topics, opened on the page about the selected kind of node.

#include "ConsoleCommand.h"

namespace commands {

class HelpCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::HelpCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("helpAction"); }
    QString text() const override { return tr("&Help"); }
    QString toolTip() const override { return tr("Shows help about the selected node"); }
    QKeySequence shortcut() const override { return QKeySequence(QKeySequence::HelpContents); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/help.svg")); }
    Group group() const override { return Group::Help; }
    bool appliesTo(const console::Selection &) const override { return true; }
    void run(const console::Selection &selection) override;

    // The help page about a kind of node ("connectors.html" …).
    static QString pageFor(console::NodeType type);
};

} // namespace commands
