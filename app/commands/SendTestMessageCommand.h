#pragma once

// Action › Send Test Message… on an SMTP virtual server: a test message to one of its bindings
// (or any host:port), with the transcript live, and "Find This Message" into the server's queues.

#include "ConsoleCommand.h"

namespace commands {

class SendTestMessageCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::SendTestMessageCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("sendTestMessageAction"); }
    QString text() const override { return tr("Send &Test Message…"); }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
