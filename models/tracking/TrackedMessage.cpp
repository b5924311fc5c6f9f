#include "TrackedMessage.h"

#include <QCoreApplication>

#include <algorithm>

namespace tracking {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(tracking::TrackedMessage)
};

} // namespace

QList<MessageEvent> TrackedMessage::timeline() const {
    QList<MessageEvent> out;
    for (const MessageTrack &t : hops)
        out += t.events;
    for (const MessageTrack &t : reports)
        out += t.events;
    std::stable_sort(out.begin(), out.end(),
                     [](const MessageEvent &a, const MessageEvent &b) { return a.time < b.time; });
    return out;
}

QString TrackedMessage::outcome() const {
    if (hops.isEmpty())
        return QString();
    const MessageTrack &last = hops.last();
    // The latest verdict per recipient on the last server it reached.
    QStringList parts;
    QStringList seen;
    for (qsizetype i = last.events.size() - 1; i >= 0; --i) {
        const MessageEvent &e = last.events[i];
        using Kind = MessageEvent::Kind;
        if (e.kind == Kind::Deleted)
            return Text::tr("Deleted on %1").arg(last.server);
        if (e.kind == Kind::Held && !last.finished)
            return Text::tr("Frozen on %1").arg(last.server);
        if (e.recipient.isEmpty() || seen.contains(e.recipient))
            continue;
        if (e.kind == Kind::Delivered || e.kind == Kind::Deferred || e.kind == Kind::Bounced) {
            seen.append(e.recipient);
            const QString what = e.kind == Kind::Delivered  ? Text::tr("delivered")
                                 : e.kind == Kind::Deferred ? Text::tr("waiting to be retried")
                                                            : Text::tr("bounced");
            parts.prepend(Text::tr("%1: %2 on %3").arg(e.recipient, what, last.server));
        }
    }
    if (parts.isEmpty())
        return last.finished ? Text::tr("Left the queue on %1").arg(last.server)
                             : Text::tr("In the queue on %1").arg(last.server);
    return parts.join(QLatin1String("; "));
}

} // namespace tracking
