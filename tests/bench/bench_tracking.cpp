// Benchmark: message tracking on a large Postfix log. Writes a maillog_file of a busy gateway
// (MESSAGES messages, 60,000 unless given, about 46 MB, inside the 64 MB tracking reads; each accepted by a listener, queued, tried and delivered or deferred: about
// eight lines a message, with the connect/disconnect noise of a real log), then measures what a
// user waits for when tracking one queue ID in it: TrackingRun from a FileLogSource (read, parse,
// follow) until finished, against `grep -F QUEUEID` over the same file (which only finds the lines).
// Also the longest stall of the GUI thread meanwhile (5 ms heartbeat) and the peak memory.

#include "FileLogSource.h"
#include "PeakMemory.h"
#include "TrackQuery.h"
#include "TrackingRun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Postfix's queue IDs: hexadecimal, 10–11 characters in the short form.
QByteArray queueId(int n) {
    return QByteArray::number(0x1000000000LL + qint64(n) * 7919, 16).toUpper();
}

qint64 writeLog(const QString &path, int messages) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    QByteArray chunk;
    for (int n = 0; n < messages; ++n) {
        const int seconds = n / 20;
        const QByteArray time = QByteArrayLiteral("Dec 01 ") +
                                QByteArray::number(10 + seconds / 3600 % 12).rightJustified(2, '0') + ':' +
                                QByteArray::number(seconds / 60 % 60).rightJustified(2, '0') + ':' +
                                QByteArray::number(seconds % 60).rightJustified(2, '0');
        const QByteArray id = queueId(n);
        const QByteArray pid = QByteArray::number(2000 + n % 500);
        const QByteArray prefix = time + " gw1 ";
        const bool deferred = n % 10 == 0;
        chunk += prefix + "postfix/bh-gw1-vs1/smtpd[" + pid + "]: connect from client" + QByteArray::number(n % 97) +
                 ".example.com[10.1.0." + QByteArray::number(n % 250) + "]\n";
        chunk += prefix + "postfix/bh-gw1-vs1/smtpd[" + pid + "]: " + id + ": client=client" +
                 QByteArray::number(n % 97) + ".example.com[10.1.0." + QByteArray::number(n % 250) + "]\n";
        chunk += prefix + "postfix/cleanup[" + pid + "]: " + id + ": message-id=<m" + QByteArray::number(n) +
                 "@example.com>\n";
        chunk += prefix + "postfix/qmgr[900]: " + id + ": from=<user" + QByteArray::number(n % 1000) +
                 "@example.com>, size=" + QByteArray::number(2000 + n % 50000) + ", nrcpt=1 (queue active)\n";
        chunk += prefix + "postfix/bh-gw1-vs1/smtpd[" + pid + "]: disconnect from client" +
                 QByteArray::number(n % 97) + ".example.com ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n";
        if (deferred) {
            chunk += prefix + "postfix/smtp[" + pid + "]: " + id + ": to=<r" + QByteArray::number(n) +
                     "@remote.example>, relay=none, delay=0.05, delays=0.01/0.01/0.03/0, dsn=4.4.1, "
                     "status=deferred (connect to smarthost.example.net[192.0.2.10]:25: Connection refused)\n";
        } else {
            chunk += prefix + "postfix/smtp[" + pid + "]: " + id + ": to=<r" + QByteArray::number(n) +
                     "@remote.example>, relay=smarthost.example.net[192.0.2.10]:25, delay=0.2, "
                     "delays=0.01/0.01/0.1/0.08, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as " +
                     queueId(n + 50000000) + ")\n";
            chunk += prefix + "postfix/qmgr[900]: " + id + ": removed\n";
        }
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return f.size();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 60000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir scratch;
    const QString log = scratch.filePath(QStringLiteral("maillog"));
    const qint64 bytes = writeLog(log, messages);
    if (bytes <= 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(log));
        return 2;
    }
    // One deferred message in the middle of the log (its only attempt refused).
    const QString wanted = QString::fromLatin1(queueId(messages / 2 / 10 * 10));
    const std::optional<tracking::TrackQuery> query =
        tracking::TrackQuery::create(tracking::TrackQuery::Kind::QueueId, wanted);
    if (!query)
        return 2;

    std::vector<double> grepMs, trackMs;
    qint64 longestStallNs = 0;
    int found = 0, lines = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        QProcess grep;
        grep.setStandardOutputFile(QProcess::nullDevice());
        grep.start(QStringLiteral("grep"), {QStringLiteral("-F"), wanted, log});
        grep.waitForFinished(120000);
        grepMs.push_back(t.nsecsElapsed() / 1e6);

        tracking::FileLogSource source(QStringLiteral("GW1"), log);
        tracking::TrackingRun run;
        QSignalSpy finished(&run, &tracking::TrackingRun::finished);
        QElapsedTimer beat;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            longestStallNs = std::max(longestStallNs, beat.nsecsElapsed() - 5'000'000);
            beat.restart();
        });
        heartbeat.start();
        beat.start();
        t.restart();
        run.start({&source}, 0, *query);
        if (!finished.wait(600000))
            return 2;
        trackMs.push_back(t.nsecsElapsed() / 1e6);
        heartbeat.stop();
        const auto result = finished.first().first().value<tracking::TrackingRun::Result>();
        found = int(result.messages.size());
        lines = result.linesRead;
    }
    std::sort(grepMs.begin(), grepMs.end());
    std::sort(trackMs.begin(), trackMs.end());
    const double grepMedian = grepMs[grepMs.size() / 2];
    const double trackMedian = trackMs[trackMs.size() / 2];
    std::printf("bench_tracking: %d messages, %d log lines, %.1f MB, median of %d rounds\n", messages, lines,
                bytes / 1048576.0, rounds);
    std::printf("  track one queue ID (read, parse, follow)  %9.1f ms (%d message found)\n", trackMedian, found);
    std::printf("  grep -F QUEUEID (finds the lines only)    %9.1f ms\n", grepMedian);
    std::printf("  ratio tracking / grep                     %9.2f\n", trackMedian / grepMedian);
    std::printf("  per log line                              %9.2f us\n", trackMedian * 1000.0 / std::max(1, lines));
    std::printf("  longest GUI-thread stall                  %9.1f ms (target <= 50)\n", longestStallNs / 1e6);
    std::printf("  peak memory (VmHWM)                       %9.1f MB\n", testsupport::peakRssKb() / 1024.0);
    return found == 1 ? 0 : 1;
}
