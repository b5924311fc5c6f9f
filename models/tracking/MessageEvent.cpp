#include "MessageEvent.h"

#include <QCoreApplication>

namespace tracking {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tracking::MessageEvent)
};

} // namespace

QString MessageEvent::describe() const {
    switch (kind) {
    case Kind::Received:
        return client.isEmpty() ? Text::tr("Submitted on the server itself")
                                : Text::tr("Accepted by %1 from %2").arg(listener, client);
    case Kind::Refused:
        return Text::tr("Refused by %1 for %2: %3").arg(listener, recipient, reply);
    case Kind::MessageId:
        return Text::tr("Message-ID %1").arg(reply);
    case Kind::Queued:
        return Text::tr("Queued: from %1, %2 bytes, recipients: %3").arg(sender).arg(size).arg(recipients);
    case Kind::Delivered:
        return nextQueueId.isEmpty()
                   ? Text::tr("Delivered to %1 through %2 after %3 s: %4").arg(recipient, relay, delay, reply)
                   : Text::tr("Handed on for %1 to %2 after %3 s, queued there as %4")
                         .arg(recipient, relay, delay, nextQueueId);
    case Kind::Deferred:
        return Text::tr("Deferred for %1 after %2 s (relay %3): %4").arg(recipient, delay, relay, reply);
    case Kind::Bounced:
        return Text::tr("Bounced for %1 (relay %2): %3").arg(recipient, relay, reply);
    case Kind::Expired:
        return Text::tr("Expired: returned to the sender");
    case Kind::Report:
        return Text::tr("Delivery report to the sender sent as %1").arg(nextQueueId);
    case Kind::Held:
        return Text::tr("Frozen (placed on hold)");
    case Kind::Released:
        return Text::tr("Unfrozen (released from hold)");
    case Kind::Deleted:
        return Text::tr("Deleted by an administrator");
    case Kind::Requeued:
        return Text::tr("Requeued");
    case Kind::Removed:
        return Text::tr("Left the queue");
    }
    return QString();
}

} // namespace tracking
