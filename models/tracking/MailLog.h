#pragma once

// One server's Postfix log, read into messages: every queue ID's track (a queue ID used again
// after its message left the queue starts a new track), and the recipients smtpd refused before
// anything was queued. Parsing is plain work on text; callers with a large log run it off the GUI
// thread.

#include "LogLine.h"
#include "MessageTrack.h"

#include <QHash>

namespace tracking {

class TrackQuery;

class MailLog {
public:
    MailLog() = default;
    MailLog(const QString &server, const QByteArray &text,
            const QDateTime &now = QDateTime::currentDateTime());

    QString server() const { return m_server; }
    int lineCount() const { return m_lines; }
    const QList<MessageTrack> &tracks() const { return m_tracks; }
    const QList<MessageEvent> &refusals() const { return m_refusals; }

    // The track with this queue ID (and, if given, this Message-ID) first seen at or after `from`.
    const MessageTrack *find(const QString &queueId, const QString &messageId = QString(),
                             const QDateTime &from = QDateTime()) const;
    QList<const MessageTrack *> matching(const TrackQuery &query) const;

private:
    void add(const LogLine &line);
    MessageTrack &current(const QString &queueId, bool startsMessage);
    MessageEvent event(MessageEvent::Kind kind, const LogLine &line) const;

    QString m_server;
    int m_lines = 0;
    QList<MessageTrack> m_tracks;
    QHash<QString, qsizetype> m_open; // queue ID → its latest track
    QList<MessageEvent> m_refusals;
};

} // namespace tracking
