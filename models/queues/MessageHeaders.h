#pragma once

// The header of a queued message as postcat prints it, and the fields the queue viewer shows of
// it: Subject and From decoded (RFC 2047 encoded words, raw UTF-8 or Latin-1), Message-ID, and,
// from the envelope when it was asked for, the listener that took the message in.

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace queues {

struct MessageHeaders {
    QString text;    // the header lines as the message has them
    QString subject; // decoded and unfolded
    QString from;
    QString messageId;
    QString serverAddress; // the smtpd listener it came in on (envelope), "" when unknown
    int serverPort = 0;

    // From the header block (the lines before the first empty line).
    static MessageHeaders fromHeaderBlock(const QByteArray &block);
    // One header's value, unfolded, decoded; "" when absent. Names compare without case.
    static QString field(const QByteArray &block, const QByteArray &name);
    // RFC 2047: "=?UTF-8?B?…?=" and "=?iso-8859-1?Q?…?=" words decoded, the rest read as UTF-8
    // (Latin-1 when it is not valid UTF-8).
    static QString decode(const QByteArray &value);
    static QString bytesToText(const QByteArray &bytes);
};

// Reads `postcat -ehq ID…` output: one envelope and header per message between its section
// markers ("*** ENVELOPE RECORDS deferred/1/ID ***" …), keyed by queue ID.
struct PostcatOutput {
    static QHash<QString, MessageHeaders> parse(const QByteArray &output);
    // The queue ID postcat names in "postcat: fatal: open queue file ID: No such file …", or "".
    static QString missingId(const QString &stderrText);
};

} // namespace queues

Q_DECLARE_METATYPE(queues::MessageHeaders)
