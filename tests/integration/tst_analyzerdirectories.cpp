// The analyzer on the demo organization in a real slapd and in a real Samba AD DC: the same
// findings on both, a fix made by another client clearing its finding live (AD follows through
// server notification), a routing group master deleted by another client reported by its name
// and fixed as the console fixes it, and `bridgehead analyze` reporting the same from the command
// line.

#include "Analyzer.h"
#include "Attributes.h"
#include "DemoOrganization.h"
#include "DirectorySession.h"
#include "EntryEdit.h"
#include "FindingFix.h"
#include "GatewayDesignation.h"
#include "NetworkIsolation.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    void deletedMasterIsNamedUntilFixed();
    void masterReadAsDeletedIsFixed();
    void analyzeCommandReportsTheSame();

private:
    bool openAnalyzed();
    // Sets a routing group's master through the fix of its routing-group-master-invalid finding.
    bool fixMaster(const QString &groupDn, const QString &newMaster);
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

namespace {

// A finding about a routing group master names the server as a user knows it: no DN, no "DEL:",
// no GUID.
bool namesServerPlainly(const QString &detail, const QString &group, const QString &server) {
    static const QRegularExpression guid(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"));
    return detail.contains(QStringLiteral("master of %1 is %2, which ").arg(group, server)) &&
           !detail.contains(QStringLiteral("CN=")) && !detail.contains(QStringLiteral("DEL:")) &&
           !detail.contains(QLatin1Char('\n')) && !detail.contains(guid);
}

} // namespace

bool TestAnalyzerDirectories::fixMaster(const QString &groupDn, const QString &newMaster) {
    // The finding's fix opens the group's properties at the master field; saved as the sheet saves
    // it: one modify from the entry the console holds, checking that value is still there.
    const QString key = Finding::keyFor(QStringLiteral("routing-group-master-invalid"), Dn::parse(groupDn));
    const Finding finding = m_analyzer->findings().value(key);
    const analyzer::FindingFix fix =
        analyzer::FindingFix::forFinding(finding, m_analyzer->rule(finding.rule), *m_session->topology());
    const topology::DirectoryObject *group = m_session->topology()->find(Dn::parse(groupDn));
    if (fix.kind != analyzer::FindingFix::Kind::EditProperty || fix.object != Dn::parse(groupDn) ||
        fix.attribute != topology::attr::routingMaster || !group) {
        qWarning("no fix at the master field for %s", qPrintable(key));
        return false;
    }
    topology::EntryEdit edit(group->entry());
    edit.set(fix.attribute, newMaster);
    directory::DirectoryReply *saved = m_session->connection()->apply(edit.toModify());
    if (!testsupport::waitFor(saved) || !saved->result().ok()) {
        qWarning("saving the master failed: %s", qPrintable(saved->result().text()));
        return false;
    }
    return true;
}

void TestAnalyzerDirectories::deletedMasterIsNamedUntilFixed() {
    // Another administrator removes EXMBX1, the master of First Routing Group, with everything
    // under it. AD does not change the group for that (its change feed reports only the server's
    // deletion), but reads its link from then on as the server's name in Deleted Objects.
    using testsupport::demo::FirstAg;
    using testsupport::demo::FirstRg;
    QVERIFY(openAnalyzed());
    const QString exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + FirstAg;
    const QString key = Finding::keyFor(QStringLiteral("routing-group-master-invalid"), Dn::parse(FirstRg));
    QVERIFY(!m_analyzer->findings().contains(key));
    QString output;
    QVERIFY2(m_dir.runTool(QStringLiteral("ldapdelete"), {QStringLiteral("-r"), exmbx1}, &output) == 0,
             qPrintable(output));
    QTRY_VERIFY_WITH_TIMEOUT(m_analyzer->findings().contains(key), 5000);
    QVERIFY(!m_session->topology()->find(Dn::parse(exmbx1)));
    const QString detail = m_analyzer->findings().value(key).detail;
    QVERIFY2(namesServerPlainly(detail, QStringLiteral("First Routing Group"), QStringLiteral("EXMBX1")),
             qPrintable(detail));

    // What the directory itself now holds.
    directory::DirectoryReply *read =
        m_session->connection()->searchBase(FirstRg, {topology::attr::routingMaster});
    QVERIFY(testsupport::waitFor(read));
    const QString value = read->entries().value(0).string(topology::attr::routingMaster);
    qInfo("msExchRoutingMasterDN after the delete: %s", qPrintable(value));
    const Dn stored = Dn::parse(value);
    if (m_dir.isActiveDirectory()) {
        QCOMPARE(stored.deletedObjectName(), QStringLiteral("EXMBX1"));
        QVERIFY(!stored.deletedObjectGuid().isEmpty());
        QCOMPARE(stored.parent().rdnValue(), QStringLiteral("Deleted Objects"));
    } else {
        QCOMPARE(stored, Dn::parse(exmbx1));
    }

    // Fixed right away, from what the console holds: the finding goes, live.
    QVERIFY(fixMaster(FirstRg, testsupport::demo::Gw1));
    QTRY_VERIFY_WITH_TIMEOUT(!m_analyzer->findings().contains(key), 5000);
    QCOMPARE(
        Dn::parse(
            m_session->topology()->find(Dn::parse(FirstRg))->entry().string(topology::attr::routingMaster)),
        Dn::parse(testsupport::demo::Gw1));
}

void TestAnalyzerDirectories::masterReadAsDeletedIsFixed() {
    // The demo's Branch Routing Group names EXBR2 as its master: a server that does not exist in
    // slapd, and one that was deleted in AD, which reads there as "CN=EXBR2\0ADEL:<guid>,CN=Deleted
    // Objects,…" (AD matches that value in a delete only by its GUID).
    using testsupport::demo::FirstAg;
    QVERIFY(openAnalyzed());
    const QString branch = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
    const QString key = Finding::keyFor(QStringLiteral("routing-group-master-invalid"), Dn::parse(branch));
    QVERIFY(m_analyzer->findings().contains(key));
    const QString detail = m_analyzer->findings().value(key).detail;
    QVERIFY2(namesServerPlainly(detail, QStringLiteral("Branch Routing Group"), QStringLiteral("EXBR2")),
             qPrintable(detail));
    const Dn master = Dn::parse(
        m_session->topology()->find(Dn::parse(branch))->entry().string(topology::attr::routingMaster));
    QCOMPARE(master.deletedObjectName().isEmpty(), !m_dir.isActiveDirectory());
    if (m_dir.isActiveDirectory())
        QVERIFY2(detail.contains(QStringLiteral("EXBR2, which was deleted")), qPrintable(detail));
    QVERIFY(fixMaster(branch, QStringLiteral("CN=EXBR1,CN=Servers,") + FirstAg));
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
