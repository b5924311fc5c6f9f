// Every analyzer rule on real slapd data: each fires in one case and stays silent in another, each
// case on its own copy of the demo organization; and the demo as shipped, with its gateways.

#include "AnalyzerCase.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "GatewayDesignation.h"
#include "RuleSet.h"

#include <QSignalSpy>
#include <QTest>

using analyzer::Analyzer;
using analyzer::Finding;
using console::DirectorySession;
using directory::Dn;
using testsupport::DemoCopy;
using namespace testsupport::analyzercase;

class TestAnalyzerRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rules_data();
    void rules();
    void everyRuleHasBothCases();
    void demoFindings();
    void organizationAsBase();

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

    testsupport::DirectoryFixture m_dir;
};

void TestAnalyzerRules::initTestCase() {
    QVERIFY(m_dir.startDemo());
}

void TestAnalyzerRules::cleanupTestCase() {
    m_dir.stop();
}

QList<TestAnalyzerRules::RuleCase> TestAnalyzerRules::cases() {
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
    row("same address and port", duplicate,
        replace(vs(Gw1, 2), QStringLiteral("msExchServerBindings"), {QStringLiteral("10.1.0.5:25:")}),
        noGateways, vs(Gw1, 1), true);
    row("both on all unassigned", duplicate,
        replace(vs(Exmbx1, 2), QStringLiteral("msExchServerBindings"), {QStringLiteral(":25:")}), noGateways,
        vs(Exmbx1, 2), true);
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

void TestAnalyzerRules::rules_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QStringList>("gateways");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("fires");
    for (const RuleCase &c : cases())
        QTest::newRow(c.name) << c.rule << c.changes << c.gateways << c.subject << c.fires;
}

void TestAnalyzerRules::rules() {
    QFETCH(QString, rule);
    QFETCH(QString, changes);
    QFETCH(QStringList, gateways);
    QFETCH(QString, subject);
    QFETCH(bool, fires);
    const QString tag = tagFor(QTest::currentDataTag());
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, changes, gateways));
    const QStringList ids = c.ruleIds(at(tag, subject));
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

void TestAnalyzerRules::everyRuleHasBothCases() {
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

void TestAnalyzerRules::demoFindings() {
    // The demo as shipped, with its gateways GW1 and GW2: what a new user sees in the panel.
    AnalyzedCopy c;
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

void TestAnalyzerRules::organizationAsBase() {
    // Opened at the organization itself rather than above it: the same findings.
    const QString tag = QStringLiteral("org-base");
    AnalyzedCopy c;
    QVERIFY(c.open(m_dir, tag, QString(), {Gw2}, DirectorySession::Mode::LoadOnce, DemoCopy::org(tag)));
    QVERIFY(c.ruleIds(at(tag, Gw2)).contains(QStringLiteral("smtp-vs-no-outbound-connector")));
    QCOMPARE(c.analyzer->findings().size(), 7);
}

QTEST_GUILESS_MAIN(TestAnalyzerRules)
#include "tst_analyzerrules.moc"
