// The subcommands of this executable, in the order `bridgehead --help` lists them.

#include "SubcommandRunner.h"

#include "PrepareAdSubcommand.h"
#include "Subcommand.h"

namespace cli {

std::vector<SubcommandFactory> subcommands() {
    return {
        [] { return std::make_unique<PrepareAdSubcommand>(); },
    };
}

} // namespace cli
