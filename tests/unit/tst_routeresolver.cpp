// Route resolution on a table of hand-made organizations: address space specificity, cost,
// connector scope, hops to bridgeheads, routing group connectors (their cost, their direction,
// paths over several), virtual-server smart hosts, and what happens when no connector applies.

#include "OrganizationBuilder.h"
#include "RouteResolver.h"
#include "Topology.h"

#include <QJsonArray>
#include <QTest>

using testsupport::OrganizationBuilder;
using Vs = testsupport::OrganizationBuilder::VirtualServer;
using Connector = testsupport::OrganizationBuilder::Connector;

namespace {

// HQ: GW1 (bound to 10.0.0.1) and MBX1; Branch: BR1; Europe: GW2 and EU1.
OrganizationBuilder base() {
    OrganizationBuilder org;
    org.routingGroup(QStringLiteral("HQ"), QStringLiteral("MBX1"))
        .routingGroup(QStringLiteral("Branch"))
        .routingGroup(QStringLiteral("Europe"), QStringLiteral("EU1"))
        .server(QStringLiteral("GW1"), QStringLiteral("HQ"))
        .server(QStringLiteral("MBX1"), QStringLiteral("HQ"))
        .server(QStringLiteral("BR1"), QStringLiteral("Branch"))
        .server(QStringLiteral("GW2"), QStringLiteral("Europe"))
        .server(QStringLiteral("EU1"), QStringLiteral("Europe"));
    Vs gw1;
    gw1.binding = QStringLiteral("10.0.0.1:25:");
    org.virtualServer(QStringLiteral("GW1"), QStringLiteral("1"), gw1)
        .virtualServer(QStringLiteral("MBX1"))
        .virtualServer(QStringLiteral("BR1"))
        .virtualServer(QStringLiteral("GW2"))
        .virtualServer(QStringLiteral("EU1"));
    return org;
}

Connector connector(const QStringList &spaces, const QStringList &bridgeheads = {},
                    const QString &smartHost = {}) {
    Connector c;
    c.addressSpaces = spaces;
    c.bridgeheads = bridgeheads;
    c.smartHost = smartHost;
    return c;
}

const QString Hq = QStringLiteral("HQ");
const QString Branch = QStringLiteral("Branch");
const QString Europe = QStringLiteral("Europe");

QString viaName(routing::RouteHop::Via via) {
    switch (via) {
    case routing::RouteHop::Via::Bridgehead:
        return QStringLiteral("bridgehead");
    case routing::RouteHop::Via::RoutingGroupConnector:
        return QStringLiteral("rgc");
    case routing::RouteHop::Via::SmtpConnector:
        return QStringLiteral("smtp");
    case routing::RouteHop::Via::VirtualServer:
        return QStringLiteral("vs");
    }
    return QString();
}

// "SERVER|via|CONNECTOR|NEXT HOP" per hop: what a user reads off the route.
QStringList describe(const routing::Route &route) {
    QStringList out;
    for (const routing::RouteHop &hop : route.hops)
        out.append(
            QStringList{hop.serverName, viaName(hop.via), hop.connectorName, hop.nextHop.toString()}.join(
                QLatin1Char('|')));
    return out;
}

} // namespace

class TestRouteResolver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resolves_data();
    void resolves();
    void everyHopHasAReason();
    void jsonNamesHopsAndRejections();
    void refusesWhatItCannotRoute();
    void defaultRouteOnlyTakesStar();
};

