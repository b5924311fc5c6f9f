// `bridgehead analyze` run as a process with no display, against a private slapd: the exit
// statuses by --fail-on, the text, JSON and HTML reports, gateways by name or DN, --base at the
// organization or above it, and the ways it cannot run (status 2, the reason on stderr).

#include "DemoCopy.h"
#include "DirectoryFixture.h"
#include "Dn.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using testsupport::DemoCopy;

class TestAnalyzeCommand : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exitStatusFollowsFailOn();
    void errorsFailByDefault();
    void jsonReport();
    void htmlReportStandsAlone();
    void textReport();
    void baseAtOrAboveTheOrganization();
    void gatewaysByNameOrDn();
    void cannotRun_data();
    void cannotRun();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run analyze(const QString &base, const QStringList &arguments);
    // A demo copy of its own for the calling test, with `changes`.
    QString copy(const QString &tag, const QString &changes = QString());

    testsupport::DirectoryFixture m_dir;
    QTemporaryDir m_scratch;
    QString m_passwordFile;
};

void TestAnalyzeCommand::initTestCase() {
    QVERIFY(m_dir.startDemo());
    m_passwordFile = m_scratch.filePath(QStringLiteral("password"));
    QFile pw(m_passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write(m_dir->rootPassword().toUtf8() + '\n');
}

void TestAnalyzeCommand::cleanupTestCase() {
    m_dir.stop();
}

QString TestAnalyzeCommand::copy(const QString &tag, const QString &changes) {
    if (!DemoCopy::add(m_dir, tag, changes))
        return QString();
    return DemoCopy::org(tag);
}

TestAnalyzeCommand::Run TestAnalyzeCommand::analyze(const QString &base, const QStringList &arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    QStringList args{QStringLiteral("analyze"),
                     QStringLiteral("--uri"),
                     m_dir->ldapUri(),
                     QStringLiteral("--bind-dn"),
                     m_dir->rootDn(),
                     QStringLiteral("--password-file"),
                     m_passwordFile};
    if (!base.isEmpty())
        args << QStringLiteral("--base") << base;
    process.start(QStringLiteral(BRIDGEHEAD_BINARY), args + arguments);
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

void TestAnalyzeCommand::exitStatusFollowsFailOn() {
    // The demo with its gateways: no error, 4 warnings, 3 info.
    const QString org = copy(QStringLiteral("failon"));
    QVERIFY(!org.isEmpty());
    const QStringList gateways{QStringLiteral("--gateway"), QStringLiteral("GW1"),
                               QStringLiteral("--gateway"), QStringLiteral("GW2")};
    const Run byDefault = analyze(org, gateways);
    QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.err));
    QVERIFY(byDefault.err.isEmpty());
    const QList<std::pair<QString, int>> expected{{QStringLiteral("error"), 0},
                                                  {QStringLiteral("warning"), 1},
                                                  {QStringLiteral("info"), 1},
                                                  {QStringLiteral("never"), 0}};
    for (const auto &[level, status] : expected) {
        const Run r = analyze(org, gateways + QStringList{QStringLiteral("--fail-on"), level});
        QVERIFY2(r.exitCode == status, qPrintable(level + QStringLiteral(": ") + r.err));
    }
    // Without GW2 as a gateway, three warnings remain: still 1 at warning level.
    QCOMPARE(analyze(org, {QStringLiteral("--fail-on"), QStringLiteral("warning")}).exitCode, 1);
}

void TestAnalyzeCommand::errorsFailByDefault() {
    const QString org =
        copy(QStringLiteral("errors"),
             QStringLiteral("dn: CN=Internet Mail SMTP Connector (GW1),CN=Connections,CN=First Routing "
                            "Group,CN=Routing Groups,CN=First Administrative Group,CN=Administrative "
                            "Groups,{O}\nchangetype: modify\nreplace: msExchSmtpSmartHost\n"
                            "msExchSmtpSmartHost: 192.0.2.25\n\n"));
    QVERIFY(!org.isEmpty());
    const Run r = analyze(org, {QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("error")).toInt(), 1);
    QCOMPARE(analyze(org, {QStringLiteral("--fail-on"), QStringLiteral("never")}).exitCode, 0);
}

void TestAnalyzeCommand::jsonReport() {
    const QString org = copy(QStringLiteral("json"));
    const Run r =
        analyze(org, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--gateway"),
                      QStringLiteral("GW2"), QStringLiteral("--fail-on"), QStringLiteral("never")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    const QStringList rootKeys = root.keys();
    QCOMPARE(QSet<QString>(rootKeys.cbegin(), rootKeys.cend()),
             (QSet<QString>{QStringLiteral("findings"), QStringLiteral("summary")}));
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("error")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("warning")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("info")).toInt(), 3);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 7);
    const QStringList order{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
    QString previous;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        const QStringList keys = f.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("rule"), QStringLiteral("severity"), QStringLiteral("title"),
                                QStringLiteral("dn"), QStringLiteral("detail")}));
        for (const QString &k : keys)
            QVERIFY2(!f.value(k).toString().isEmpty(), qPrintable(k));
        QVERIFY(directory::Dn::parse(f.value(QStringLiteral("dn")).toString()).isValid());
        // Sorted by severity, rule, DN.
        const QString sortKey =
            QString::number(order.indexOf(f.value(QStringLiteral("severity")).toString())) +
            QLatin1Char('|') + f.value(QStringLiteral("rule")).toString() + QLatin1Char('|') +
            directory::Dn::parse(f.value(QStringLiteral("dn")).toString()).key();
        QVERIFY2(previous < sortKey, qPrintable(previous + QStringLiteral(" / ") + sortKey));
        previous = sortKey;
    }
    const QJsonObject gateway = findings.at(2).toObject();
    QCOMPARE(gateway.value(QStringLiteral("rule")).toString(),
             QStringLiteral("smtp-vs-no-outbound-connector"));
    QVERIFY2(gateway.value(QStringLiteral("dn"))
                 .toString()
                 .startsWith(QStringLiteral("CN=GW2,"), Qt::CaseInsensitive),
             qPrintable(gateway.value(QStringLiteral("dn")).toString()));
}

