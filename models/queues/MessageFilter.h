#pragma once

// What Find Messages (and the command line's --sender/--recipient/--state) asks for: sender and
// recipient as case-insensitive parts of the address, a message state, and optionally one queue.
// The subject is not here: it is not in the listing, so SubjectSearch matches it afterwards.

#include "NextHops.h"
#include "QueueKey.h"
#include "QueuedMessage.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace queues {

struct MessageFilter {
    Q_DECLARE_TR_FUNCTIONS(queues::MessageFilter)
public:
    enum class State { All, Active, Ready, Retry, Frozen };

    QString sender;
    QString recipient;
    State state = State::All;
    std::optional<QueueKey> queue;
    NextHops nextHops; // how queues are formed, for `queue`

    bool matches(const QueuedMessage &message) const;
    bool isEmpty() const { return sender.isEmpty() && recipient.isEmpty() && state == State::All && !queue; }

    // "all", "active", "ready", "retry", "frozen" (the command line's words) and back.
    static std::optional<State> stateFromName(const QString &name);
    static QString stateWord(State state);
    // The choices Find Messages offers, in its order, with their labels.
    static QList<State> states() {
        return {State::All, State::Frozen, State::Retry, State::Active, State::Ready};
    }
    static QString stateLabel(State state);
};

} // namespace queues
