#include "MessageStore.h"

#include <QElapsedTimer>

namespace queues {

MessageStore::MessageStore(QObject *parent)
    : QObject(parent) {
    m_pump.setSingleShot(true);
    m_pump.setInterval(0);
    connect(&m_pump, &QTimer::timeout, this, &MessageStore::pump);
}

MessagePtr MessageStore::find(const QString &id) const {
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.constEnd() ? MessagePtr() : m_messages[size_t(*it)];
}

void MessageStore::apply(const QueueDelta &delta) {
    if (delta.isEmpty())
        return;
    m_pending.append(delta);
    if (!m_pump.isActive())
        m_pump.start();
}

void MessageStore::applyNow() {
    m_pump.stop();
    while (!m_pending.isEmpty()) {
        QList<MessagePtr> added, before, after, removed;
        while (step(added, before, after, removed)) {
        }
        if (!added.isEmpty())
            Q_EMIT messagesAdded(added);
        if (!before.isEmpty())
            Q_EMIT messagesChanged(before, after);
        if (!removed.isEmpty())
            Q_EMIT messagesRemoved(removed);
    }
    Q_EMIT settled();
}

void MessageStore::clear() {
    m_pending.clear();
    m_phase = m_at = 0;
    m_pump.stop();
    m_messages.clear();
    m_rowOf.clear();
    Q_EMIT cleared();
}

// Applies one item of the first pending delta; false when that delta is done.
bool MessageStore::step(QList<MessagePtr> &added, QList<MessagePtr> &before, QList<MessagePtr> &after,
                        QList<MessagePtr> &removed) {
    QueueDelta &d = m_pending.first();
    const auto next = [&] {
        ++m_phase;
        m_at = 0;
    };
    if (m_phase == 0) {
        if (m_at >= d.added.size()) {
            next();
            return true;
        }
        const MessagePtr &m = d.added.at(m_at++);
        const auto it = m_rowOf.constFind(m->id);
        if (it != m_rowOf.constEnd()) {
            before.append(m_messages[size_t(*it)]);
            after.append(m);
            m_messages[size_t(*it)] = m;
        } else {
            m_rowOf.insert(m->id, qsizetype(m_messages.size()));
            m_messages.push_back(m);
            added.append(m);
        }
        return true;
    }
    if (m_phase == 1) {
        if (m_at >= d.changed.size()) {
            next();
            return true;
        }
        const MessagePtr &m = d.changed.at(m_at++);
        const auto it = m_rowOf.constFind(m->id);
        if (it == m_rowOf.constEnd()) {
            m_rowOf.insert(m->id, qsizetype(m_messages.size()));
            m_messages.push_back(m);
            added.append(m);
        } else {
            before.append(m_messages[size_t(*it)]);
            after.append(m);
            m_messages[size_t(*it)] = m;
        }
        return true;
    }
    if (m_at >= d.removed.size()) {
        m_pending.removeFirst();
        m_phase = m_at = 0;
        return false;
    }
    const QString &id = d.removed.at(m_at++);
    const auto it = m_rowOf.find(id);
    if (it != m_rowOf.end()) {
        // The set has no order, so the last message takes the removed one's place.
        const qsizetype row = *it;
        removed.append(m_messages[size_t(row)]);
        m_rowOf.erase(it);
        const qsizetype last = qsizetype(m_messages.size()) - 1;
        if (row != last) {
            m_messages[size_t(row)] = std::move(m_messages[size_t(last)]);
            m_rowOf[m_messages[size_t(row)]->id] = row;
        }
        m_messages.pop_back();
    }
    return true;
}

void MessageStore::pump() {
    QElapsedTimer t;
    t.start();
    QList<MessagePtr> added, before, after, removed;
    const auto emitSlice = [&] {
        if (!added.isEmpty())
            Q_EMIT messagesAdded(added);
        if (!before.isEmpty())
            Q_EMIT messagesChanged(before, after);
        if (!removed.isEmpty())
            Q_EMIT messagesRemoved(removed);
        added.clear();
        before.clear();
        after.clear();
        removed.clear();
    };
    // Chunks, each told to the models at once, so the time measured includes their share.
    while (!m_pending.isEmpty() && t.elapsed() < SliceMs) {
        for (int n = 0; n < ChunkItems && !m_pending.isEmpty(); ++n) {
            // Each delta's changes go out before the next delta's, so a message that left in one
            // and came back in the next ends up present.
            if (!step(added, before, after, removed))
                break;
        }
        emitSlice();
    }
    if (!m_pending.isEmpty())
        m_pump.start();
    else
        Q_EMIT settled();
}

} // namespace queues
