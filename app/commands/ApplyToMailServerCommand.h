#pragma once

// Action › Apply to Mail Server… on a server: shows how the server's Postfix configuration
// differs from what the directory describes, and applies it on request.

#include "ConsoleCommand.h"

namespace commands {

class ApplyToMailServerCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::ApplyToMailServerCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("applyToMailServerAction"); }
    QString text() const override { return tr("Apply to &Mail Server…"); }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
