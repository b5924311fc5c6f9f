// The subcommands of this executable, in the order `bridgehead --help` lists them.

#include "SubcommandRunner.h"

#include "AnalyzeCommand.h"
#include "NewConnectorSubcommand.h"
#include "NewInternetMailSubcommand.h"
#include "NewVirtualServerSubcommand.h"
#include "PrepareAdSubcommand.h"
#include "QueuesSubcommand.h"
#include "SendTestSubcommand.h"
#include "PostfixConfigSubcommand.h"
#include "TrackSubcommand.h"
#include "RouteSubcommand.h"
#include "Subcommand.h"

namespace cli {

std::vector<SubcommandFactory> subcommands() {
    return {
        [] { return std::make_unique<QueuesSubcommand>(); },
        [] { return std::make_unique<SendTestSubcommand>(); },
        [] { return std::make_unique<NewVirtualServerSubcommand>(); },
        [] { return std::make_unique<NewConnectorSubcommand>(); },
        [] { return std::make_unique<NewInternetMailSubcommand>(); },
        [] { return std::make_unique<PrepareAdSubcommand>(); },
        [] { return std::make_unique<RouteSubcommand>(); },
        [] { return std::make_unique<PostfixConfigSubcommand>(); },
        [] { return std::make_unique<TrackSubcommand>(); },
        [] { return std::make_unique<AnalyzeCommand>(); },
    };
}

} // namespace cli
