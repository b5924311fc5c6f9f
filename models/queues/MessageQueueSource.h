#pragma once

// A mail transfer agent's queue as the viewer, Find Messages and the command line use it: listing
// (streamed as differences between snapshots), actions on messages by queue ID, and headers.
// PostfixSource implements it; another MTA would implement the same calls.

#include "ListingResult.h"
#include "NextHops.h"
#include "QueueReplies.h"
#include "QueuedMessage.h"
#include "RetrySchedule.h"

#include <QObject>

namespace queues {

class MessageQueueSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~MessageQueueSource() override = default;

    // "Postfix in /etc/postfix via ssh root@gw1".
    virtual QString displayName() const = 0;

    // Lists the queue again: refreshStarted(), then delta() batches, then refreshFinished().
    // Ignored while a listing runs.
    virtual void refresh() = 0;
    virtual void cancelRefresh() = 0;
    virtual bool isRefreshing() const = 0;

    // How the instance routes and retries, as far as the viewer needs it (known once a listing has
    // started; settingsChanged() says when it is).
    virtual NextHops nextHops() const = 0;
    virtual QString hostName() const = 0;
    virtual RetrySchedule retrySchedule() const = 0;

    // Acts on messages by queue ID (IDs that are not queue IDs are refused, never passed on).
    virtual ActionReply *act(MessageAction action, const QStringList &ids) = 0;
    // Tries every deferred message now.
    virtual ActionReply *retryAll() = 0;
    // The headers of these messages; for more than one, Subject and From are what callers want.
    virtual HeaderReply *fetchHeaders(const QStringList &ids) = 0;

Q_SIGNALS:
    void refreshStarted();
    void delta(const queues::QueueDelta &delta);
    void refreshFinished(const queues::ListingResult &result);
    void settingsChanged();
    // An action changed the queue: a refresh shows it.
    void queueChanged();
};

} // namespace queues
