#pragma once

// A message followed through our servers: where it was first found, then each server it was
// handed to (by the queue ID the next one gave it), and the delivery reports sent back for it.

#include "MessageTrack.h"

namespace tracking {

struct TrackedMessage {
    QList<MessageTrack> hops; // the first is where the search found it
    QList<MessageTrack> reports;

    // Every event of every hop and report, in the order they happened (a stable order for the
    // same second: a server's own order, servers in the order the message reached them).
    QList<MessageEvent> timeline() const;
    // Where it is now, in a few words: "Deferred on GW-B: connect to …", "Delivered", …
    QString outcome() const;
};

} // namespace tracking
