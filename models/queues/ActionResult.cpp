#include "ActionResult.h"

namespace queues {

QString ActionResult::actionName(MessageAction action) {
    switch (action) {
    case MessageAction::Freeze:
        return tr("Freeze");
    case MessageAction::Unfreeze:
        return tr("Unfreeze");
    case MessageAction::Delete:
        return tr("Delete (no NDR)");
    case MessageAction::DeleteWithNdr:
        return tr("Delete (send NDR)");
    case MessageAction::Retry:
        return tr("Retry now");
    }
    return QString();
}

QString ActionResult::doneText(MessageAction action, int count) {
    switch (action) {
    case MessageAction::Freeze:
        return tr("%n message(s) frozen", nullptr, count);
    case MessageAction::Unfreeze:
        return tr("%n message(s) unfrozen", nullptr, count);
    case MessageAction::Delete:
        return tr("%n message(s) deleted without NDR", nullptr, count);
    case MessageAction::DeleteWithNdr:
        return tr("%n message(s) expired: the senders get an NDR", nullptr, count);
    case MessageAction::Retry:
        return tr("%n message(s) queued for delivery now", nullptr, count);
    }
    return QString();
}

QString ActionResult::summary() const {
    QStringList parts;
    if (!error.isEmpty())
        parts << tr("%1 failed: %2").arg(actionName(action), error);
    else if (requested.isEmpty() && refused.isEmpty() && action == MessageAction::Retry)
        parts << tr("Every deferred message is being tried now.");
    else
        parts << doneText(action, int(done.size())) + QLatin1Char('.');
    if (!notDone.isEmpty())
        parts << tr("Not acted on (already delivered, gone, or not in a state this applies to): %1.")
                     .arg(notDone.join(QStringLiteral(", ")));
    if (!refused.isEmpty())
        parts << tr("Refused, not queue IDs: %1.").arg(refused.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

} // namespace queues
