// `bridgehead track` as a script runs it, on real Postfix logs (tests/fixtures/tracking): a test
// message followed from one server to the next as JSON, exit 1 with the reason for a query that is
// no queue ID, and exit 2 when the first server's log cannot be read.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run bridgehead(const QStringList &arguments) {
    QProcess p;
    p.start(QStringLiteral(BRIDGEHEAD_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString log(const QString &server, const QString &file) {
    return server + QStringLiteral("=" BRIDGEHEAD_SOURCE_DIR "/tests/fixtures/tracking/") + file;
}

} // namespace

class TestTrackCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsATestMessageAsJson();
    void refusesWhatIsNoQueueId();
    void cannotRunWithoutTheFirstLog();
};

void TestTrackCli::followsATestMessageAsJson() {
    const Run r =
        bridgehead({QStringLiteral("track"), QStringLiteral("--log"),
                    log(QStringLiteral("GW-A"), QStringLiteral("gw-a.maillog")), QStringLiteral("--log"),
                    log(QStringLiteral("GW-B"), QStringLiteral("gw-b.maillog")), QStringLiteral("--token"),
                    QStringLiteral("BH-k7m2q9x4ab3c"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray messages =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject m = messages.first().toObject();
    QCOMPARE(m.value(QStringLiteral("server")).toString(), QStringLiteral("GW-A"));
    QCOMPARE(m.value(QStringLiteral("queueId")).toString(), QStringLiteral("068ABA7230C"));
    QCOMPARE(m.value(QStringLiteral("sender")).toString(), QStringLiteral("sender@example.com"));
    QVERIFY(m.value(QStringLiteral("outcome")).toString().contains(QStringLiteral("retried on GW-B")));
    // The timeline goes on at the next server under its own queue ID.
    const QJsonArray events = m.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.last().toObject().value(QStringLiteral("server")).toString(), QStringLiteral("GW-B"));
    QCOMPARE(events.last().toObject().value(QStringLiteral("queueId")).toString(),
             QStringLiteral("1AE4DA72310"));
    QVERIFY(events.last()
                .toObject()
                .value(QStringLiteral("what"))
                .toString()
                .startsWith(QStringLiteral("Deferred for")));
}

void TestTrackCli::refusesWhatIsNoQueueId() {
    const Run r = bridgehead({QStringLiteral("track"), QStringLiteral("--log"),
                              log(QStringLiteral("GW-A"), QStringLiteral("gw-a.maillog")),
                              QStringLiteral("--queue-id"), QStringLiteral("no such; id")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("is not a Postfix queue ID")), qPrintable(r.err));
    QCOMPARE(
        bridgehead({QStringLiteral("track"), QStringLiteral("--queue-id"), QStringLiteral("068ABA7230C")})
            .exitCode,
        1);
}

void TestTrackCli::cannotRunWithoutTheFirstLog() {
    const Run r = bridgehead({QStringLiteral("track"), QStringLiteral("--log"),
                              QStringLiteral("GW-A=/nonexistent/maillog"), QStringLiteral("--sender"),
                              QStringLiteral("sender@example.com")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("GW-A: Cannot read /nonexistent/maillog")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestTrackCli)
#include "tst_trackcli.moc"
