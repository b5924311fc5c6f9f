#pragma once

// Runs `bridgehead <subcommand> …` under QCoreApplication: finds the subcommand from its words,
// parses its own options (with --help for each), starts it and returns its exit status.

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace cli {

class Subcommand;

using SubcommandFactory = std::function<std::unique_ptr<Subcommand>()>;

// Every subcommand this executable has (Subcommands.cpp).
std::vector<SubcommandFactory> subcommands();

// `arguments` are the whole command line; `words` the positional arguments from the subcommand's
// first word on. Needs a QCoreApplication.
int runSubcommand(const QStringList &arguments, const QStringList &words);

// One line per subcommand, for `bridgehead --help`.
QString subcommandSummary();

} // namespace cli
