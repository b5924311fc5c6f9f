// The analyzer on real slapd data: every rule fires in one case and stays silent in another (each
// case on its own copy of the demo organization), the demo's findings, and the live path: an
// ldapmodify that fixes a problem makes its finding disappear within a second, one that breaks
// something makes one appear, and only the rules a change can affect are checked again.

#include "Analyzer.h"
#include "DemoCopy.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "GatewayDesignation.h"
#include "RuleSet.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using analyzer::Analyzer;
using analyzer::Finding;
using console::DirectorySession;
using directory::Dn;
using testsupport::DemoCopy;

namespace {

// DNs in a demo copy; "{O}" is the copy's organization.
const QString FirstAg = QStringLiteral("CN=First Administrative Group,CN=Administrative Groups,{O}");
const QString EuropeAg = QStringLiteral("CN=Europe,CN=Administrative Groups,{O}");
const QString Gw1 = QStringLiteral("CN=GW1,CN=Servers,") + FirstAg;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + EuropeAg;
const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + FirstAg;
const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + FirstAg;
const QString Exeu1 = QStringLiteral("CN=EXEU1,CN=Servers,") + EuropeAg;
const QString FirstRg = QStringLiteral("CN=First Routing Group,CN=Routing Groups,") + FirstAg;
const QString BranchRg = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + EuropeAg;
const QString Internet = QStringLiteral("CN=Internet Mail SMTP Connector (GW1),CN=Connections,") + FirstRg;
const QString Partner = QStringLiteral("CN=Partner Connector,CN=Connections,") + FirstRg;
const QString Internal = QStringLiteral("CN=Internal Domains Connector,CN=Connections,") + BranchRg;
const QString EuropeInternet = QStringLiteral("CN=Europe Internet Connector,CN=Connections,") + EuropeRg;

QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,%2").arg(n).arg(server);
}

// One LDIF modify record: "replace: a" / "a: v" / "-" … as given.
QString modify(const QString &dn, const QStringList &lines) {
    return QStringLiteral("dn: %1\nchangetype: modify\n%2\n\n").arg(dn, lines.join(QLatin1Char('\n')));
}

QString replace(const QString &dn, const QString &attribute, const QStringList &values) {
    QStringList lines{QStringLiteral("replace: ") + attribute};
    for (const QString &v : values)
        lines << attribute + QStringLiteral(": ") + v;
    return modify(dn, lines);
}

QString removeAttribute(const QString &dn, const QString &attribute) {
    return modify(dn, {QStringLiteral("delete: ") + attribute});
}

QString at(const QString &tag, QString dn) {
    return dn.replace(QStringLiteral("{O}"), DemoCopy::org(tag));
}

// A unique directory name for a test row ("rule-fires-3").
QString tagFor(const char *rowName) {
    QString t = QString::fromLatin1(rowName).toLower();
    t.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return t;
}

} // namespace

class TestAnalyzer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rules_data();
    void rules();
    void everyRuleHasBothCases();
    void demoFindings();
    void demoGatewaysAreDemoServers();
    void liveFixAndBreak();
    void removedConnectorIsStillKnown();
    void changesRecheckOnlyWhatTheyAffect();
    void gatewayDesignationRechecks();
    void gatewaysAreSuggested();
    void designationIsKeptPerProfile();
    void organizationAsBase();
    void findingsModelFollowsByDifference();
    void changesDuringASlicedAnalysisAreChecked();

private:
    struct RuleCase {
        const char *name;
        QString rule;
        QString changes;
        QStringList gateways;
        QString subject;
        bool fires;
    };
    static QList<RuleCase> cases();
    struct Case {
        std::unique_ptr<DirectorySession> session;
        std::unique_ptr<Analyzer> analyzer;
    };
    // Adds a demo copy with `changes`, opens it (once, or following changes), analyzes it.
    bool open(const QString &tag, const QString &changes, const QStringList &gateways, Case &out,
              DirectorySession::Mode mode = DirectorySession::Mode::LoadOnce,
              const QString &base = QString());
    static QStringList ruleIds(const Analyzer &analyzer, const QString &dn);

    testsupport::DirectoryFixture m_dir;
};

void TestAnalyzer::initTestCase() {
    QVERIFY(m_dir.startDemo());
}

void TestAnalyzer::cleanupTestCase() {
    m_dir.stop();
}

