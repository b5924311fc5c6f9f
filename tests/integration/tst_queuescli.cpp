// `bridgehead queues` and `bridgehead send-test` as a script runs them, with no display, against a
// real private Postfix (and through real ssh): JSON and text listings, Find-style filters, actions
// with their exit statuses (0 done, 1 failed for some message or refused input, 2 could not run).

#include "PostfixFixture.h"
#include "SshFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

class TestQueuesCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listsAsJson();
    void listsAsText();
    void filtersLikeFindMessages();
    void actionsAndTheirExitStatus();
    void refusedInputDoesNothing();
    void cannotRunIsTwo();
    void throughSsh();
    void tracksThroughTheInstance();
    void sendTestPrintsTranscriptAndToken();
    void sendTestRefusedOrUnreachable();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = QByteArray());
    QStringList source() const { return {QStringLiteral("--postfix-config"), m_postfix.configDirectory()}; }
    QJsonObject json(const QStringList &extra);

    testsupport::PostfixFixture m_postfix;
};

TestQueuesCli::Run TestQueuesCli::run(const QStringList &arguments, const QByteArray &input) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BRIDGEHEAD_BINARY), arguments);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject TestQueuesCli::json(const QStringList &extra) {
    const Run r = run(QStringList{QStringLiteral("queues")} + source() +
                      QStringList{QStringLiteral("--format"), QStringLiteral("json")} + extra);
    if (r.exitCode != 0)
        qWarning("exit %d: %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestQueuesCli::initTestCase() {
    QVERIFY(m_postfix.start());
}

void TestQueuesCli::init() {
    QVERIFY(m_postfix.clearQueue());
    QVERIFY(m_postfix.sendmail(QStringLiteral("alice@example.com"), {QStringLiteral("bob@remote.example")},
                               QStringLiteral("Quarterly report")));
    QVERIFY(m_postfix.sendmail(QStringLiteral("carol@example.com"),
                               {QStringLiteral("dave@remote.example"), QStringLiteral("erin@other.example")},
                               QStringLiteral("Lunch")));
    QVERIFY(m_postfix.waitForDeferred(2));
}

void TestQueuesCli::listsAsJson() {
    const QJsonObject o = json({});
    const QJsonArray queues = o.value(QStringLiteral("queues")).toArray();
    QCOMPARE(queues.size(), 2); // the relay host's, and pending submission
    QJsonObject relay;
    for (const QJsonValue &q : queues)
        if (q.toObject().value(QStringLiteral("nextHop")).toString() == m_postfix.relayHost())
            relay = q.toObject();
    QCOMPARE(relay.value(QStringLiteral("name")).toString(), m_postfix.relayHost());
    QCOMPARE(relay.value(QStringLiteral("state")).toString(), QStringLiteral("retry"));
    QCOMPARE(relay.value(QStringLiteral("messageCount")).toInt(), 2);
    QVERIFY(relay.value(QStringLiteral("sizeBytes")).toInt() > 0);
    QVERIFY(relay.value(QStringLiteral("oldest")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(relay.value(QStringLiteral("lastError")).toString(),
             QStringLiteral("connect to 127.0.0.1[127.0.0.1]:9: Connection refused"));
    const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]+$"))
                    .match(m.value(QStringLiteral("id")).toString())
                    .hasMatch());
        QCOMPARE(m.value(QStringLiteral("queue")).toString(), m_postfix.relayHost());
        QCOMPARE(m.value(QStringLiteral("state")).toString(), QStringLiteral("retry"));
        QVERIFY(QDateTime::fromString(m.value(QStringLiteral("received")).toString(), Qt::ISODate).isValid());
        QVERIFY(m.value(QStringLiteral("received")).toString().endsWith(QLatin1Char('Z')));
    }
    QJsonObject carol;
    for (const QJsonValue &v : messages)
        if (v.toObject().value(QStringLiteral("sender")).toString() == QLatin1String("carol@example.com"))
            carol = v.toObject();
    QCOMPARE(carol.value(QStringLiteral("recipients")).toArray().size(), 2);
}

void TestQueuesCli::listsAsText() {
    const Run r = run(QStringList{QStringLiteral("queues")} + source());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Messages pending submission")));
    QVERIFY(r.out.contains(m_postfix.relayHost()));
    QVERIFY(r.out.contains(QStringLiteral("alice@example.com")));
    QVERIFY(r.out.contains(QStringLiteral("Connection refused")));
}

