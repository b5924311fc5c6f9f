#pragma once

// A test message as "Send Test Message" writes it: sender, recipients, a subject that says what it
// is and when ("Bridgehead test message 2026-12-01 08:18 [BH-…]"), and a token unique to this
// message, in the subject and in a header of its own, so Find Messages can find exactly it.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace smtp {

class TestMessage {
    Q_DECLARE_TR_FUNCTIONS(smtp::TestMessage)
public:
    // A new message with a fresh token and the default subject for `now`.
    static TestMessage create(const QString &from, const QStringList &to,
                              const QDateTime &now = QDateTime::currentDateTime());
    static QString newToken();
    static QString defaultSubject(const QString &token, const QDateTime &now);

    // An address a server will take in MAIL FROM / RCPT TO: local@domain, no spaces, brackets or
    // line breaks. Returns the reason, or "".
    static QString validateAddress(const QString &address);

    QString from;
    QStringList to;
    QString subject;
    QString token;
    QDateTime date;

    // The message as it goes after DATA: CRLF line ends, dot-stuffed, with the closing ".".
    QByteArray toData(const QString &heloName) const;
    // Header lines and body as written (for the transcript), without the dot-stuffing.
    QStringList lines(const QString &heloName) const;
    // Non-ASCII in an address needs the server's SMTPUTF8.
    bool needsSmtpUtf8() const;
};

} // namespace smtp