bool TestAnalyzer::open(const QString &tag, const QString &changes, const QStringList &gateways, Case &out,
                        DirectorySession::Mode mode, const QString &base) {
    if (!DemoCopy::add(m_dir, tag, changes))
        return false;
    out.session = std::make_unique<DirectorySession>();
    out.analyzer = std::make_unique<Analyzer>(out.session->topology());
    QList<Dn> servers;
    for (const QString &g : gateways)
        servers << Dn::parse(at(tag, g));
    out.analyzer->setGateways(servers);
    QSignalSpy analyzed(out.analyzer.get(), &Analyzer::analyzingChanged);
    directory::ConnectionSettings settings = m_dir->adminSettings();
    settings.baseDn = base.isEmpty() ? DemoCopy::base(tag) : base;
    out.session->open(settings, mode);
    // The analysis runs once the load has ended: analyzingChanged(true), then (false).
    if (!QTest::qWaitFor([&] { return analyzed.size() >= 2; }, 15000)) {
        qWarning("no analysis: %s", qPrintable(out.session->lastError()));
        return false;
    }
    return !out.analyzer->isAnalyzing() && out.session->topology()->organization();
}

QStringList TestAnalyzer::ruleIds(const Analyzer &analyzer, const QString &dn) {
    QStringList ids;
    const Dn wanted = Dn::parse(dn);
    for (const Finding &f : analyzer.findings())
        if (f.dn == wanted)
            ids << f.rule;
    ids.sort();
    return ids;
}

