#pragma once

// Finds messages in one server's log and follows each through the logs of the others: a delivery
// whose remote reply says "queued as ID" continues as that ID on whichever server logged it with
// the same Message-ID. Delivery reports (non-delivery notifications) are followed the same way.

#include "MailLog.h"
#include "TrackQuery.h"
#include "TrackedMessage.h"

namespace tracking {

class Tracker {
public:
    // `logs[start]` is where to look; the others are where a message may have been handed to.
    // The refusals (NOQUEUE) on that server matching the query come back in *refusals.
    static QList<TrackedMessage> track(const QList<const MailLog *> &logs, int start, const TrackQuery &query,
                                       QList<MessageEvent> *refusals = nullptr);

private:
    static void follow(const QList<const MailLog *> &logs, const MessageTrack &from,
                       QList<MessageTrack> &into, int depth);
};

} // namespace tracking
