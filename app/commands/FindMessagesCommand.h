#pragma once

// Action › Find Messages… on a server's Queues node, as in ESM 2003: searches the server's queues
// by sender, recipient, state and subject.

#include "ConsoleCommand.h"

namespace commands {

class FindMessagesCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::FindMessagesCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("findMessagesCommand"); }
    QString text() const override { return tr("Find &Messages…"); }
    QKeySequence shortcut() const override { return QKeySequence::Find; }
    bool appliesTo(const console::Selection &selection) const override {
        return selection.size() == 1 && selection.first().type == console::NodeType::Queues;
    }
    void run(const console::Selection &selection) override { context()->findMessages(selection.first().dn); }
};

} // namespace commands
