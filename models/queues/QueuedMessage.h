#pragma once

// One message in a mail queue as the queue listing tells it: queue ID, the Postfix queue it sits
// in, arrival, size, envelope sender and recipients with the reason each is still waiting. Shared
// between threads as an immutable value (MessagePtr): a message that changes is a new object.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace queues {

// Where Postfix keeps the file (postqueue -j "queue_name").
enum class PostfixQueue : quint8 { Maildrop, Incoming, Active, Deferred, Hold, Other };

// The message states the console shows, as ESM names them.
enum class MessageState : quint8 { Active, Ready, Retry, Frozen };

struct QueuedRecipient {
    QString address;
    QString reason; // delay_reason: why delivery is still pending; empty when Postfix has none

    friend bool operator==(const QueuedRecipient &a, const QueuedRecipient &b) {
        return a.address == b.address && a.reason == b.reason;
    }
};

struct QueuedMessage {
    Q_DECLARE_TR_FUNCTIONS(queues::QueuedMessage)
public:
    QString id;
    PostfixQueue queue = PostfixQueue::Other;
    bool forcedExpire = false; // postsuper -e: returned to the sender on the next attempt
    qint64 arrival = 0;        // seconds since the epoch
    qint64 size = 0;           // bytes of header and body
    QString sender;            // the envelope sender; Postfix lists an empty one as MAILER-DAEMON
    QList<QueuedRecipient> recipients;

    MessageState state() const;
    // Incoming and maildrop: not yet taken in by the queue manager.
    bool isPendingSubmission() const {
        return queue == PostfixQueue::Maildrop || queue == PostfixQueue::Incoming;
    }
    // The first reason a recipient is waiting for, or "".
    QString lastError() const;

    static QString stateName(MessageState state);
    static QString queueName(PostfixQueue queue); // "deferred", as Postfix spells it
    static PostfixQueue queueFromName(QStringView name);

    friend bool operator==(const QueuedMessage &a, const QueuedMessage &b);
    friend bool operator!=(const QueuedMessage &a, const QueuedMessage &b) { return !(a == b); }
};

using MessagePtr = std::shared_ptr<const QueuedMessage>;

// What one listing changed against the one before: the messages to add and to replace (same
// queue ID, new contents), and the IDs that are gone (only once the listing is complete).
struct QueueDelta {
    QList<MessagePtr> added;
    QList<MessagePtr> changed;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    qsizetype size() const { return added.size() + changed.size() + removed.size(); }
};

} // namespace queues

Q_DECLARE_METATYPE(queues::QueueDelta)
Q_DECLARE_METATYPE(queues::MessagePtr)
