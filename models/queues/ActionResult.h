#pragma once

// What a queue action did, message by message: which of the requested queue IDs the tool acted on,
// which it did not (already delivered, gone, or not in a state the action applies to), which were
// refused before anything ran (not queue IDs), and the tool's own message when it failed.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace queues {

enum class MessageAction {
    Freeze,        // postsuper -h: hold
    Unfreeze,      // postsuper -H: release from hold
    Delete,        // postsuper -d: no NDR
    DeleteWithNdr, // postsuper -e: force expiry, the sender gets an NDR
    Retry,         // postqueue -i: deliver now
};

struct ActionResult {
    Q_DECLARE_TR_FUNCTIONS(queues::ActionResult)
public:
    MessageAction action = MessageAction::Freeze;
    QStringList requested; // valid IDs, in the order asked
    QStringList done;
    QStringList notDone;
    QStringList refused;
    QString error;        // the command's own message when it could not run or failed
    QStringList warnings; // the tool's warnings, as it printed them
    QString command;      // what ran, as a person would type it

    bool ranCleanly() const { return error.isEmpty(); }
    bool ok() const { return error.isEmpty() && notDone.isEmpty() && refused.isEmpty(); }

    // "Freeze", "Delete (no NDR)" …: the action as menus name it.
    static QString actionName(MessageAction action);
    // "3 messages frozen", for the outcome of `count` messages.
    static QString doneText(MessageAction action, int count);
    // One or two sentences saying what happened, for a status line or a message box.
    QString summary() const;
};

} // namespace queues

Q_DECLARE_METATYPE(queues::ActionResult)
