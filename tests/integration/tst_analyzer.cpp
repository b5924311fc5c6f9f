// The analyzer following a real slapd: an ldapmodify that fixes a problem makes its finding
// disappear within a second and one that breaks something makes one appear; only the rules and
// objects a change can affect are checked again; the gateway designation and its suggestions; the
// findings model updating by difference; and changes that arrive during a sliced full analysis.

#include "AnalyzerCase.h"
#include "DirectoryFixture.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "GatewayDesignation.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using analyzer::Analyzer;
using analyzer::Finding;
using console::DirectorySession;
using directory::Dn;
using namespace testsupport::analyzercase;

class TestAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoGatewaysAreDemoServers();
    void liveFixAndBreak();
    void removedConnectorIsStillKnown();
    void changesRecheckOnlyWhatTheyAffect();
    void gatewayDesignationRechecks();
    void gatewaysAreSuggested();
    void designationIsKeptPerProfile();
    void findingsModelFollowsByDifference();
    void changesDuringASlicedAnalysisAreChecked();

private:
    testsupport::DirectoryFixture m_dir;
};

void TestAnalyzer::initTestCase() {
    QVERIFY(m_dir.startDemo());
}

void TestAnalyzer::cleanupTestCase() {
    m_dir.stop();
}

void TestAnalyzer::demoGatewaysAreDemoServers() {
    directory::Connection connection;
    connection.setSettings(m_dir->adminSettings());
    for (const Dn &dn : analyzer::GatewayDesignation::demoGateways()) {
        directory::DirectoryReply *reply = connection.searchBase(dn.toString());
        QVERIFY(testsupport::waitFor(reply));
        QCOMPARE(reply->entries().size(), 1);
        QVERIFY(reply->entries().first().hasObjectClass(QStringLiteral("msExchExchangeServer")));
    }
}

void TestAnalyzer::liveFixAndBreak() {
    const QString tag = QStringLiteral("live");
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, QString(), {Gw2}, DirectorySession::Mode::Follow));
    QTRY_COMPARE_WITH_TIMEOUT(c.session->state(), DirectorySession::State::Live, 5000);
    const QString gatewayKey =
        Finding::keyFor(QStringLiteral("smtp-vs-no-outbound-connector"), Dn::parse(at(tag, Gw2)));
    QVERIFY(c.analyzer->findings().contains(gatewayKey));

    // The fix: GW2 becomes the bridgehead of Europe's Internet connector.
    QVERIFY(m_dir.ldapmodify(
        at(tag, replace(EuropeInternet, QStringLiteral("msExchSourceBridgeheadServersDN"), {vs(Gw2, 1)}))));
    QElapsedTimer since;
    since.start();
    QTRY_VERIFY_WITH_TIMEOUT(!c.analyzer->findings().contains(gatewayKey), 5000);
    QVERIFY2(since.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(since.elapsed())));

    // Another change breaks something: a bare IP address as smart host.
    const QString smartHostKey =
        Finding::keyFor(QStringLiteral("connector-smart-host-invalid"), Dn::parse(at(tag, EuropeInternet)));
    QVERIFY(m_dir.ldapmodify(at(tag, replace(EuropeInternet, QStringLiteral("msExchSmtpSmartHost"),
                                             {QStringLiteral("198.51.100.40")}))));
    since.restart();
    QTRY_VERIFY_WITH_TIMEOUT(c.analyzer->findings().contains(smartHostKey), 5000);
    QVERIFY2(since.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(since.elapsed())));
    QVERIFY(c.analyzer->findings().value(smartHostKey).detail.contains(QStringLiteral("[198.51.100.40]")));
}

void TestAnalyzer::removedConnectorIsStillKnown() {
    // Deleting the connector GW1 sends through: GW1's finding comes back, found through the
    // connector as it was (its bridgeheads), since nothing links to GW1 any more.
    const QString tag = QStringLiteral("removed-connector");
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, QString(), {Gw1}, DirectorySession::Mode::Follow));
    QTRY_COMPARE_WITH_TIMEOUT(c.session->state(), DirectorySession::State::Live, 5000);
    const QString key =
        Finding::keyFor(QStringLiteral("smtp-vs-no-outbound-connector"), Dn::parse(at(tag, Gw1)));
    QVERIFY(!c.analyzer->findings().contains(key));
    // The partner connector also uses GW1, but only for one domain: still an SMTP address space.
    QVERIFY(m_dir.ldapmodify(at(tag, QStringLiteral("dn: %1\nchangetype: delete\n\n").arg(Internet))));
    QVERIFY(m_dir.ldapmodify(
        at(tag, replace(Partner, QStringLiteral("msExchSourceBridgeheadServersDN"), {vs(Exmbx1, 1)}))));
    QTRY_VERIFY_WITH_TIMEOUT(c.analyzer->findings().contains(key), 5000);
}

