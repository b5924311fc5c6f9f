#pragma once

// Action › Delete (Del): removes the selected objects after confirmation, in one transaction. A
// container that still holds objects is refused with the reason; references to a deleted virtual
// server (connector bridgeheads) are removed with it so nothing is left pointing at nothing.

#include "ConsoleCommand.h"
#include "Requests.h"

namespace topology {
class Topology;
}

namespace commands {

class DeleteCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::DeleteCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("deleteAction"); }
    QString text() const override { return tr("&Delete"); }
    QKeySequence shortcut() const override { return QKeySequence(QKeySequence::Delete); }
    QIcon icon() const override;
    bool writes() const override { return true; }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;

    // The changes that delete `node`, or a message saying why it cannot be deleted.
    static QString plan(const topology::Topology &topology, const console::NodeRef &node,
                        QList<directory::ChangeRequest> *changes);
};

} // namespace commands