void TestRouteResolver::resolves_data() {
    QTest::addColumn<QList<directory::Entry>>("organization");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("hops");
    // "Connector: words of the reason"; the list is every connector not taken, in the order shown.
    QTest::addColumn<QStringList>("rejected");

    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("Internet"),
                          connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GW1/1")},
                                    QStringLiteral("[192.0.2.1]")))
            .smtpConnector(Hq, QStringLiteral("Contoso"),
                           connector({QStringLiteral("SMTP:contoso.com;50")}, {QStringLiteral("GW1/1")}));
        QTest::newRow("the most specific address space wins over a lower cost")
            << org.entries() << QStringLiteral("GW1") << QStringLiteral("ann@contoso.com")
            << QStringList{QStringLiteral("GW1|smtp|Contoso|DNS (mail exchangers of contoso.com)")}
            << QStringList{QStringLiteral("Internet: is less specific than SMTP:contoso.com;50")};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(
               Hq, QStringLiteral("Sales"),
               connector({QStringLiteral("SMTP:sales.contoso.com;5")}, {}, QStringLiteral("[192.0.2.5]")))
            .smtpConnector(
                Hq, QStringLiteral("Wild"),
                connector({QStringLiteral("SMTP:*.contoso.com;1")}, {}, QStringLiteral("[192.0.2.6]")));
        QTest::newRow("a named subdomain beats a wildcard of its parent")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("bo@eu.sales.contoso.com")
            << QStringList{QStringLiteral("MBX1|smtp|Sales|[192.0.2.5]")}
            << QStringList{QStringLiteral("Wild: less specific")};
        QTest::newRow("the wildcard covers its parent domain too")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("bo@contoso.com")
            << QStringList{QStringLiteral("MBX1|smtp|Wild|[192.0.2.6]")}
            << QStringList{QStringLiteral("Sales: (SMTP:sales.contoso.com;5) do not cover contoso.com")};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("A"),
                          connector({QStringLiteral("SMTP:*;5")}, {}, QStringLiteral("[192.0.2.5]")))
            .smtpConnector(Hq, QStringLiteral("B"),
                           connector({QStringLiteral("SMTP:*;2")}, {}, QStringLiteral("[192.0.2.2]")));
        QTest::newRow("the lowest cost wins; the other is the fallback")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|smtp|B|[192.0.2.2]")}
            << QStringList{QStringLiteral("A: Cost 5 is higher than 2 for B")};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("Internet"),
                          connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GW1/1")},
                                    QStringLiteral("relay.example.net")))
            .smtpConnector(
                Branch, QStringLiteral("Branch Only"),
                connector({QStringLiteral("Local:SMTP:contoso.com;1")}, {QStringLiteral("BR1/1")}));
        QTest::newRow("a Local: connector is invisible outside its routing group")
            << org.entries() << QStringLiteral("GW1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("GW1|smtp|Internet|relay.example.net")}
            << QStringList{QStringLiteral(
                   "Branch Only: Its scope is its routing group (Local:), Branch, and GW1 is in HQ")};
        QTest::newRow("a Local: connector serves its own routing group")
            << org.entries() << QStringLiteral("BR1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("BR1|smtp|Branch Only|DNS (mail exchangers of contoso.com)")}
            << QStringList{QStringLiteral("Internet: No routing group connector leads from Branch to HQ")};
        QTest::newRow("a server that is not a bridgehead hands the message to one")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@fabrikam.com")
            << QStringList{QStringLiteral("MBX1|bridgehead||GW1 ([10.0.0.1])"),
                           QStringLiteral("GW1|smtp|Internet|relay.example.net")}
            << QStringList{QStringLiteral("Branch Only: Local:")};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("Internet"),
                          connector({QStringLiteral("SMTP:*;1")}, {}, QStringLiteral("[192.0.2.1]")));
        QTest::newRow("without local bridgeheads any server of the routing group sends")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|smtp|Internet|[192.0.2.1]")} << QStringList{};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("HQ Internet"),
                          connector({QStringLiteral("SMTP:*;5")}, {QStringLiteral("GW1/1")},
                                    QStringLiteral("[192.0.2.1]")))
            .smtpConnector(Europe, QStringLiteral("Europe Internet"),
                           connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("EU1/1")}))
            .routingGroupConnector(Hq, QStringLiteral("HQ to Europe"), Europe, 10, {QStringLiteral("GW1/1")},
                                   {QStringLiteral("EU1/1")});
        QTest::newRow("routing group connector costs add to the address space cost")
            << org.entries() << QStringLiteral("GW1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("GW1|smtp|HQ Internet|[192.0.2.1]")}
            << QStringList{QStringLiteral("Europe Internet: Cost 11 (1 for the address space, 10 for the "
                                          "routing group connectors) is "
                                          "higher than 5")};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Europe, QStringLiteral("Europe Internet"),
                          connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("EU1/1")}))
            .routingGroupConnector(Hq, QStringLiteral("HQ to Europe"), Europe, 10, {QStringLiteral("GW1/1")},
                                   {QStringLiteral("GW2/1")});
        QTest::newRow("through a routing group connector, with bridgehead hops on both sides")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|bridgehead||GW1 ([10.0.0.1])"),
                           QStringLiteral("GW1|rgc|HQ to Europe|GW2 (gw2.example.com)"),
                           QStringLiteral("GW2|bridgehead||EU1 (eu1.example.com)"),
                           QStringLiteral("EU1|smtp|Europe Internet|DNS (mail exchangers of contoso.com)")}
            << QStringList{};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Europe, QStringLiteral("Europe Internet"),
                          connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("EU1/1")}))
            .routingGroupConnector(Europe, QStringLiteral("Europe to HQ"), Hq, 10);
        QTest::newRow("routing group connectors are one-way")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|vs||DNS (mail exchangers of contoso.com)")}
            << QStringList{
                   QStringLiteral("Europe Internet: No routing group connector leads from HQ to Europe")};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Europe, QStringLiteral("Europe Internet"), connector({QStringLiteral("SMTP:*;1")}))
            .routingGroupConnector(Hq, QStringLiteral("HQ to Branch"), Branch, 2)
            .routingGroupConnector(Branch, QStringLiteral("Branch to Europe"), Europe, 3)
            .routingGroupConnector(Hq, QStringLiteral("HQ to Europe"), Europe, 10);
        QTest::newRow("two routing group connectors cheaper than one")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|rgc|HQ to Branch|BR1 (br1.example.com)"),
                           QStringLiteral("BR1|rgc|Branch to Europe|EU1 (eu1.example.com)"),
                           QStringLiteral("EU1|smtp|Europe Internet|DNS (mail exchangers of contoso.com)")}
            << QStringList{};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Europe, QStringLiteral("Europe Internet"), connector({QStringLiteral("SMTP:*;1")}))
            .routingGroupConnector(Hq, QStringLiteral("HQ to Europe"), Europe, 1, {},
                                   {QStringLiteral("GONE/1")});
        QTest::newRow("a routing group connector whose remote bridgehead is gone leads nowhere")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|vs||DNS (mail exchangers of contoso.com)")}
            << QStringList{
                   QStringLiteral("Europe Internet: HQ to Europe: its remote bridgeheads do not exist")};
    }
    {
        OrganizationBuilder org = base();
        QTest::newRow("no connector: the virtual server delivers by DNS")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|vs||DNS (mail exchangers of contoso.com)")} << QStringList{};
        OrganizationBuilder withSmartHost = base();
        withSmartHost.set(OrganizationBuilder::virtualServerDn(QStringLiteral("BR1/1")),
                          QStringLiteral("msExchSmtpSmartHost"), {QStringLiteral("[10.0.0.1]")});
        QTest::newRow("no connector: the virtual server's own smart host")
            << withSmartHost.entries() << QStringLiteral("BR1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("BR1|vs||[10.0.0.1]")} << QStringList{};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("Dangling"),
                          connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GONE/1")},
                                    QStringLiteral("[192.0.2.1]")))
            .smtpConnector(Hq, QStringLiteral("Bare IP"),
                           connector({QStringLiteral("SMTP:*;1")}, {}, QStringLiteral("10.0.0.9")))
            .smtpConnector(Hq, QStringLiteral("X400 only"),
                           connector({QStringLiteral("X400:c=US;a= ;p=Org;;1")}))
            .smtpConnector(Hq, QStringLiteral("Fallback"), connector({QStringLiteral("SMTP:*;90")}));
        QTest::newRow("connectors that cannot carry mail say why")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|smtp|Fallback|DNS (mail exchangers of contoso.com)")}
            << QStringList{QStringLiteral("Bare IP: Its smart host \"10.0.0.9\" cannot be used"),
                           QStringLiteral("Dangling: None of its local bridgeheads"),
                           QStringLiteral("X400 only: no SMTP address space")};
    }
    {
        OrganizationBuilder org = base();
        Vs gw1b;
        gw1b.binding = QStringLiteral("10.0.0.2:25:");
        gw1b.smartHost = QStringLiteral("[192.0.2.99]");
        org.virtualServer(QStringLiteral("GW1"), QStringLiteral("2"), gw1b)
            .smtpConnector(Hq, QStringLiteral("By DNS"),
                           connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GW1/2")}));
        QTest::newRow("a DNS connector leaves the sending virtual server's smart host in force")
            << org.entries() << QStringLiteral("GW1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("GW1|smtp|By DNS|[192.0.2.99]")} << QStringList{};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("HQ Internet"), connector({QStringLiteral("SMTP:*;11")}))
            .smtpConnector(Europe, QStringLiteral("Alpha Europe"), connector({QStringLiteral("SMTP:*;1")}))
            .routingGroupConnector(Hq, QStringLiteral("HQ to Europe"), Europe, 10);
        QTest::newRow("on a tie, the server's own routing group")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|smtp|HQ Internet|DNS (mail exchangers of contoso.com)")}
            << QStringList{QStringLiteral(
                   "Alpha Europe: Same cost as HQ Internet, which is in MBX1's own routing group")};
    }
    {
        OrganizationBuilder org = base();
        org.smtpConnector(Hq, QStringLiteral("A"),
                          connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GW1/1")}))
            .smtpConnector(Hq, QStringLiteral("B"),
                           connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("MBX1/1")}));
        QTest::newRow("on a tie, the connector the server is a bridgehead of")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|smtp|B|DNS (mail exchangers of contoso.com)")}
            << QStringList{QStringLiteral("A: Same cost as B, which MBX1 sends through itself")};
    }
    {
        OrganizationBuilder org = base();
        org.set(OrganizationBuilder::virtualServerDn(QStringLiteral("GW1/1")),
                QStringLiteral("msExchServerBindings"), {QStringLiteral("127.0.0.1:2025:")})
            .set(OrganizationBuilder::virtualServerDn(QStringLiteral("GW1/1")),
                 QStringLiteral("msExchSmtpOutgoingPort"), {QStringLiteral("2526")})
            .smtpConnector(Hq, QStringLiteral("Internet"),
                           connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GW1/1")},
                                     QStringLiteral("[127.0.0.1]")));
        QTest::newRow("ports: the bridgehead's binding, and its outgoing port for the smart host")
            << org.entries() << QStringLiteral("MBX1") << QStringLiteral("x@contoso.com")
            << QStringList{QStringLiteral("MBX1|bridgehead||GW1 ([127.0.0.1]:2025)"),
                           QStringLiteral("GW1|smtp|Internet|[127.0.0.1]:2526")}
            << QStringList{};
    }
}