void TestAnalyzer::changesRecheckOnlyWhatTheyAffect() {
    const QString tag = QStringLiteral("recheck");
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, QString(), {Gw1, Gw2}, DirectorySession::Mode::Follow));
    QTRY_COMPARE_WITH_TIMEOUT(c.session->state(), DirectorySession::State::Live, 5000);
    QSignalSpy changed(c.session->topology(), &topology::Topology::changed);
    // A description on a virtual server: no rule reads it.
    QVERIFY(m_dir.ldapmodify(
        at(tag, replace(vs(Exeu1, 1), QStringLiteral("adminDescription"), {QStringLiteral("x")}))));
    QVERIFY(changed.wait(5000));
    QCOMPARE(c.analyzer->lastCheckCount(), 0);
    // The recipient limit: only that rule, on that virtual server.
    QVERIFY(m_dir.ldapmodify(
        at(tag, replace(vs(Exeu1, 1), QStringLiteral("msExchSmtpMaxRecipients"), {QStringLiteral("5000")}))));
    QVERIFY(changed.wait(5000));
    QCOMPARE(c.analyzer->lastCheckCount(), 1);
    QVERIFY(!c.ruleIds(at(tag, vs(Exeu1, 1))).contains(QStringLiteral("smtp-vs-max-recipients-low")));
    // A connector's bridgeheads: the bridgehead rules on it, and the gateway rule on the servers
    // it named before and names now.
    QVERIFY(m_dir.ldapmodify(
        at(tag, replace(EuropeInternet, QStringLiteral("msExchSourceBridgeheadServersDN"), {vs(Gw2, 1)}))));
    QVERIFY(changed.wait(5000));
    QCOMPARE(c.analyzer->lastCheckCount(), 3 + 2);
    QVERIFY(c.ruleIds(at(tag, Gw2)).isEmpty());
}

void TestAnalyzer::gatewayDesignationRechecks() {
    const QString tag = QStringLiteral("designation");
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, QString(), {}));
    const QString key =
        Finding::keyFor(QStringLiteral("smtp-vs-no-outbound-connector"), Dn::parse(at(tag, Gw2)));
    QVERIFY(!c.analyzer->findings().contains(key));
    QSignalSpy changed(c.analyzer.get(), &Analyzer::findingsChanged);
    c.analyzer->setGateways({Dn::parse(at(tag, Gw2))});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<analyzer::FindingsDelta>().added.size(), 1);
    QVERIFY(c.analyzer->findings().contains(key));
    c.analyzer->setGateways({});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().first().value<analyzer::FindingsDelta>().removed, QStringList{key});
}

void TestAnalyzer::gatewaysAreSuggested() {
    const QString tag = QStringLiteral("suggestions");
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, QString(), {}));
    // The local bridgeheads of the connectors with SMTP:*: GW1 (Internet) and EXEU1 (Europe).
    QCOMPARE(c.analyzer->suggestedGateways(),
             (QList<Dn>{Dn::parse(at(tag, Exeu1)), Dn::parse(at(tag, Gw1))}));
}

void TestAnalyzer::designationIsKeptPerProfile() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    const Dn gw1 = Dn::parse(at(QStringLiteral("x"), Gw1));
    {
        analyzer::GatewayDesignation designation(file, QSettings::IniFormat);
        designation.setProfile(QStringLiteral("ldap://a.example.com DC=a"));
        QVERIFY(designation.servers().isEmpty());
        designation.setGateway(gw1, true);
        designation.setProfile(analyzer::GatewayDesignation::demoProfile(),
                               analyzer::GatewayDesignation::demoGateways());
        QCOMPARE(designation.servers(), analyzer::GatewayDesignation::demoGateways());
        designation.setServers({}); // cleared on purpose: remembered, not replaced by the defaults
    }
    analyzer::GatewayDesignation again(file, QSettings::IniFormat);
    again.setProfile(QStringLiteral("ldap://a.example.com DC=a"));
    QCOMPARE(again.servers(), QList<Dn>{gw1});
    again.setProfile(analyzer::GatewayDesignation::demoProfile(),
                     analyzer::GatewayDesignation::demoGateways());
    QVERIFY(again.servers().isEmpty());
}

