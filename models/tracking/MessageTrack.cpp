#include "MessageTrack.h"

namespace tracking {

QStringList MessageTrack::recipients() const {
    QStringList out;
    for (const MessageEvent &e : events)
        if (!e.recipient.isEmpty() && !out.contains(e.recipient, Qt::CaseInsensitive))
            out.append(e.recipient);
    return out;
}

QStringList MessageTrack::nextQueueIds() const {
    QStringList out;
    for (const MessageEvent &e : events)
        if (e.kind == MessageEvent::Kind::Delivered && !e.nextQueueId.isEmpty() &&
            !out.contains(e.nextQueueId))
            out.append(e.nextQueueId);
    return out;
}

QStringList MessageTrack::reportQueueIds() const {
    QStringList out;
    for (const MessageEvent &e : events)
        if (e.kind == MessageEvent::Kind::Report && !e.nextQueueId.isEmpty())
            out.append(e.nextQueueId);
    return out;
}

} // namespace tracking
