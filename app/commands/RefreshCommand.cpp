#include "RefreshCommand.h"

#include "DirectorySession.h"

namespace commands {

void RefreshCommand::run(const console::Selection &) {
    context()->session()->reload();
}

} // namespace commands