QList<TestAnalyzer::RuleCase> TestAnalyzer::cases() {
    QList<RuleCase> out;
    const QString none;
    const QStringList noGateways;
    auto row = [&out](const char *name, const QString &rule, const QString &changes,
                      const QStringList &gateways, const QString &subject, bool fires) {
        out.append(RuleCase{name, rule, changes, gateways, subject, fires});
    };

    const QString noOutbound = QStringLiteral("smtp-vs-no-outbound-connector");
    row("gateway without connector", noOutbound, none, {Gw2}, Gw2, true);
    row("gateway with connector", noOutbound, none, {Gw1}, Gw1, false);
    row("gateway made bridgehead", noOutbound,
        replace(EuropeInternet, QStringLiteral("msExchSourceBridgeheadServersDN"), {vs(Gw2, 1)}), {Gw2}, Gw2,
        false);
    row("gateway bridgehead of non-smtp space", noOutbound,
        replace(EuropeInternet, QStringLiteral("msExchSourceBridgeheadServersDN"), {vs(Gw2, 1)}) +
            replace(EuropeInternet, QStringLiteral("routingList"),
                    {QStringLiteral("X400:c=US;a= ;p=Example;;1")}),
        {Gw2}, Gw2, true);
    row("not a gateway", noOutbound, none, noGateways, Gw2, false);

    const QString smartHostSet = QStringLiteral("smtp-vs-smart-host-set");
    row("vs smart host", smartHostSet, none, noGateways, vs(Exbr1, 1), true);
    row("vs without smart host", smartHostSet,
        removeAttribute(vs(Exbr1, 1), QStringLiteral("msExchSmtpSmartHost")), noGateways, vs(Exbr1, 1),
        false);

    const QString type = QStringLiteral("smtp-vs-smart-host-type-nondefault");
    row("smart host type 2", type, none, noGateways, vs(Exbr1, 1), true);
    row("smart host type 0", type,
        replace(vs(Exbr1, 1), QStringLiteral("msExchSmtpSmartHostType"), {QStringLiteral("0")}), noGateways,
        vs(Exbr1, 1), false);

    const QString duplicate = QStringLiteral("smtp-vs-duplicate-binding");
    row("all unassigned overlaps an address", duplicate,
        replace(vs(Gw1, 2), QStringLiteral("msExchServerBindings"), {QStringLiteral(":25:")}), noGateways,
        vs(Gw1, 1), true);
    row("same port on other addresses", duplicate, none, noGateways, vs(Gw1, 2), false);
    row("same address other ports", duplicate, none, noGateways, vs(Exmbx1, 2), false);

    const QString port = QStringLiteral("smtp-vs-nonstandard-port");
    row("listens on 587 only", port, none, noGateways, vs(Exmbx1, 2), true);
    row("listens on 25", port,
        replace(vs(Exmbx1, 2), QStringLiteral("msExchServerBindings"), {QStringLiteral("10.1.0.6:25:")}),
        noGateways, vs(Exmbx1, 2), false);

    const QString multiple = QStringLiteral("smtp-vs-multiple-bindings");
    row("two bindings", multiple,
        replace(vs(Gw2, 1), QStringLiteral("msExchServerBindings"),
                {QStringLiteral(":25:"), QStringLiteral(":2525:")}),
        noGateways, vs(Gw2, 1), true);
    row("one binding", multiple, none, noGateways, vs(Gw2, 1), false);

    const QString outgoing = QStringLiteral("smtp-vs-outgoing-port");
    row("outgoing port 2525", outgoing,
        replace(vs(Exeu1, 1), QStringLiteral("msExchSmtpOutgoingPort"), {QStringLiteral("2525")}), noGateways,
        vs(Exeu1, 1), true);
    row("outgoing port 25", outgoing, none, noGateways, vs(Exeu1, 1), false);

    const QString recipients = QStringLiteral("smtp-vs-max-recipients-low");
    row("100 recipients", recipients, none, noGateways, vs(Exeu1, 1), true);
    row("249 recipients", recipients,
        replace(vs(Exeu1, 1), QStringLiteral("msExchSmtpMaxRecipients"), {QStringLiteral("249")}), noGateways,
        vs(Exeu1, 1), true);
    row("250 recipients", recipients,
        replace(vs(Exeu1, 1), QStringLiteral("msExchSmtpMaxRecipients"), {QStringLiteral("250")}), noGateways,
        vs(Exeu1, 1), false);
    row("no recipient limit", recipients,
        replace(vs(Exeu1, 1), QStringLiteral("msExchSmtpMaxRecipients"), {QStringLiteral("0")}), noGateways,
        vs(Exeu1, 1), false);

    const QString missing = QStringLiteral("connector-bridgehead-missing");
    row("bridgehead that does not exist", missing,
        modify(Partner, {QStringLiteral("add: msExchSourceBridgeheadServersDN"),
                         QStringLiteral("msExchSourceBridgeheadServersDN: ") + vs(Gw1, 9)}),
        noGateways, Partner, true);
    row("routing group connector bridgehead gone", missing,
        replace(QStringLiteral("CN=First RG to Europe RG,CN=Connections,") + FirstRg,
                QStringLiteral("msExchSourceBridgeheadServersDN"), {vs(Exmbx1, 7)}),
        noGateways, QStringLiteral("CN=First RG to Europe RG,CN=Connections,") + FirstRg, true);
    row("bridgeheads that exist", missing, none, noGateways, Partner, false);

    const QString outside = QStringLiteral("connector-bridgehead-outside-routing-group");
    row("bridgehead from another routing group", outside,
        modify(EuropeInternet, {QStringLiteral("add: msExchSourceBridgeheadServersDN"),
                                QStringLiteral("msExchSourceBridgeheadServersDN: ") + vs(Gw1, 2)}),
        noGateways, EuropeInternet, true);
    row("bridgehead of its own routing group", outside, none, noGateways, EuropeInternet, false);

    const QString noBridgehead = QStringLiteral("connector-no-bridgehead");
    row("no bridgehead", noBridgehead,
        removeAttribute(Internal, QStringLiteral("msExchSourceBridgeheadServersDN")), noGateways, Internal,
        true);
    row("one bridgehead", noBridgehead, none, noGateways, Internal, false);

    const QString noSpace = QStringLiteral("connector-no-address-space");
    row("no address space", noSpace, removeAttribute(Partner, QStringLiteral("routingList")), noGateways,
        Partner, true);
    row("an address space", noSpace, none, noGateways, Partner, false);

    const QString badSpace = QStringLiteral("connector-address-space-invalid");
    row("cost 150", badSpace,
        replace(Partner, QStringLiteral("routingList"), {QStringLiteral("SMTP:partner.example.org;150")}),
        noGateways, Partner, true);
    row("address space without type", badSpace,
        replace(Partner, QStringLiteral("routingList"), {QStringLiteral("partner.example.org;10")}),
        noGateways, Partner, true);
    row("cost 100", badSpace,
        replace(Partner, QStringLiteral("routingList"), {QStringLiteral("SMTP:partner.example.org;100")}),
        noGateways, Partner, false);

    const QString badSmartHost = QStringLiteral("connector-smart-host-invalid");
    row("bare ip smart host", badSmartHost,
        replace(Internet, QStringLiteral("msExchSmtpSmartHost"), {QStringLiteral("192.0.2.25")}), noGateways,
        Internet, true);
    row("empty smart host entry", badSmartHost,
        replace(Internet, QStringLiteral("msExchSmtpSmartHost"),
                {QStringLiteral("smarthost.example.net;;[192.0.2.25]")}),
        noGateways, Internet, true);
    row("space in smart host", badSmartHost,
        replace(Internet, QStringLiteral("msExchSmtpSmartHost"),
                {QStringLiteral("smarthost.example.net; [192.0.2.25]")}),
        noGateways, Internet, true);
    row("impossible host name", badSmartHost,
        replace(Internet, QStringLiteral("msExchSmtpSmartHost"), {QStringLiteral("smart_host.example.net")}),
        noGateways, Internet, true);
    row("valid smart hosts", badSmartHost, none, noGateways, Internet, false);
    row("dns routing", badSmartHost, none, noGateways, Partner, false);

    const QString local = QStringLiteral("connector-scope-local");
    row("scoped to routing group", local, none, noGateways, Internal, true);
    row("scoped to organization", local,
        replace(Internal, QStringLiteral("routingList"), {QStringLiteral("SMTP:*.internal.example;5")}),
        noGateways, Internal, false);

    const QString orgRoute = QStringLiteral("org-no-internet-route");
    row("no star connector", orgRoute,
        replace(Internet, QStringLiteral("routingList"), {QStringLiteral("SMTP:example.net;1")}) +
            replace(EuropeInternet, QStringLiteral("routingList"), {QStringLiteral("SMTP:example.org;1")}),
        noGateways, QStringLiteral("{O}"), true);
    row("star connectors", orgRoute, none, noGateways, QStringLiteral("{O}"), false);

    const QString groupRoute = QStringLiteral("routing-group-no-internet-route");
    const QString bothLocal =
        replace(Internet, QStringLiteral("routingList"), {QStringLiteral("Local:SMTP:*;1")}) +
        replace(EuropeInternet, QStringLiteral("routingList"), {QStringLiteral("Local:SMTP:*;20")});
    row("only other groups' local routes", groupRoute, bothLocal, noGateways, BranchRg, true);
    row("own local route", groupRoute, bothLocal, noGateways, FirstRg, false);
    row("organization-wide route", groupRoute, none, noGateways, BranchRg, false);

    const QString master = QStringLiteral("routing-group-master-invalid");
    row("master that does not exist", master, none, noGateways, BranchRg, true);
    row("master that exists", master, replace(BranchRg, QStringLiteral("msExchRoutingMasterDN"), {Exbr1}),
        noGateways, BranchRg, false);

    const QString container = QStringLiteral("admin-group-servers-container-missing");
    const QString lab = QStringLiteral("CN=Lab,CN=Administrative Groups,{O}");
    const QString labGroups =
        QStringLiteral(
            "dn: %1\nchangetype: add\nobjectClass: top\nobjectClass: msExchAdminGroup\ncn: Lab\n\n"
            "dn: CN=Routing Groups,%1\nchangetype: add\nobjectClass: top\nobjectClass: container\n"
            "objectClass: msExchRoutingGroupContainer\ncn: Routing Groups\n\n"
            "dn: CN=Lab RG,CN=Routing Groups,%1\nchangetype: add\nobjectClass: top\nobjectClass: container\n"
            "objectClass: msExchRoutingGroup\ncn: Lab RG\n\n")
            .arg(lab);
    row("routing groups without servers container", container, labGroups, noGateways, lab, true);
    row("routing groups with servers container", container,
        labGroups +
            QStringLiteral("dn: CN=Servers,%1\nchangetype: add\nobjectClass: top\nobjectClass: container\n"
                           "objectClass: msExchServersContainer\ncn: Servers\n\n")
                .arg(lab),
        noGateways, lab, false);
    row("servers container present", container, none, noGateways, FirstAg, false);
    return out;
}

