#include "QueueFileWriter.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace bench {

namespace {

// A record: type, length (7 bits a byte, low bits first, high bit for "more"), data.
void record(QByteArray &out, char type, const QByteArray &data) {
    out += type;
    qsizetype len = data.size();
    do {
        char ch = char(len & 0x7f);
        len >>= 7;
        if (len)
            ch = char(ch | 0x80);
        out += ch;
    } while (len);
    out += data;
}

QByteArray sizeRecord(qint64 segment, qint64 offset, qint64 recipients, qint64 content) {
    return QString::asprintf("%15lld %15lld %15lld %15d %15lld %15d", segment, offset, recipients, 0, content,
                             0)
        .toLatin1();
}

} // namespace

QueueFileWriter::QueueFileWriter(const QString &queueDirectory)
    : m_queue(queueDirectory) {
    for (const char *d : {"deferred", "defer"})
        for (const char c : QByteArray("0123456789ABCDEF"))
            QDir(m_queue).mkpath(QStringLiteral("%1/%2").arg(QLatin1String(d)).arg(QLatin1Char(c)));
}

QString QueueFileWriter::write(const QString &sender, const QStringList &recipients, const QString &subject,
                               qint64 arrival, const QString &reason) {
    // Short-ID style: upper-case hex, unique within the run.
    const QString id = QStringLiteral("%1").arg(0xA000000000LL + m_next++, 10, 16).toUpper();
    const QByteArray head = "Received: by gw1.test.invalid (Postfix, from userid 0)\n\tid " + id.toLatin1() +
                            "; Tue,  1 Dec 2026 08:00:00 +0000 (UTC)\nFrom: " + sender.toUtf8() +
                            "\nTo: " + recipients.join(QStringLiteral(", ")).toUtf8() +
                            "\nSubject: " + subject.toUtf8() + "\nMessage-Id: <" + id.toLatin1() +
                            "@gw1.test.invalid>\nDate: Tue,  1 Dec 2026 "
                            "08:00:00 +0000 (UTC)\n\n";
    QByteArray body;
    for (int i = 0; i < 14; ++i)
        body += "A line of the body of a benchmark message, long enough to look like real mail.\n";
    const QByteArray content = head + body;

    // Envelope first; the size record is rewritten once the offsets are known.
    QByteArray envelope;
    record(envelope, 'T', QByteArray::number(arrival) + " 0");
    record(envelope, 'A', "create_time=" + QByteArray::number(arrival));
    record(envelope, 'A', "rewrite_context=local");
    record(envelope, 'S', sender.toUtf8());
    QList<qint64> rcptOffsets;
    QByteArray rcpts;
    for (const QString &r : recipients) {
        record(rcpts, 'O', r.toUtf8());
        rcptOffsets << rcpts.size();
        record(rcpts, 'R', r.toUtf8());
    }
    QByteArray size;
    record(size, 'C', sizeRecord(0, 0, 0, 0));
    const qint64 envelopeStart = size.size();
    QByteArray message;
    record(message, 'M', QByteArray());
    const qint64 dataOffset = envelopeStart + envelope.size() + rcpts.size() + message.size();
    QByteArray lines;
    QList<QByteArray> split = content.split('\n');
    split.removeLast(); // the text ends with a newline, not with an empty line
    for (const QByteArray &line : std::as_const(split))
        record(lines, 'N', line);
    QByteArray tail;
    record(tail, 'X', QByteArray());
    record(tail, 'E', QByteArray());
    size.clear();
    record(size, 'C', sizeRecord(content.size(), dataOffset, recipients.size(), content.size()));
    const QByteArray file = size + envelope + rcpts + message + lines + tail;

    const QString hash = id.left(1);
    QFile f(QStringLiteral("%1/deferred/%2/%3").arg(m_queue, hash, id));
    if (!f.open(QIODevice::WriteOnly) || f.write(file) != file.size())
        return QString();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    f.close();
    // Why each recipient waits, as the defer service writes it.
    QByteArray log;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const QByteArray r = recipients.at(i).toUtf8();
        log += "\n<" + r + ">: " + reason.toUtf8() + "\nrecipient=" + r +
               "\noffset=" + QByteArray::number(envelopeStart + envelope.size() + rcptOffsets.at(i)) +
               "\ndsn_orig_rcpt=rfc822;" + r + "\nstatus=4.4.1\naction=delayed\nreason=" + reason.toUtf8() +
               "\n\n";
    }
    QFile d(QStringLiteral("%1/defer/%2/%3").arg(m_queue, hash, id));
    if (!d.open(QIODevice::WriteOnly) || d.write(log) != log.size())
        return QString();
    d.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return id;
}

bool QueueFileWriter::finish() {
    QProcess chown;
    chown.start(QStringLiteral("chown"),
                {QStringLiteral("-R"), QStringLiteral("postfix:postfix"),
                 m_queue + QStringLiteral("/deferred"), m_queue + QStringLiteral("/defer")});
    return chown.waitForFinished(120000) && chown.exitCode() == 0;
}

} // namespace bench
