#include "RetrySchedule.h"

#include <algorithm>

namespace queues {

RetrySchedule::RetrySchedule(qint64 minimalBackoff, qint64 maximalBackoff, qint64 lifetime) {
    minimalBackoff = std::max<qint64>(minimalBackoff, 1);
    maximalBackoff = std::max(maximalBackoff, minimalBackoff);
    qint64 at = 0;
    m_offsets.append(at);
    while (at <= lifetime) {
        at += std::clamp(at, minimalBackoff, maximalBackoff);
        m_offsets.append(at);
    }
}

qint64 RetrySchedule::nextAttempt(qint64 arrival, qint64 now) const {
    const qint64 age = std::max<qint64>(now - arrival, 0);
    const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), age);
    if (it == m_offsets.end())
        return -1;
    return arrival + *it;
}

qint64 RetrySchedule::earliestNextAttempt(const QMap<qint64, int> &arrivals, qint64 now) const {
    if (arrivals.isEmpty())
        return -1;
    qint64 best = -1;
    const auto consider = [&](qint64 candidate) {
        if (candidate >= 0 && (best < 0 || candidate < best))
            best = candidate;
    };
    // Messages from the future (clock skew) wait for the first offset after arrival.
    const auto future = arrivals.upperBound(now);
    if (future != arrivals.end())
        consider(future.key() + m_offsets.value(1));
    // Band k holds the messages whose age is in [offset k-1, offset k): their next attempt is at
    // arrival + offset k, so the band's oldest message is its earliest.
    for (qsizetype k = 1; k < m_offsets.size(); ++k) {
        const qint64 youngest = now - m_offsets.at(k - 1); // age == offset k-1
        const qint64 oldestExcluded = now - m_offsets.at(k);
        const auto it = arrivals.upperBound(oldestExcluded);
        if (it != arrivals.end() && it.key() <= youngest)
            consider(it.key() + m_offsets.at(k));
    }
    return best;
}

} // namespace queues
