#include "CopyDnCommand.h"

#include <QClipboard>
#include <QGuiApplication>

namespace commands {

bool CopyDnCommand::appliesTo(const console::Selection &selection) const {
    // Queues and Members are views, not entries of their own.
    return selection.size() == 1 && selection.first().type != console::NodeType::Queues &&
           selection.first().type != console::NodeType::Members;
}

void CopyDnCommand::run(const console::Selection &selection) {
    QGuiApplication::clipboard()->setText(selection.first().dn.toString());
}

} // namespace commands
