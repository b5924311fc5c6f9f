#pragma once

// The queues and messages of a source as the command line prints them: JSON for scripts
// ({"queues":[…],"messages":[…]}, times in ISO 8601 UTC) or aligned text for people.

#include "MessageListModel.h"
#include "QueueListModel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace queues {

class QueueReport {
    Q_DECLARE_TR_FUNCTIONS(queues::QueueReport)
public:
    QueueReport(const QueueListModel *queues, const MessageListModel *messages, const NextHops &nextHops);

    QJsonObject toJson() const;
    QString toText() const;

    static QString isoTime(qint64 secondsSinceEpoch); // "2026-12-01T08:18:22Z", "" for none
    // The name of the (first) queue a message is in.
    QString queueOf(const QueuedMessage &message) const;

private:
    const QueueListModel *m_queues;
    const MessageListModel *m_messages;
    NextHops m_nextHops;
};

} // namespace queues