void TestAnalyzeCommand::htmlReportStandsAlone() {
    const QString org = copy(QStringLiteral("html"));
    const QString file = m_scratch.filePath(QStringLiteral("report.html"));
    const Run r =
        analyze(org, {QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), file,
                      QStringLiteral("--gateway"), QStringLiteral("GW2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty()); // the report went to the file
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(f.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    // Nothing outside the file: no scripts, images, style sheets or fonts to fetch.
    for (const QString &external :
         {QStringLiteral("src="), QStringLiteral("href="), QStringLiteral("@import"), QStringLiteral("url("),
          QStringLiteral("<script"), QStringLiteral("<link")})
        QVERIFY2(!html.contains(external, Qt::CaseInsensitive), qPrintable(external));
    QVERIFY(html.contains(QStringLiteral("Internet gateway has no outbound SMTP connector")));
    QVERIFY(html.contains(QStringLiteral("smtp-vs-no-outbound-connector")));
    QVERIFY(html.contains(QStringLiteral("4 warnings")));
    // Names with markup characters are escaped, never interpreted.
    QVERIFY(!html.contains(QStringLiteral("<Example")));
    QCOMPARE(html.count(QStringLiteral("<tr><td class=\"sev\">")), 7);
}

void TestAnalyzeCommand::textReport() {
    const QString org = copy(QStringLiteral("text"));
    const Run r = analyze(org, {QStringLiteral("--gateway"), QStringLiteral("GW2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Analysis of Example Org")));
    QVERIFY(r.out.contains(QStringLiteral("Internet gateways: GW2")));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("WARNING +smtp-vs-no-outbound-connector"))));
    QVERIFY(r.out.contains(QStringLiteral("Summary: 0 errors, 4 warnings, 3 info")));
}

void TestAnalyzeCommand::baseAtOrAboveTheOrganization() {
    const QString tag = QStringLiteral("bases");
    const QString org = copy(tag);
    const QStringList json{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--gateway"),
                           QStringLiteral("GW2")};
    const Run atOrg = analyze(org, json);
    QCOMPARE(atOrg.exitCode, 0);
    for (const QString &base :
         {DemoCopy::base(tag), QStringLiteral("CN=Configuration,") + DemoCopy::base(tag)}) {
        const Run above = analyze(base, json);
        QVERIFY2(above.exitCode == 0, qPrintable(above.err));
        QCOMPARE(above.out, atOrg.out);
    }
}

void TestAnalyzeCommand::gatewaysByNameOrDn() {
    const QString org = copy(QStringLiteral("gateways"));
    const QString gw2 = QStringLiteral("CN=GW2,CN=Servers,CN=Europe,CN=Administrative Groups,") + org;
    const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
    const Run byName = analyze(org, json + QStringList{QStringLiteral("--gateway"), QStringLiteral("gw2")});
    const Run byDn = analyze(org, json + QStringList{QStringLiteral("--gateway"), gw2});
    QCOMPARE(byName.exitCode, 0);
    QCOMPARE(byDn.out, byName.out);
    QVERIFY(byName.out.contains(QStringLiteral("smtp-vs-no-outbound-connector")));
}

void TestAnalyzeCommand::cannotRun_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withBase");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << true
                                    << QStringLiteral("xml");
    QTest::newRow("unknown severity") << QStringList{QStringLiteral("--fail-on"), QStringLiteral("fatal")}
                                      << true << QStringLiteral("fatal");
    QTest::newRow("unknown gateway") << QStringList{QStringLiteral("--gateway"), QStringLiteral("GW9")}
                                     << true << QStringLiteral("GW9");
    QTest::newRow("gateway that is no server")
        << QStringList{QStringLiteral("--gateway"),
                       QStringLiteral("CN=Servers,CN=Europe,CN=Administrative Groups,") +
                           DemoCopy::org(QStringLiteral("cannot"))}
        << true << QStringLiteral("not a server");
    QTest::newRow("output nowhere") << QStringList{QStringLiteral("--output"),
                                                   QStringLiteral("/nonexistent/dir/report.txt")}
                                    << true << QStringLiteral("/nonexistent/dir/report.txt");
    QTest::newRow("no organization under base")
        << QStringList{QStringLiteral("--base"),
                       QStringLiteral("CN=Servers,CN=Europe,CN=Administrative Groups,") +
                           DemoCopy::org(QStringLiteral("cannot"))}
        << false << QStringLiteral("no Exchange organization");
}

void TestAnalyzeCommand::cannotRun() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, withBase);
    QFETCH(QString, message);
    static const QString org = copy(QStringLiteral("cannot"));
    QVERIFY(!org.isEmpty());
    const Run r = analyze(withBase ? org : QString(), arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
