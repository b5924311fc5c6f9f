// `bridgehead route` and `bridgehead postfix-config` as a script runs them, against the demo in a
// real slapd and with no display: text and JSON answers, the files written, refusals (exit 1) and
// a directory that is not there (exit 2).

#include "DirectoryFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRoutingCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void text();
    void json();
    void refusals();
    void noDirectory();
    void postfixConfigWritesTheFiles();
    void postfixConfigRefusals();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, bool connect = true,
            const QString &command = QStringLiteral("route"));
    testsupport::DirectoryFixture m_dir;
};

TestRoutingCli::Run TestRoutingCli::run(const QStringList &arguments, bool connect, const QString &command) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    QStringList all{command};
    if (connect)
        all << QStringLiteral("--uri") << m_dir->ldapiUri() << QStringLiteral("--sasl-external");
    process.start(QStringLiteral(BRIDGEHEAD_BINARY), all + arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestRoutingCli::initTestCase() {
    QVERIFY(m_dir.startDemo());
}

void TestRoutingCli::cleanupTestCase() {
    m_dir.stop();
}

void TestRoutingCli::text() {
    const Run r = run({QStringLiteral("--from"), QStringLiteral("exmbx1"), QStringLiteral("--to"),
                       QStringLiteral("ann@contoso.com")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1. EXMBX1 → GW1 ([198.51.100.25])")), qPrintable(r.out));
    QVERIFY(
        r.out.contains(QStringLiteral("2. GW1 → Internet Mail SMTP Connector (GW1) → smarthost.example.net, "
                                      "[192.0.2.25]")));
    QVERIFY(r.out.contains(QStringLiteral("Europe Internet Connector (fallback): Cost 30")));
}

void TestRoutingCli::json() {
    const Run r =
        run({QStringLiteral("--from"), QStringLiteral("GW1"), QStringLiteral("--to"),
             QStringLiteral("bob@partner.example.org"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray hops = json.value(QStringLiteral("hops")).toArray();
    QCOMPARE(hops.size(), 1);
    const QJsonObject hop = hops.first().toObject();
    QCOMPARE(hop.value(QStringLiteral("server")).toString(), QStringLiteral("GW1"));
    QCOMPARE(hop.value(QStringLiteral("connector")).toString(), QStringLiteral("Partner Connector"));
    QCOMPARE(hop.value(QStringLiteral("nextHop")).toString(),
             QStringLiteral("DNS (mail exchangers of partner.example.org)"));
    QVERIFY(hop.value(QStringLiteral("reason")).toString().contains(QStringLiteral("partner.example.org")));
    // The Internet connector also covers the partner domain, less specifically.
    bool internetRejected = false;
    for (const QJsonValue &v : json.value(QStringLiteral("rejected")).toArray())
        if (v.toObject().value(QStringLiteral("connector")).toString() ==
            QStringLiteral("Internet Mail SMTP Connector (GW1)"))
            internetRejected = v.toObject()
                                   .value(QStringLiteral("reason"))
                                   .toString()
                                   .contains(QStringLiteral("less specific"));
    QVERIFY(internetRejected);
}

void TestRoutingCli::refusals() {
    const Run unknown = run({QStringLiteral("--from"), QStringLiteral("NOPE"), QStringLiteral("--to"),
                             QStringLiteral("a@contoso.com")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("There is no server named “NOPE”")),
             qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
    const Run badAddress =
        run({QStringLiteral("--from"), QStringLiteral("GW1"), QStringLiteral("--to"), QStringLiteral("a@")});
    QCOMPARE(badAddress.exitCode, 1);
    QVERIFY(badAddress.err.contains(QStringLiteral("--to")));
    const Run noFrom = run({QStringLiteral("--to"), QStringLiteral("a@contoso.com")});
    QCOMPARE(noFrom.exitCode, 1);
    QVERIFY(noFrom.err.contains(QStringLiteral("--from")));
    const Run badFormat =
        run({QStringLiteral("--from"), QStringLiteral("GW1"), QStringLiteral("--to"),
             QStringLiteral("a@contoso.com"), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(badFormat.exitCode, 1);
}

void TestRoutingCli::noDirectory() {
    const Run r =
        run({QStringLiteral("--uri"), QStringLiteral("ldap://127.0.0.1:1"), QStringLiteral("--from"),
             QStringLiteral("GW1"), QStringLiteral("--to"), QStringLiteral("a@contoso.com")},
            false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestRoutingCli::postfixConfigWritesTheFiles() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("gw1"));
    const Run r = run({QStringLiteral("--server"), QStringLiteral("GW1"), QStringLiteral("--out"), out}, true,
                      QStringLiteral("postfix-config"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Listeners: 2. Transport map entries: 3.")), qPrintable(r.out));
    auto read = [&out](const QString &name) {
        QFile f(out + QLatin1Char('/') + name);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString main = read(QStringLiteral("main.cf.fragment"));
    const QString master = read(QStringLiteral("master.cf.fragment"));
    const QString map = read(QStringLiteral("bridgehead_transport"));
    QVERIFY(main.startsWith(QStringLiteral("# BEGIN Bridgehead GW1\n")));
    QVERIFY(main.contains(QStringLiteral("transport_maps = hash:$config_directory/bridgehead_transport")));
    QVERIFY(master.contains(QStringLiteral("\n198.51.100.25:25 inet n - n - - smtpd\n")));
    QVERIFY(master.contains(QStringLiteral("  -o myhostname=mail.example.com\n")));
    QVERIFY(
        master.contains(QStringLiteral("  -o smtp_tls_security_level=encrypt\n"))); // the partner connector
    QVERIFY(map.contains(QStringLiteral(
        "\n* bh-internet-mail-smtp-connector-gw1:[smarthost.example.net]:25, [192.0.2.25]:25\n")));
    QVERIFY(map.contains(QStringLiteral("# *: Internet Mail SMTP Connector (GW1) (SMTP:*;1, cost 1)")));
}

void TestRoutingCli::postfixConfigRefusals() {
    QTemporaryDir dir;
    const Run unknown =
        run({QStringLiteral("--server"), QStringLiteral("NOPE"), QStringLiteral("--out"), dir.path()}, true,
            QStringLiteral("postfix-config"));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(QDir(dir.path()).isEmpty()); // nothing written
    const Run noOut =
        run({QStringLiteral("--server"), QStringLiteral("GW1")}, true, QStringLiteral("postfix-config"));
    QCOMPARE(noOut.exitCode, 1);
    QVERIFY(noOut.err.contains(QStringLiteral("--out")));
}

QTEST_GUILESS_MAIN(TestRoutingCli)
#include "tst_routingcli.moc"
