#pragma once

// Every message of one queue source, keyed by queue ID: the flat set the queue and message models
// are views of. Takes the differences a listing streams in and applies them on the GUI thread in
// slices of a few milliseconds, then tells its models which messages came, changed and went, so
// they update by difference too, whatever the number of messages.

#include "QueuedMessage.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <vector>

namespace queues {

class MessageStore : public QObject {
    Q_OBJECT
public:
    static constexpr int SliceMs = 8;
    // Messages told to the models at a time within a slice.
    static constexpr int ChunkItems = 500;

    explicit MessageStore(QObject *parent = nullptr);

    // Queued; applied in slices from the event loop (at once with applyNow()).
    void apply(const QueueDelta &delta);
    void applyNow();
    void clear();

    qsizetype size() const { return qsizetype(m_messages.size()); }
    bool isEmpty() const { return m_messages.empty(); }
    MessagePtr find(const QString &id) const;
    bool contains(const QString &id) const { return m_rowOf.contains(id); }
    // In no particular order.
    const std::vector<MessagePtr> &messages() const { return m_messages; }
    // Differences received but not yet applied.
    bool isPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void messagesAdded(const QList<queues::MessagePtr> &messages);
    // Pairs: the message as it was, and as it is now (same queue ID).
    void messagesChanged(const QList<queues::MessagePtr> &before, const QList<queues::MessagePtr> &after);
    void messagesRemoved(const QList<queues::MessagePtr> &messages);
    void cleared();
    // Everything received so far is applied.
    void settled();

private:
    void pump();
    bool step(QList<MessagePtr> &added, QList<MessagePtr> &before, QList<MessagePtr> &after,
              QList<MessagePtr> &removed);

    std::vector<MessagePtr> m_messages;
    QHash<QString, qsizetype> m_rowOf;
    QList<QueueDelta> m_pending;
    qsizetype m_phase = 0; // 0 added, 1 changed, 2 removed, of m_pending.first()
    qsizetype m_at = 0;
    QTimer m_pump;
};

} // namespace queues
