#include "ListingDiffer.h"

namespace queues {

void ListingDiffer::begin() {
    m_seen.clear();
    m_seen.reserve(m_current.size());
    m_listing = true;
}

QueueDelta ListingDiffer::take(QList<QueuedMessage> &&messages) {
    QueueDelta delta;
    for (QueuedMessage &m : messages) {
        m_seen.insert(m.id);
        auto it = m_current.find(m.id);
        if (it == m_current.end()) {
            auto ptr = std::make_shared<const QueuedMessage>(std::move(m));
            m_current.insert(ptr->id, ptr);
            delta.added.append(std::move(ptr));
        } else if (**it != m) {
            // A message listed twice in one run (it moved between queues meanwhile) ends up as its
            // last listing says.
            auto ptr = std::make_shared<const QueuedMessage>(std::move(m));
            *it = ptr;
            delta.changed.append(std::move(ptr));
        }
    }
    return delta;
}

QueueDelta ListingDiffer::end() {
    QueueDelta delta;
    if (!m_listing)
        return delta;
    m_listing = false;
    for (auto it = m_current.begin(); it != m_current.end();) {
        if (!m_seen.contains(it.key())) {
            delta.removed.append(it.key());
            it = m_current.erase(it);
        } else {
            ++it;
        }
    }
    m_seen.clear();
    return delta;
}

void ListingDiffer::abandon() {
    m_listing = false;
    m_seen.clear();
}

} // namespace queues