void TestAnalyzer::rules_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QStringList>("gateways");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("fires");
    for (const RuleCase &c : cases())
        QTest::newRow(c.name) << c.rule << c.changes << c.gateways << c.subject << c.fires;
}

void TestAnalyzer::rules() {
    QFETCH(QString, rule);
    QFETCH(QString, changes);
    QFETCH(QStringList, gateways);
    QFETCH(QString, subject);
    QFETCH(bool, fires);
    const QString tag = tagFor(QTest::currentDataTag());
    Case c;
    QVERIFY(open(tag, changes, gateways, c));
    const QStringList ids = ruleIds(*c.analyzer, at(tag, subject));
    QVERIFY2(
        ids.contains(rule) == fires,
        qPrintable(QStringLiteral("%1 on %2: %3").arg(rule, at(tag, subject), ids.join(QLatin1Char(' ')))));
    if (fires) {
        const Finding f = c.analyzer->findings().value(Finding::keyFor(rule, Dn::parse(at(tag, subject))));
        QVERIFY(!f.detail.isEmpty());
        QVERIFY(!f.object.isEmpty());
        QCOMPARE(f.severity, c.analyzer->rule(rule)->severity);
    }
}

void TestAnalyzer::everyRuleHasBothCases() {
    // rules() checks each case; here, that the cases give every rule one where it must fire and
    // one where it must not.
    QSet<QString> fired, silent;
    for (const RuleCase &c : cases())
        (c.fires ? fired : silent).insert(c.rule);
    const QStringList ids = analyzer::RuleSet::ids();
    for (const QString &id : ids) {
        QVERIFY2(fired.contains(id), qPrintable(id + QStringLiteral(" has no case where it fires")));
        QVERIFY2(silent.contains(id), qPrintable(id + QStringLiteral(" has no case where it stays silent")));
    }
    QCOMPARE(fired + silent, QSet<QString>(ids.cbegin(), ids.cend()));
    QCOMPARE(ids.size(), 19);
}

