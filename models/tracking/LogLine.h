#pragma once

// One line of a Postfix log, as maillog_file writes it ("Dec 01 09:10:52 gw1 postfix/smtp[9403]:
// 068ABA7230C: to=<…>, …") or the journal in its short-iso form ("2026-12-01T09:10:52+0000 gw1
// postfix/smtp[9403]: …"): when, which program of which service, the queue ID it is about, and
// the rest. The classic form has no year: the year is the one that puts the line closest before
// `now`.

#include <QDateTime>
#include <QString>

#include <optional>

namespace tracking {

struct LogLine {
    QDateTime time;
    QString host;
    QString tag;     // "postfix-gwa/smtp", "postfix/bh-gw1-vs1/smtpd"
    QString program; // the last part of the tag: "smtp", "smtpd", "qmgr" …
    QString service; // what is between the first and last part, for listeners: "bh-gw1-vs1"
    QString queueId; // empty for lines about no message ("connect from …", "NOQUEUE: …")
    QString text;    // after "ID: "

    // Lines that are not Postfix's (no "postfix…/program[pid]:" tag) give nothing.
    static std::optional<LogLine> parse(const QString &line, const QDateTime &now);
};

} // namespace tracking
