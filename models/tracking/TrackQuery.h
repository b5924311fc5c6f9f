#pragma once

// What to look for in the logs: a queue ID, a sender or recipient address, or the token of a test
// message (it is in the test message's Message-ID, which cleanup logs). Checked here.

#include "MessageTrack.h"

#include <QCoreApplication>

#include <optional>

namespace tracking {

class TrackQuery {
    Q_DECLARE_TR_FUNCTIONS(tracking::TrackQuery)
public:
    enum class Kind { QueueId, Sender, Recipient, Token };

    static std::optional<TrackQuery> create(Kind kind, const QString &value, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    QString value() const { return m_value; }
    bool matches(const MessageTrack &track) const;
    // A refusal before queueing (it has a sender and recipient, no queue ID).
    bool matchesRefusal(const MessageEvent &event) const;
    // "queue ID 068ABA7230C", "sender ann@contoso.com" …
    QString describe() const;

private:
    Kind m_kind = Kind::QueueId;
    QString m_value;
};

} // namespace tracking
