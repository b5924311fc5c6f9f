#include "TrackQuery.h"

#include <QRegularExpression>

namespace tracking {

std::optional<TrackQuery> TrackQuery::create(Kind kind, const QString &value, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<TrackQuery>();
    };
    const QString v = value.trimmed();
    if (v.isEmpty())
        return fail(tr("Enter what to look for."));
    switch (kind) {
    case Kind::QueueId: {
        static const QRegularExpression id(QStringLiteral("^[0-9A-Za-z]{6,24}$"));
        if (!id.match(v).hasMatch())
            return fail(tr("\"%1\" is not a Postfix queue ID: those are 6 to 24 letters and digits, such as "
                           "068ABA7230C.")
                            .arg(v));
        break;
    }
    case Kind::Sender:
    case Kind::Recipient:
        if (v.contains(QLatin1Char(' ')) || v.contains(QLatin1Char('<')) || v.contains(QLatin1Char('>')))
            return fail(tr("\"%1\" is not an address: leave out spaces and angle brackets.").arg(v));
        break;
    case Kind::Token:
        if (v.contains(QLatin1Char(' ')))
            return fail(tr("A test message's token has no spaces, as in BH-k7m2q9x4ab3c."));
        break;
    }
    TrackQuery q;
    q.m_kind = kind;
    q.m_value = v;
    return q;
}

bool TrackQuery::matches(const MessageTrack &track) const {
    switch (m_kind) {
    case Kind::QueueId:
        return track.queueId == m_value;
    case Kind::Sender:
        return track.sender.compare(m_value, Qt::CaseInsensitive) == 0;
    case Kind::Recipient:
        return track.recipients().contains(m_value, Qt::CaseInsensitive);
    case Kind::Token:
        return track.messageId.contains(m_value, Qt::CaseInsensitive);
    }
    return false;
}

bool TrackQuery::matchesRefusal(const MessageEvent &event) const {
    if (m_kind == Kind::Sender)
        return event.sender.compare(m_value, Qt::CaseInsensitive) == 0;
    if (m_kind == Kind::Recipient)
        return event.recipient.compare(m_value, Qt::CaseInsensitive) == 0;
    return false;
}

QString TrackQuery::describe() const {
    switch (m_kind) {
    case Kind::QueueId:
        return tr("queue ID %1").arg(m_value);
    case Kind::Sender:
        return tr("sender %1").arg(m_value);
    case Kind::Recipient:
        return tr("recipient %1").arg(m_value);
    case Kind::Token:
        return tr("test message %1").arg(m_value);
    }
    return QString();
}

} // namespace tracking
