#include "RefreshCommand.h"

#include "DirectorySession.h"

namespace commands {

void RefreshCommand::run(const console::Selection &) {
    if (!context()->refreshCurrentView())
        context()->session()->reload();
}

} // namespace commands
