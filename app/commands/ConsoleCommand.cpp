#include "ConsoleCommand.h"

#include <algorithm>

namespace commands {

bool ConsoleCommand::allOf(const console::Selection &selection,
                           std::initializer_list<console::NodeType> types) {
    return !selection.isEmpty() &&
           std::all_of(selection.begin(), selection.end(), [&](const console::NodeRef &n) {
               return std::find(types.begin(), types.end(), n.type) != types.end();
           });
}

} // namespace commands