void TestRouteResolver::resolves() {
    QFETCH(QList<directory::Entry>, organization);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, hops);
    QFETCH(QStringList, rejected);

    topology::Topology t;
    t.addEntries(organization);
    const routing::RouteResolver resolver(t);
    const routing::Route route =
        resolver.resolve(directory::Dn::parse(OrganizationBuilder::serverDn(from)), to);
    QVERIFY2(route.isValid(), qPrintable(route.error));
    QCOMPARE(describe(route), hops);

    QStringList got;
    for (const routing::RejectedConnector &r : route.rejected)
        got.append(r.connectorName + QStringLiteral(": ") + r.reason);
    QCOMPARE(route.rejected.size(), rejected.size());
    for (qsizetype i = 0; i < rejected.size(); ++i) {
        const QString name = rejected[i].section(QStringLiteral(": "), 0, 0);
        const QString words = rejected[i].section(QStringLiteral(": "), 1);
        QVERIFY2(route.rejected[i].connectorName == name && route.rejected[i].reason.contains(words),
                 qPrintable(QStringLiteral("expected \"%1\", got \"%2\"").arg(rejected[i], got.value(i))));
    }
}

void TestRouteResolver::everyHopHasAReason() {
    OrganizationBuilder org = base();
    org.smtpConnector(
           Europe, QStringLiteral("Europe Internet"),
           connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("EU1/1")}, QStringLiteral("[192.0.2.7]")))
        .routingGroupConnector(Hq, QStringLiteral("HQ to Europe"), Europe, 10, {QStringLiteral("GW1/1")},
                               {QStringLiteral("GW2/1")});
    topology::Topology t;
    org.load(t);
    const routing::Route route = routing::RouteResolver(t).resolve(
        directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("MBX1"))),
        QStringLiteral("x@contoso.com"));
    QCOMPARE(route.hops.size(), 4);
    QVERIFY(route.hops[0].reason.contains(QStringLiteral("MBX1 is not a local bridgehead of HQ to Europe")));
    QVERIFY(route.hops[1].reason.contains(QStringLiteral("leads to Europe at cost 10")));
    QVERIFY(
        route.hops[2].reason.contains(QStringLiteral("GW2 is not a local bridgehead of Europe Internet")));
    QVERIFY(route.hops[3].reason.contains(QStringLiteral("SMTP:*;1 covers contoso.com")));
    QVERIFY(route.hops[3].reason.contains(QStringLiteral("Cost 11: 1 for the address space and 10")));
    QCOMPARE(route.candidates.size(), 1);
    QCOMPARE(route.candidates.first().totalCost(), 11);
    QCOMPARE(route.candidates.first().routingGroupConnectors.size(), 1);
}

