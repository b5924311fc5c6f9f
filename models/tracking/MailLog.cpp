#include "MailLog.h"

#include "TrackQuery.h"

#include <QRegularExpression>

namespace tracking {

namespace {

QString between(const QString &text, const QString &start, QChar end) {
    const qsizetype at = text.indexOf(start);
    if (at < 0)
        return QString();
    const qsizetype from = at + start.size();
    const qsizetype to = text.indexOf(end, from);
    return text.mid(from, to < 0 ? -1 : to - from);
}

} // namespace

MailLog::MailLog(const QString &server, const QByteArray &text, const QDateTime &now)
    : m_server(server) {
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++m_lines;
        if (const std::optional<LogLine> line =
                LogLine::parse(QString::fromUtf8(text.constData() + start, end - start), now))
            add(*line);
        start = end + 1;
    }
}

MessageEvent MailLog::event(MessageEvent::Kind kind, const LogLine &line) const {
    MessageEvent e;
    e.kind = kind;
    e.time = line.time;
    e.server = m_server;
    e.queueId = line.queueId;
    return e;
}

MessageTrack &MailLog::current(const QString &queueId, bool startsMessage) {
    const auto open = m_open.constFind(queueId);
    if (open != m_open.cend() && !(startsMessage && m_tracks[*open].finished))
        return m_tracks[*open];
    MessageTrack track;
    track.server = m_server;
    track.queueId = queueId;
    m_tracks.append(track);
    m_open.insert(queueId, m_tracks.size() - 1);
    return m_tracks.last();
}

