#include "MessageFilter.h"

namespace queues {

bool MessageFilter::matches(const QueuedMessage &m) const {
    switch (state) {
    case State::All:
        break;
    case State::Active:
        if (m.state() != MessageState::Active)
            return false;
        break;
    case State::Ready:
        if (m.state() != MessageState::Ready)
            return false;
        break;
    case State::Retry:
        if (m.state() != MessageState::Retry)
            return false;
        break;
    case State::Frozen:
        if (m.state() != MessageState::Frozen)
            return false;
        break;
    }
    if (!sender.isEmpty() && !m.sender.contains(sender, Qt::CaseInsensitive))
        return false;
    if (!recipient.isEmpty()) {
        bool found = false;
        for (const QueuedRecipient &r : m.recipients)
            if (r.address.contains(recipient, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        if (!found)
            return false;
    }
    if (queue) {
        if (queue->kind() == QueueKey::Kind::PendingSubmission)
            return m.isPendingSubmission();
        if (m.isPendingSubmission())
            return false;
        return nextHops.keysFor(m).contains(*queue);
    }
    return true;
}

std::optional<MessageFilter::State> MessageFilter::stateFromName(const QString &name) {
    const QString n = name.trimmed().toLower();
    for (State s : {State::All, State::Active, State::Ready, State::Retry, State::Frozen})
        if (n == stateWord(s))
            return s;
    return std::nullopt;
}

QString MessageFilter::stateWord(State state) {
    switch (state) {
    case State::All:
        return QStringLiteral("all");
    case State::Active:
        return QStringLiteral("active");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Retry:
        return QStringLiteral("retry");
    case State::Frozen:
        return QStringLiteral("frozen");
    }
    return QString();
}

QString MessageFilter::stateLabel(State state) {
    switch (state) {
    case State::All:
        return tr("All");
    case State::Active:
        return QueuedMessage::stateName(MessageState::Active);
    case State::Ready:
        return QueuedMessage::stateName(MessageState::Ready);
    case State::Retry:
        return QueuedMessage::stateName(MessageState::Retry);
    case State::Frozen:
        return QueuedMessage::stateName(MessageState::Frozen);
    }
    return QString();
}

} // namespace queues
