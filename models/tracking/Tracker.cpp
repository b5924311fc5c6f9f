#include "Tracker.h"

namespace tracking {

namespace {

constexpr int MaxHops = 16; // a mail loop ends here

bool contains(const QList<MessageTrack> &tracks, const MessageTrack &t) {
    for (const MessageTrack &known : tracks)
        if (known.server == t.server && known.queueId == t.queueId && known.firstSeen() == t.firstSeen())
            return true;
    return false;
}

} // namespace

void Tracker::follow(const QList<const MailLog *> &logs, const MessageTrack &from, QList<MessageTrack> &into,
                     int depth) {
    if (depth >= MaxHops)
        return;
    for (const QString &next : from.nextQueueIds()) {
        QDateTime handedOn;
        for (const MessageEvent &e : from.events)
            if (e.nextQueueId == next && !handedOn.isValid())
                handedOn = e.time;
        for (const MailLog *log : logs) {
            const MessageTrack *t = log->find(next, from.messageId, handedOn);
            if (!t || contains(into, *t) || (t->server == from.server && t->queueId == from.queueId))
                continue;
            into.append(*t);
            follow(logs, *t, into, depth + 1);
            break;
        }
    }
}

QList<TrackedMessage> Tracker::track(const QList<const MailLog *> &logs, int start, const TrackQuery &query,
                                     QList<MessageEvent> *refusals) {
    QList<TrackedMessage> out;
    if (start < 0 || start >= logs.size())
        return out;
    const MailLog *first = logs.at(start);
    for (const MessageTrack *t : first->matching(query)) {
        TrackedMessage message;
        message.hops.append(*t);
        follow(logs, *t, message.hops, 0);
        // Reports come back from whichever hop gave up; they are messages of their own.
        for (const MessageTrack &hop : QList<MessageTrack>(message.hops)) {
            const MailLog *log = nullptr;
            for (const MailLog *l : logs)
                if (l->server() == hop.server)
                    log = l;
            for (const QString &report : hop.reportQueueIds())
                if (const MessageTrack *r = log ? log->find(report, QString(), hop.firstSeen()) : nullptr) {
                    message.reports.append(*r);
                    follow(logs, *r, message.reports, 0);
                }
        }
        out.append(message);
    }
    if (refusals)
        for (const MessageEvent &e : first->refusals())
            if (query.matchesRefusal(e))
                refusals->append(e);
    return out;
}

} // namespace tracking