void MailLog::add(const LogLine &line) {
    using Kind = MessageEvent::Kind;
    const QString &text = line.text;
    if (line.queueId.isEmpty()) {
        // "NOQUEUE: reject: RCPT from host[ip]: 554 5.7.1 <r>: …; from=<s> to=<r> proto=ESMTP helo=<h>"
        if (line.program == QLatin1String("smtpd") && text.startsWith(QLatin1String("NOQUEUE: reject: "))) {
            MessageEvent e = event(Kind::Refused, line);
            e.listener = line.service.isEmpty() ? line.program : line.service;
            e.client = between(text, QStringLiteral(" from "), QLatin1Char(':'));
            const qsizetype replyAt =
                text.indexOf(QStringLiteral(": "), text.indexOf(QStringLiteral(" from ")));
            const qsizetype replyEnd = text.lastIndexOf(QStringLiteral("; from=<"));
            if (replyAt > 0 && replyEnd > replyAt)
                e.reply = text.mid(replyAt + 2, replyEnd - replyAt - 2);
            e.sender = between(text, QStringLiteral("; from=<"), QLatin1Char('>'));
            e.recipient = between(text, QStringLiteral(" to=<"), QLatin1Char('>'));
            m_refusals.append(e);
        }
        return;
    }
    const QString &program = line.program;
    if (program == QLatin1String("smtpd") && text.startsWith(QLatin1String("client="))) {
        MessageTrack &t = current(line.queueId, true);
        MessageEvent e = event(Kind::Received, line);
        e.listener = line.service.isEmpty() ? program : line.service;
        e.client = text.mid(7).section(QLatin1Char(','), 0, 0);
        t.events.append(e);
        return;
    }
    if (program == QLatin1String("pickup") && text.startsWith(QLatin1String("uid="))) {
        MessageTrack &t = current(line.queueId, true);
        t.sender = between(text, QStringLiteral("from=<"), QLatin1Char('>'));
        t.events.append(event(Kind::Received, line));
        return;
    }
    MessageTrack &t = current(line.queueId, false);
    if (program == QLatin1String("cleanup") && text.startsWith(QLatin1String("message-id="))) {
        t.messageId = text.mid(11).trimmed();
        if (t.messageId.startsWith(QLatin1Char('<')) && t.messageId.endsWith(QLatin1Char('>')))
            t.messageId = t.messageId.mid(1, t.messageId.size() - 2);
        return;
    }
    if (program == QLatin1String("qmgr")) {
        if (text == QLatin1String("removed")) {
            t.events.append(event(Kind::Removed, line));
            t.finished = true;
        } else if (text.contains(QLatin1String("status=expired"))) {
            t.events.append(event(Kind::Expired, line));
        } else if (text.startsWith(QLatin1String("from=<"))) {
            t.sender = between(text, QStringLiteral("from=<"), QLatin1Char('>'));
            // qmgr says it each time the message enters the active queue: once is the news.
            for (const MessageEvent &e : t.events)
                if (e.kind == Kind::Queued)
                    return;
            MessageEvent e = event(Kind::Queued, line);
            e.sender = t.sender;
            e.size = between(text, QStringLiteral("size="), QLatin1Char(',')).toLongLong();
            e.recipients = between(text, QStringLiteral("nrcpt="), QLatin1Char(' ')).toInt();
            t.events.append(e);
        }
        return;
    }
    if (program == QLatin1String("bounce") && text.contains(QLatin1String(" notification: "))) {
        MessageEvent e = event(Kind::Report, line);
        e.nextQueueId = text.section(QStringLiteral(" notification: "), 1).trimmed();
        t.events.append(e);
        return;
    }
    if (program == QLatin1String("postsuper")) {
        static const QHash<QString, Kind> actions{
            {QStringLiteral("placed on hold"), Kind::Held},
            {QStringLiteral("released from hold"), Kind::Released},
            {QStringLiteral("removed"), Kind::Deleted},
            {QStringLiteral("requeued"), Kind::Requeued},
            {QStringLiteral("expired"), Kind::Expired},
        };
        if (const auto it = actions.constFind(text); it != actions.cend()) {
            t.events.append(event(*it, line));
            if (*it == Kind::Deleted)
                t.finished = true;
        }
        return;
    }
    // A delivery agent's verdict: "to=<r>, [orig_to=<o>,] relay=…, delay=…, delays=…, dsn=…, status=… (…)".
    static const QRegularExpression attempt(
        QStringLiteral("^to=<([^>]*)>, (?:orig_to=<[^>]*>, )?relay=([^,]*), (?:conn_use=\\d+, "
                       ")?delay=([^,]*), delays=[^,]*, "
                       "dsn=([^,]*), status=(\\w+)(?: \\((.*)\\))?$"));
    const QRegularExpressionMatch m = attempt.match(text);
    if (!m.hasMatch())
        return;
    const QString status = m.captured(5);
    Kind kind = Kind::Deferred;
    if (status == QLatin1String("sent"))
        kind = Kind::Delivered;
    else if (status == QLatin1String("bounced"))
        kind = Kind::Bounced;
    else if (status == QLatin1String("expired"))
        kind = Kind::Expired;
    MessageEvent e = event(kind, line);
    e.recipient = m.captured(1);
    e.relay = m.captured(2);
    e.delay = m.captured(3);
    e.dsn = m.captured(4);
    e.reply = m.captured(6);
    if (kind == Kind::Delivered) {
        static const QRegularExpression queuedAs(QStringLiteral("queued as ([0-9A-Za-z]+)"));
        e.nextQueueId = queuedAs.match(e.reply).captured(1);
    }
    t.events.append(e);
}

const MessageTrack *MailLog::find(const QString &queueId, const QString &messageId,
                                  const QDateTime &from) const {
    for (const MessageTrack &t : m_tracks) {
        if (t.queueId != queueId)
            continue;
        if (!messageId.isEmpty() && !t.messageId.isEmpty() && t.messageId != messageId)
            continue;
        // A line written in the same second can sort either way across two logs.
        if (from.isValid() && t.firstSeen().isValid() && t.firstSeen() < from.addSecs(-1))
            continue;
        return &t;
    }
    return nullptr;
}

QList<const MessageTrack *> MailLog::matching(const TrackQuery &query) const {
    QList<const MessageTrack *> out;
    for (const MessageTrack &t : m_tracks)
        if (query.matches(t))
            out.append(&t);
    return out;
}

} // namespace tracking