void TestRouteResolver::jsonNamesHopsAndRejections() {
    OrganizationBuilder org = base();
    org.smtpConnector(Hq, QStringLiteral("Internet"),
                      connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GW1/1")},
                                QStringLiteral("relay.example.net;[192.0.2.1]")))
        .smtpConnector(Hq, QStringLiteral("Partner"), connector({QStringLiteral("SMTP:partner.example;1")}));
    topology::Topology t;
    org.load(t);
    const QJsonObject json =
        routing::RouteResolver(t)
            .resolve(directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("MBX1"))),
                     QStringLiteral("x@contoso.com"))
            .toJson();
    const QJsonArray hops = json.value(QStringLiteral("hops")).toArray();
    QCOMPARE(hops.size(), 2);
    QCOMPARE(hops[0].toObject().value(QStringLiteral("server")).toString(), QStringLiteral("MBX1"));
    QVERIFY(hops[0].toObject().value(QStringLiteral("connector")).isNull());
    QCOMPARE(hops[0].toObject().value(QStringLiteral("nextHop")).toString(),
             QStringLiteral("GW1 ([10.0.0.1])"));
    QCOMPARE(hops[1].toObject().value(QStringLiteral("server")).toString(), QStringLiteral("GW1"));
    QCOMPARE(hops[1].toObject().value(QStringLiteral("connector")).toString(), QStringLiteral("Internet"));
    QCOMPARE(hops[1].toObject().value(QStringLiteral("nextHop")).toString(),
             QStringLiteral("relay.example.net, [192.0.2.1]"));
    QVERIFY(!hops[1].toObject().value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected[0].toObject().value(QStringLiteral("connector")).toString(), QStringLiteral("Partner"));
    QVERIFY(rejected[0]
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("do not cover")));
}

