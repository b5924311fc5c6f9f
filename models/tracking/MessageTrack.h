#pragma once

// One message in one server's log, under one queue ID: what that server did with it, in order.

#include "MessageEvent.h"

#include <QList>
#include <QStringList>

namespace tracking {

struct MessageTrack {
    QString server;
    QString queueId;
    QString messageId; // without the angle brackets
    QString sender;
    QList<MessageEvent> events;
    bool finished = false; // "removed": the queue ID may be used again for another message

    QStringList recipients() const;
    QDateTime firstSeen() const { return events.isEmpty() ? QDateTime() : events.first().time; }
    // Queue IDs the next servers gave it, in the order they were handed on (each once).
    QStringList nextQueueIds() const;
    // Queue IDs of the delivery reports this server sent back for it.
    QStringList reportQueueIds() const;
};

} // namespace tracking