void TestAnalyzer::findingsModelFollowsByDifference() {
    const QString tag = QStringLiteral("model");
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, QString(), {Gw1, Gw2}, DirectorySession::Mode::Follow));
    QTRY_COMPARE_WITH_TIMEOUT(c.session->state(), DirectorySession::State::Live, 5000);
    analyzer::FindingsModel model(c.analyzer.get());
    analyzer::FindingsFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(analyzer::FindingsModel::SeverityColumn);
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QCOMPARE(model.rowCount(), 7);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto consistent = [&] {
        if (model.rowCount() != c.analyzer->findings().size())
            return false;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.finding(row) != c.analyzer->findings().value(model.finding(row).key()) ||
                model.rowOf(model.finding(row).key()) != row)
                return false;
        return true;
    };
    // Two new findings, one changed, one gone: rows come and go, nothing is reset.
    QVERIFY(m_dir.ldapmodify(at(
        tag, replace(Partner, QStringLiteral("routingList"), {QStringLiteral("SMTP:partner.example.org;0")}) +
                 replace(vs(Exeu1, 1), QStringLiteral("msExchSmtpMaxRecipients"), {QStringLiteral("20")}) +
                 replace(BranchRg, QStringLiteral("msExchRoutingMasterDN"), {Exbr1}) +
                 replace(vs(Gw2, 1), QStringLiteral("msExchSmtpOutgoingPort"), {QStringLiteral("26")}))));
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 8 && changed.size() >= 1, 5000);
    QVERIFY(consistent());
    QCOMPARE(reset.size(), 0);
    QVERIFY(!inserted.isEmpty() && !removed.isEmpty());
    QCOMPARE(model.count(analyzer::Severity::Error), 1);
    QCOMPARE(model.count(analyzer::Severity::Warning), 4);
    // The proxy's order: errors first.
    QCOMPARE(filter.index(0, 0).data(analyzer::FindingsModel::RuleRole).toString(),
             QStringLiteral("connector-address-space-invalid"));
    QVERIFY(model
                .finding(model.rowOf(Finding::keyFor(QStringLiteral("smtp-vs-max-recipients-low"),
                                                     Dn::parse(at(tag, vs(Exeu1, 1))))))
                .detail.contains(QStringLiteral("at most 20 recipients")));
}

void TestAnalyzer::changesDuringASlicedAnalysisAreChecked() {
    // A large organization in memory: the full analysis takes several slices, and everything that
    // changes meanwhile (here: every virtual server's recipient limit) still ends up checked.
    topology::Topology topology;
    const QString org = QStringLiteral("CN=Big,CN=Microsoft Exchange,DC=example,DC=com");
    QList<directory::Entry> entries;
    auto entry = [&](const QString &dn, const QStringList &classes,
                     const QList<std::pair<QString, QString>> &values = {}) {
        directory::Entry e(dn);
        for (const QString &c : classes)
            e.append(QStringLiteral("objectClass"), c.toUtf8());
        for (const auto &[a, v] : values)
            e.append(a, v.toUtf8());
        entries.append(e);
    };
    entry(org, {QStringLiteral("msExchOrganizationContainer")});
    const QString servers = QStringLiteral("CN=Servers,CN=AG,CN=Administrative Groups,") + org;
    entry(servers, {QStringLiteral("msExchServersContainer")});
    constexpr int Count = 20000;
    for (int i = 0; i < Count; ++i) {
        const QString server = QStringLiteral("CN=S%1,").arg(i) + servers;
        entry(server, {QStringLiteral("msExchExchangeServer")});
        entry(QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + server,
              {QStringLiteral("protocolCfgSMTPServer")},
              {{QStringLiteral("msExchServerBindings"), QStringLiteral(":25:")}});
    }
    topology.addEntries(entries);
    Analyzer analyzer(&topology);
    QSignalSpy running(&analyzer, &Analyzer::analyzingChanged);
    analyzer.startAnalysis();
    QCoreApplication::processEvents(); // one slice
    QVERIFY2(analyzer.isAnalyzing(), "the analysis should take more than one slice");
    QList<directory::FeedChange> changes;
    for (int i = 0; i < Count; i += 2) {
        directory::Entry e =
            topology.find(Dn::parse(QStringLiteral("CN=1,CN=SMTP,CN=Protocols,CN=S%1,").arg(i) + servers))
                ->entry();
        e.set(QStringLiteral("msExchSmtpMaxRecipients"), {QByteArray("10")});
        changes.append(directory::FeedChange{directory::FeedChange::Type::Modified, e, QString()});
    }
    topology.apply(changes);
    QTRY_VERIFY_WITH_TIMEOUT(!analyzer.isAnalyzing(), 10000);
    int low = 0;
    for (const Finding &f : analyzer.findings())
        low += f.rule == QLatin1String("smtp-vs-max-recipients-low") ? 1 : 0;
    QCOMPARE(low, Count / 2);
    QCOMPARE(running.size(), 2);
}

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