void TestRouteResolver::refusesWhatItCannotRoute() {
    OrganizationBuilder org = base();
    org.server(QStringLiteral("LOST"), QString());
    topology::Topology t;
    org.load(t);
    const routing::RouteResolver resolver(t);
    const directory::Dn mbx1 = directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("MBX1")));
    for (const QString &bad : {QStringLiteral(""), QStringLiteral("@contoso.com"), QStringLiteral("ann@"),
                               QStringLiteral("ann@contoso..com"), QStringLiteral("ann@con_toso.com")}) {
        const routing::Route route = resolver.resolve(mbx1, bad);
        QVERIFY2(!route.isValid(), qPrintable(bad));
        QVERIFY(route.hops.isEmpty());
    }
    QVERIFY(resolver.resolve(mbx1, QStringLiteral("contoso.com")).isValid()); // a bare domain will do
    QVERIFY(resolver.resolve(mbx1, QStringLiteral("Ann@Contoso.COM.")).isValid());
    QCOMPARE(resolver.resolve(mbx1, QStringLiteral("Ann@Contoso.COM.")).domain,
             QStringLiteral("contoso.com"));

    const routing::Route unknown =
        resolver.resolve(directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("NOPE"))),
                         QStringLiteral("x@contoso.com"));
    QVERIFY(unknown.error.contains(QStringLiteral("not an Exchange server")));
    const routing::Route homeless =
        resolver.resolve(directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("LOST"))),
                         QStringLiteral("x@contoso.com"));
    QVERIFY(homeless.error.contains(QStringLiteral("belongs to no routing group")));
}

void TestRouteResolver::defaultRouteOnlyTakesStar() {
    OrganizationBuilder org = base();
    org.smtpConnector(Hq, QStringLiteral("Internet"), connector({QStringLiteral("SMTP:*;3")}))
        .smtpConnector(Hq, QStringLiteral("Partner"), connector({QStringLiteral("SMTP:partner.example;1")}));
    topology::Topology t;
    org.load(t);
    const routing::Route route = routing::RouteResolver(t).resolveDomain(
        directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("MBX1"))), QString());
    QCOMPARE(route.candidates.size(), 1);
    QCOMPARE(route.candidates.first().connectorName, QStringLiteral("Internet"));
    QCOMPARE(route.hops.last().nextHop.kind(), routing::NextHop::Kind::Dns);
    QVERIFY(route.hops.last().nextHop.domain().isEmpty());
}

QTEST_GUILESS_MAIN(TestRouteResolver)
#include "tst_routeresolver.moc"
