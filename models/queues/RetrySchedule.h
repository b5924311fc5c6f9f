#pragma once

// Estimates when Postfix will next try a deferred message. After each failed attempt the queue
// manager waits as long as the message has been queued, but at least minimal_backoff_time and at
// most maximal_backoff_time, so the attempts of a message that keeps failing fall at fixed offsets
// from its arrival (0, 300 s, 600 s, 1200 s, … with the defaults). postqueue does not tell the real
// time (it is the deferred file's modification time), so this is an estimate: an explicit flush or
// a restart moves it, and the queue manager's scan interval can add up to queue_run_delay.

#include <QList>
#include <QMap>

namespace queues {

class RetrySchedule {
public:
    RetrySchedule(qint64 minimalBackoff = 300, qint64 maximalBackoff = 4000, qint64 lifetime = 5 * 86400);

    // The next attempt (seconds since the epoch) of a message that arrived at `arrival`, seen at
    // `now`; -1 when it is past its lifetime (its next attempt returns it to the sender).
    qint64 nextAttempt(qint64 arrival, qint64 now) const;
    // The earliest next attempt among messages with these arrival times (time → count); -1 if none.
    qint64 earliestNextAttempt(const QMap<qint64, int> &arrivals, qint64 now) const;

    const QList<qint64> &offsets() const { return m_offsets; }

private:
    QList<qint64> m_offsets; // attempt times after arrival, ascending, starting with 0
};

} // namespace queues