void TestQueuesCli::filtersLikeFindMessages() {
    QCOMPARE(json({QStringLiteral("--sender"), QStringLiteral("ALICE")})
                 .value(QStringLiteral("messages"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(json({QStringLiteral("--recipient"), QStringLiteral("other.example")})
                 .value(QStringLiteral("messages"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(json({QStringLiteral("--state"), QStringLiteral("frozen")})
                 .value(QStringLiteral("messages"))
                 .toArray()
                 .size(),
             0);
    QCOMPARE(json({QStringLiteral("--limit"), QStringLiteral("1")})
                 .value(QStringLiteral("messages"))
                 .toArray()
                 .size(),
             1);
    const QJsonArray bySubject = json({QStringLiteral("--subject"), QStringLiteral("quarterly")})
                                     .value(QStringLiteral("messages"))
                                     .toArray();
    QCOMPARE(bySubject.size(), 1);
    QCOMPARE(bySubject.first().toObject().value(QStringLiteral("sender")).toString(),
             QStringLiteral("alice@example.com"));
}

void TestQueuesCli::actionsAndTheirExitStatus() {
    QString alice;
    for (const queues::QueuedMessage &m : m_postfix.list())
        if (m.sender == QLatin1String("alice@example.com"))
            alice = m.id;
    Run r = run(QStringList{QStringLiteral("queues")} + source() +
                QStringList{QStringLiteral("--freeze"), alice});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(alice));
    const QJsonArray frozen = json({QStringLiteral("--state"), QStringLiteral("frozen")})
                                  .value(QStringLiteral("messages"))
                                  .toArray();
    QCOMPARE(frozen.size(), 1);
    QCOMPARE(frozen.first().toObject().value(QStringLiteral("id")).toString(), alice);
    // Freezing it again: nothing to do for that message, exit 1.
    r = run(QStringList{QStringLiteral("queues")} + source() +
            QStringList{QStringLiteral("--freeze"), alice});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("not acted on")));
    // IDs from standard input.
    r = run(QStringList{QStringLiteral("queues")} + source() +
                QStringList{QStringLiteral("--unfreeze"), QStringLiteral("-")},
            alice.toLatin1() + "\n");
    QCOMPARE(r.exitCode, 0);
    r = run(QStringList{QStringLiteral("queues")} + source() +
            QStringList{QStringLiteral("--delete"), alice});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_postfix.list().size(), 1);
}

void TestQueuesCli::refusedInputDoesNothing() {
    const QString id = m_postfix.list().value(0).id;
    const Run r = run(QStringList{QStringLiteral("queues")} + source() +
                      QStringList{QStringLiteral("--delete"), id + QStringLiteral(",bad;id")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("bad;id")));
    QCOMPARE(m_postfix.list().size(), 2); // not even the good one went
    // Options that cannot be followed are refused, with the option named, before Postfix is asked.
    const Run noSource = run({QStringLiteral("queues")});
    QCOMPARE(noSource.exitCode, 1);
    QVERIFY(noSource.err.contains(QStringLiteral("--postfix-config")));
    const Run state = run(QStringList{QStringLiteral("queues")} + source() +
                          QStringList{QStringLiteral("--state"), QStringLiteral("sleeping")});
    QCOMPARE(state.exitCode, 1);
    QVERIFY(state.err.contains(QStringLiteral("--state")));
    const Run twoActions = run(QStringList{QStringLiteral("queues")} + source() +
                               QStringList{QStringLiteral("--freeze"), id, QStringLiteral("--delete"), id});
    QCOMPARE(twoActions.exitCode, 1);
    QCOMPARE(m_postfix.list().size(), 2);
    int held = 0;
    for (const queues::QueuedMessage &m : m_postfix.list())
        held += m.queue == queues::PostfixQueue::Hold;
    QCOMPARE(held, 0);
}

void TestQueuesCli::cannotRunIsTwo() {
    const Run missing = run({QStringLiteral("queues"), QStringLiteral("--postfix-config"),
                             QStringLiteral("/nonexistent/postfix")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("postqueue: fatal")), qPrintable(missing.err));
    // Not root: Postfix refuses; the action could not run at all.
    const Run notRoot =
        run({QStringLiteral("queues"), QStringLiteral("--postfix-config"), m_postfix.configDirectory(),
             QStringLiteral("--postfix-command"), QStringLiteral("runuser -u nobody --"),
             QStringLiteral("--freeze"), m_postfix.list().value(0).id});
    QCOMPARE(notRoot.exitCode, 2);
    QVERIFY2(notRoot.err.contains(QStringLiteral("superuser")), qPrintable(notRoot.err));
}

void TestQueuesCli::throughSsh() {
    testsupport::SshFixture ssh;
    QVERIFY(ssh.start());
    const Run r = run({QStringLiteral("queues"), QStringLiteral("--postfix-config"),
                       m_postfix.configDirectory(), QStringLiteral("--postfix-command"), ssh.prefix(),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("messages")).toArray().size(),
        2);
    const Run bad =
        run({QStringLiteral("queues"), QStringLiteral("--postfix-config"), m_postfix.configDirectory(),
             QStringLiteral("--postfix-command"), ssh.prefixWithWrongKey()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("Permission denied")), qPrintable(bad.err));
}

// bridgehead track --postfix reads the instance's maillog_file where the instance runs: here, and
// through ssh; a refused login cannot run (2).
void TestQueuesCli::tracksThroughTheInstance() {
    const QList<queues::QueuedMessage> listed = m_postfix.list();
    QString id;
    for (const queues::QueuedMessage &m : listed)
        if (m.sender == QLatin1String("alice@example.com"))
            id = m.id;
    QVERIFY(!id.isEmpty());
    const QStringList query{QStringLiteral("--queue-id"), id, QStringLiteral("--format"), QStringLiteral("json")};
    const QString instance = QStringLiteral("GW1=") + m_postfix.configDirectory();
    const auto check = [&](const Run &r) {
        QCOMPARE(r.exitCode, 0);
        const QJsonArray messages =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        const QJsonObject m = messages.first().toObject();
        QCOMPARE(m.value(QStringLiteral("server")).toString(), QStringLiteral("GW1"));
        QCOMPARE(m.value(QStringLiteral("sender")).toString(), QStringLiteral("alice@example.com"));
        QString what;
        for (const QJsonValue &e : m.value(QStringLiteral("events")).toArray())
            what += e.toObject().value(QStringLiteral("what")).toString() + QLatin1Char('\n');
        QVERIFY2(what.contains(QStringLiteral("Deferred for bob@remote.example")), qPrintable(what));
    };
    check(run(QStringList{QStringLiteral("track"), QStringLiteral("--postfix"), instance} + query));
    testsupport::SshFixture ssh;
    QVERIFY(ssh.start());
    check(run(QStringList{QStringLiteral("track"), QStringLiteral("--postfix"), instance,
                          QStringLiteral("--postfix-command"), ssh.prefix()} +
              query));
    const Run refused = run(QStringList{QStringLiteral("track"), QStringLiteral("--postfix"), instance,
                                        QStringLiteral("--postfix-command"), ssh.prefixWithWrongKey()} +
                            query);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("Permission denied")), qPrintable(refused.err));
    // Not SERVER=DIR, or a relative directory: refused, nothing read.
    QCOMPARE(run(QStringList{QStringLiteral("track"), QStringLiteral("--postfix"), m_postfix.configDirectory()} +
                 query)
                 .exitCode,
             1);
    QCOMPARE(run(QStringList{QStringLiteral("track"), QStringLiteral("--postfix"), QStringLiteral("GW1=etc")} + query)
                 .exitCode,
             1);
}

