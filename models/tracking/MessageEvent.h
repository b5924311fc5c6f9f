#pragma once

// One thing that happened to a message on one server, read from a log line: accepted by a
// listener, queued, a delivery attempt with its outcome and the remote reply, a report sent back,
// held, released or deleted by an administrator, or gone from the queue.

#include <QDateTime>
#include <QString>

namespace tracking {

struct MessageEvent {
    enum class Kind {
        Received,  // smtpd took it in (or pickup, for local submission)
        Refused,   // smtpd refused a recipient before the message was queued (NOQUEUE)
        MessageId, // cleanup read its Message-ID
        Queued,    // qmgr: sender, size, recipients
        Delivered, // status=sent
        Deferred,  // status=deferred: it will be tried again
        Bounced,   // status=bounced
        Expired,   // too long in the queue, returned to the sender
        Report,    // a delivery status notification was sent, as another message
        Held,
        Released,
        Deleted,
        Requeued,
        Removed, // done: no longer in the queue
    };

    Kind kind = Kind::Queued;
    QDateTime time;
    QString server; // the server whose log it is in
    QString queueId;
    QString listener;    // Received: the smtpd service, "bh-gw1-vs1"; its virtual server when known
    QString client;      // Received: "localhost[127.0.0.1]"
    QString sender;      // Queued, Refused
    QString recipient;   // attempts, Refused
    QString relay;       // attempts: "127.0.0.1[127.0.0.1]:54943", "none"
    QString delay;       // attempts: seconds, as logged
    QString dsn;         // "4.4.1"
    QString reply;       // what the remote server (or Postfix) said
    QString nextQueueId; // Delivered: the queue ID the next server gave ("queued as …"); Report: the report's
    qint64 size = -1;
    int recipients = -1;

    // One line for a timeline: "Deferred for ann@contoso.com after 0.01 s: connect to …".
    QString describe() const;
};

} // namespace tracking