void TestAnalyzer::demoFindings() {
    // The demo as shipped, with its gateways GW1 and GW2: what a new user sees in the panel.
    Case c;
    c.session = std::make_unique<DirectorySession>();
    c.analyzer = std::make_unique<Analyzer>(c.session->topology());
    c.analyzer->setGateways(analyzer::GatewayDesignation::demoGateways());
    QSignalSpy analyzed(c.analyzer.get(), &Analyzer::analyzingChanged);
    directory::ConnectionSettings settings = m_dir->adminSettings();
    settings.baseDn = testsupport::demo::Org; // the other cases' copies are below the suffix
    c.session->open(settings, DirectorySession::Mode::LoadOnce);
    QTRY_COMPARE_WITH_TIMEOUT(analyzed.size(), 2, 15000);
    QStringList found;
    for (const Finding &f : c.analyzer->sortedFindings())
        found << f.rule + QLatin1Char(' ') + f.dn.rdnValue();
    const QStringList expected{
        QStringLiteral("routing-group-master-invalid Branch Routing Group"),
        QStringLiteral("smtp-vs-max-recipients-low 1"),
        QStringLiteral("smtp-vs-no-outbound-connector GW2"),
        QStringLiteral("smtp-vs-smart-host-set 1"),
        QStringLiteral("connector-scope-local Internal Domains Connector"),
        QStringLiteral("smtp-vs-nonstandard-port 2"),
        QStringLiteral("smtp-vs-smart-host-type-nondefault 1"),
    };
    QCOMPARE(found, expected);
    QCOMPARE(c.analyzer->count(analyzer::Severity::Error), 0);
    QCOMPARE(c.analyzer->count(analyzer::Severity::Warning), 4);
    QCOMPARE(c.analyzer->count(analyzer::Severity::Info), 3);
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
    Case c;
    QVERIFY(open(tag, QString(), {Gw2}, c, DirectorySession::Mode::Follow));
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
    Case c;
    QVERIFY(open(tag, QString(), {Gw1}, c, DirectorySession::Mode::Follow));
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
    Case c;
    QVERIFY(open(tag, QString(), {Gw1, Gw2}, c, DirectorySession::Mode::Follow));
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
    QVERIFY(
        !ruleIds(*c.analyzer, at(tag, vs(Exeu1, 1))).contains(QStringLiteral("smtp-vs-max-recipients-low")));
    // A connector's bridgeheads: the bridgehead rules on it, and the gateway rule on the servers
    // it named before and names now.
    QVERIFY(m_dir.ldapmodify(
        at(tag, replace(EuropeInternet, QStringLiteral("msExchSourceBridgeheadServersDN"), {vs(Gw2, 1)}))));
    QVERIFY(changed.wait(5000));
    QCOMPARE(c.analyzer->lastCheckCount(), 3 + 2);
    QVERIFY(ruleIds(*c.analyzer, at(tag, Gw2)).isEmpty());
}

void TestAnalyzer::gatewayDesignationRechecks() {
    const QString tag = QStringLiteral("designation");
    Case c;
    QVERIFY(open(tag, QString(), {}, c));
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
    Case c;
    QVERIFY(open(tag, QString(), {}, c));
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

void TestAnalyzer::organizationAsBase() {
    // Opened at the organization itself rather than above it: the same findings.
    const QString tag = QStringLiteral("org-base");
    Case c;
    QVERIFY(open(tag, QString(), {Gw2}, c, DirectorySession::Mode::LoadOnce, DemoCopy::org(tag)));
    QVERIFY(ruleIds(*c.analyzer, at(tag, Gw2)).contains(QStringLiteral("smtp-vs-no-outbound-connector")));
    QCOMPARE(c.analyzer->findings().size(), 7);
}

void TestAnalyzer::findingsModelFollowsByDifference() {
    const QString tag = QStringLiteral("model");
    Case c;
    QVERIFY(open(tag, QString(), {Gw1, Gw2}, c, DirectorySession::Mode::Follow));
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
