#pragma once

// A console action that opens a creation wizard (New SMTP Virtual Server, New SMTP Connector,
// Internet Mail): shows it over the window, and once it has written, selects the new object as soon
// as it arrives in the tree and opens its properties when the wizard's result page asks.

#include "ConsoleCommand.h"

namespace wizards {
class CreationWizard;
}

namespace commands {

class CreationCommand : public ConsoleCommand {
public:
    using ConsoleCommand::ConsoleCommand;
    bool writes() const override { return true; }
    bool createsObject() const override { return true; }

    // Shows `wizard` (made with the context's session, parented to its window) and follows it.
    static void open(CommandContext *context, wizards::CreationWizard *wizard);
};

} // namespace commands
