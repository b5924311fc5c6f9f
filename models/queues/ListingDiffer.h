#pragma once

// Turns successive queue listings into differences: each listing is compared with the one before
// as it streams in, so only new and changed messages travel on, and the IDs that did not come
// back are reported once the listing is complete. Runs on the listing's worker thread.

#include "QueuedMessage.h"

#include <QHash>
#include <QSet>

namespace queues {

class ListingDiffer {
public:
    // A listing starts.
    void begin();
    // Messages of the listing in progress: what is new or different from the last snapshot.
    QueueDelta take(QList<QueuedMessage> &&messages);
    // The listing is complete: the IDs that were not seen are gone.
    QueueDelta end();
    // The listing broke off: what was seen stays, nothing is taken as gone.
    void abandon();

    qsizetype size() const { return m_current.size(); }

private:
    QHash<QString, MessagePtr> m_current; // the snapshot as it stands
    QSet<QString> m_seen;                 // IDs of the listing in progress
    bool m_listing = false;
};

} // namespace queues
