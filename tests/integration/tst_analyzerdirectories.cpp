// The analyzer on the demo organization in a real slapd and in a real Samba AD DC: the same
// findings on both, a fix made by another client clearing its finding live (AD follows through
// server notification), and `bridgehead analyze` reporting the same from the command line.

#include "Analyzer.h"
#include "DemoOrganization.h"
#include "DirectorySession.h"
#include "GatewayDesignation.h"
#include "NetworkIsolation.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using analyzer::Analyzer;
using analyzer::Finding;
using console::DirectorySession;
using directory::Dn;

namespace {

const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString EuropeInternet = QStringLiteral("CN=Europe Internet Connector,CN=Connections,CN=Europe "
                                              "Routing Group,CN=Routing Groups,") +
                               Europe;

QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(n) + server;
}

// "rule on DN" for every finding, sorted: what the panel lists, one line each.
QStringList listed(const QList<Finding> &findings) {
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule + QStringLiteral(" on ") + f.dn.key();
    out.sort();
    return out;
}

} // namespace

class TestAnalyzerDirectories : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testsupport::TestServer::addRows(); }
    void init();
    void cleanup();

    void demoFindings();
    void fixByAnotherClientClearsItsFinding();
    void analyzeCommandReportsTheSame();

private:
    bool openAnalyzed();
    // The demo's findings as the panel lists them, with GW1 and GW2 as its gateways.
    static QStringList expectedDemoFindings();

    testsupport::TestServer m_dir;
    std::unique_ptr<DirectorySession> m_session;
    std::unique_ptr<Analyzer> m_analyzer;
};

void TestAnalyzerDirectories::init() {
    QVERIFY(m_dir.startDemo(testsupport::TestServer::currentKind()));
}

void TestAnalyzerDirectories::cleanup() {
    m_analyzer.reset();
    m_session.reset();
    m_dir.stop();
}

bool TestAnalyzerDirectories::openAnalyzed() {
    m_session = std::make_unique<DirectorySession>();
    m_analyzer = std::make_unique<Analyzer>(m_session->topology());
    m_analyzer->setGateways(analyzer::GatewayDesignation::demoGateways());
    QSignalSpy analyzing(m_analyzer.get(), &Analyzer::analyzingChanged);
    m_session->open(m_dir.adminSettings());
    // The analysis runs once the load has ended: analyzingChanged(true), then (false).
    return QTest::qWaitFor([&] { return analyzing.size() >= 2 && !m_analyzer->isAnalyzing(); }, 15000) &&
           m_session->state() == DirectorySession::State::Live;
}

QStringList TestAnalyzerDirectories::expectedDemoFindings() {
    using namespace testsupport::demo;
    const QString exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + FirstAg;
    const QString branchRg = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
    const auto finding = [](const char *rule, const QString &dn) {
        return QLatin1String(rule) + QStringLiteral(" on ") + Dn::parse(dn).key();
    };
    // The demo's misconfigurations (see the header of demo-org.ldif); on AD the master of Branch
    // Routing Group is a server that was deleted, as a link to a missing object reads there.
    QStringList out{
        finding("routing-group-master-invalid", branchRg),
        finding("smtp-vs-max-recipients-low", vs(QStringLiteral("CN=EXEU1,CN=Servers,") + Europe, 1)),
        finding("smtp-vs-no-outbound-connector", Gw2),
        finding("smtp-vs-smart-host-set", vs(exbr1, 1)),
        finding("smtp-vs-smart-host-type-nondefault", vs(exbr1, 1)),
        finding("connector-scope-local",
                QStringLiteral("CN=Internal Domains Connector,CN=Connections,") + branchRg),
        finding("smtp-vs-nonstandard-port", vs(QStringLiteral("CN=EXMBX1,CN=Servers,") + FirstAg, 2)),
    };
    out.sort();
    return out;
}

void TestAnalyzerDirectories::demoFindings() {
    QVERIFY(openAnalyzed());
    const QStringList found = listed(m_analyzer->sortedFindings());
    QCOMPARE(found, expectedDemoFindings());
}

void TestAnalyzerDirectories::fixByAnotherClientClearsItsFinding() {
    // GW2 is a gateway without an outbound connector; making it the bridgehead of Europe's Internet
    // connector (with ldapmodify, as another administrator would) clears that.
    QVERIFY(openAnalyzed());
    const QString key = Finding::keyFor(QStringLiteral("smtp-vs-no-outbound-connector"), Dn::parse(Gw2));
    QVERIFY(m_analyzer->findings().contains(key));
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modify\nreplace: "
                       "msExchSourceBridgeheadServersDN\nmsExchSourceBridgeheadServersDN: %2\n")
            .arg(EuropeInternet, vs(Gw2, 1))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_analyzer->findings().contains(key), 5000);
}

void TestAnalyzerDirectories::analyzeCommandReportsTheSame() {
    QTemporaryDir scratch;
    const QString passwordFile = scratch.filePath(QStringLiteral("password"));
    QFile pw(passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write(m_dir.adminSettings().password.toUtf8() + '\n');
    pw.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BRIDGEHEAD_BINARY),
                  {QStringLiteral("analyze"), QStringLiteral("--uri"), m_dir.adminSettings().uri,
                   QStringLiteral("--bind-dn"), m_dir.adminSettings().bindDn,
                   QStringLiteral("--password-file"), passwordFile, QStringLiteral("--gateway"),
                   QStringLiteral("GW1"), QStringLiteral("--gateway"), QStringLiteral("GW2"),
                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--fail-on"),
                   QStringLiteral("warning")});
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    // Warnings were found: refused by --fail-on warning, with the report still printed.
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QStringList found;
    for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
        found << f.toObject().value(QStringLiteral("rule")).toString() + QStringLiteral(" on ") +
                     Dn::parse(f.toObject().value(QStringLiteral("dn")).toString()).key();
    found.sort();
    QVERIFY2(!found.isEmpty(), qPrintable(err));
    QCOMPARE(found, expectedDemoFindings());
}

BRIDGEHEAD_GUILESS_TEST_MAIN(TestAnalyzerDirectories)
#include "tst_analyzerdirectories.moc"