void TestQueuesCli::sendTestPrintsTranscriptAndToken() {
    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_postfix.smtpPort());
    const Run r = run({QStringLiteral("send-test"), QStringLiteral("--to"),
                       QStringLiteral("someone@remote.example"), QStringLiteral("--server"), server,
                       QStringLiteral("--from"), QStringLiteral("tester@example.com")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("C: MAIL FROM:<tester@example.com>")));
    QVERIFY(r.out.contains(QStringLiteral("S: 250")));
    const QRegularExpressionMatch token =
        QRegularExpression(QStringLiteral("Token: (BH-[a-z0-9]+)")).match(r.out);
    QVERIFY(token.hasMatch());
    // The token finds exactly that message.
    const QJsonArray found =
        json({QStringLiteral("--subject"), token.captured(1)}).value(QStringLiteral("messages")).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(QStringLiteral("sender")).toString(),
             QStringLiteral("tester@example.com"));
}

void TestQueuesCli::sendTestRefusedOrUnreachable() {
    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_postfix.smtpPort());
    Run r = run({QStringLiteral("send-test"), QStringLiteral("--to"),
                 QStringLiteral("x@") + testsupport::PostfixFixture::RefusedDomain,
                 QStringLiteral("--server"), server});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(testsupport::PostfixFixture::RefusedText), qPrintable(r.err));
    r = run({QStringLiteral("send-test"), QStringLiteral("--to"), QStringLiteral("not an address"),
             QStringLiteral("--server"), server});
    QCOMPARE(r.exitCode, 1);
    int closed = 0;
    {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        closed = s.serverPort();
    }
    r = run({QStringLiteral("send-test"), QStringLiteral("--to"), QStringLiteral("x@remote.example"),
             QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(closed)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("refused"), Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestQueuesCli)
#include "tst_queuescli.moc"
