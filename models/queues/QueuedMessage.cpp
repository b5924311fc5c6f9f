#include "QueuedMessage.h"

namespace queues {

MessageState QueuedMessage::state() const {
    switch (queue) {
    case PostfixQueue::Active:
        return MessageState::Active;
    case PostfixQueue::Hold:
        return MessageState::Frozen;
    case PostfixQueue::Deferred:
        return MessageState::Retry;
    case PostfixQueue::Maildrop:
    case PostfixQueue::Incoming:
    case PostfixQueue::Other:
        break;
    }
    return MessageState::Ready;
}

QString QueuedMessage::lastError() const {
    for (const QueuedRecipient &r : recipients)
        if (!r.reason.isEmpty())
            return r.reason;
    return QString();
}

QString QueuedMessage::stateName(MessageState state) {
    switch (state) {
    case MessageState::Active:
        return tr("Active");
    case MessageState::Ready:
        return tr("Ready");
    case MessageState::Retry:
        return tr("Retry");
    case MessageState::Frozen:
        return tr("Frozen");
    }
    return QString();
}

QString QueuedMessage::queueName(PostfixQueue queue) {
    switch (queue) {
    case PostfixQueue::Maildrop:
        return QStringLiteral("maildrop");
    case PostfixQueue::Incoming:
        return QStringLiteral("incoming");
    case PostfixQueue::Active:
        return QStringLiteral("active");
    case PostfixQueue::Deferred:
        return QStringLiteral("deferred");
    case PostfixQueue::Hold:
        return QStringLiteral("hold");
    case PostfixQueue::Other:
        break;
    }
    return QString();
}

PostfixQueue QueuedMessage::queueFromName(QStringView name) {
    if (name == u"deferred")
        return PostfixQueue::Deferred;
    if (name == u"active")
        return PostfixQueue::Active;
    if (name == u"hold")
        return PostfixQueue::Hold;
    if (name == u"incoming")
        return PostfixQueue::Incoming;
    if (name == u"maildrop")
        return PostfixQueue::Maildrop;
    return PostfixQueue::Other;
}

bool operator==(const QueuedMessage &a, const QueuedMessage &b) {
    return a.id == b.id && a.queue == b.queue && a.forcedExpire == b.forcedExpire && a.arrival == b.arrival &&
           a.size == b.size && a.sender == b.sender && a.recipients == b.recipients;
}

} // namespace queues
