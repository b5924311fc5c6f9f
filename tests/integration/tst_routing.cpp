// Route resolution on the demo organization in a real slapd: the routes a new user would test
// from its servers, and a route that changes when someone adds a routing group connector with
// ldapmodify while the console follows the directory.

#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "RouteResolver.h"

#include <QSignalSpy>
#include <QTest>

using console::DirectorySession;
using directory::Dn;

namespace {

const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + Europe;
const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + testsupport::demo::FirstAg;
const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + testsupport::demo::FirstAg;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString InternetName = QStringLiteral("Internet Mail SMTP Connector (GW1)");

QStringList describe(const routing::Route &route) {
    QStringList out;
    for (const routing::RouteHop &hop : route.hops)
        out.append(hop.serverName + QStringLiteral(" → ") +
                   (hop.connectorName.isEmpty() ? QString() : hop.connectorName + QStringLiteral(" → ")) +
                   hop.nextHop.toString());
    return out;
}

QString reasonFor(const routing::Route &route, const QString &connector) {
    for (const routing::RejectedConnector &r : route.rejected)
        if (r.connectorName == connector)
            return r.reason;
    return QString();
}

} // namespace

class TestRouting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void demoRoutes();
    void followsTheDirectory();

private:
    bool open(DirectorySession &session, DirectorySession::Mode mode);
    testsupport::DirectoryFixture m_dir;
};

void TestRouting::init() {
    QVERIFY(m_dir.startDemo());
}

void TestRouting::cleanup() {
    m_dir.stop();
}

bool TestRouting::open(DirectorySession &session, DirectorySession::Mode mode) {
    QSignalSpy loaded(&session, &DirectorySession::loaded);
    session.open(m_dir->adminSettings(), mode);
    return loaded.wait(15000);
}

void TestRouting::demoRoutes() {
    DirectorySession session;
    QVERIFY(open(session, DirectorySession::Mode::LoadOnce));
    const routing::RouteResolver resolver(*session.topology());

    // The mailbox server is no bridgehead: its Internet mail goes to GW1's Internet virtual server
    // first, then out through the smart hosts in order. Europe's connector is the fallback.
    const routing::Route fromMailbox = resolver.resolve(Dn::parse(Exmbx1), QStringLiteral("ann@contoso.com"));
    QVERIFY2(fromMailbox.isValid(), qPrintable(fromMailbox.error));
    QCOMPARE(describe(fromMailbox),
             (QStringList{QStringLiteral("EXMBX1 → GW1 ([198.51.100.25])"),
                          QStringLiteral("GW1 → ") + InternetName +
                              QStringLiteral(" → smarthost.example.net, [192.0.2.25]")}));
    QCOMPARE(fromMailbox.candidates.size(), 2);
    QCOMPARE(fromMailbox.candidates.at(1).connectorName, QStringLiteral("Europe Internet Connector"));
    QCOMPARE(fromMailbox.candidates.at(1).totalCost(), 30);
    QVERIFY(reasonFor(fromMailbox, QStringLiteral("Europe Internet Connector"))
                .contains(QStringLiteral("Cost 30")));
    QVERIFY(
        reasonFor(fromMailbox, QStringLiteral("Partner Connector")).contains(QStringLiteral("do not cover")));
    QVERIFY(reasonFor(fromMailbox, QStringLiteral("Internal Domains Connector"))
                .contains(QStringLiteral("Local:")));

    // The partner domain takes its own connector, routed by DNS, from the mailbox server itself
    // (it is one of that connector's bridgeheads).
    const routing::Route partner =
        resolver.resolve(Dn::parse(Exmbx1), QStringLiteral("bob@partner.example.org"));
    QCOMPARE(describe(partner),
             QStringList{QStringLiteral(
                 "EXMBX1 → Partner Connector → DNS (mail exchangers of partner.example.org)")});

    // The branch server reaches no connector (no routing group connector leaves its routing group)
    // and its virtual server's own smart host takes the mail: demo misconfiguration (b).
    const routing::Route branch = resolver.resolve(Dn::parse(Exbr1), QStringLiteral("ann@contoso.com"));
    QCOMPARE(describe(branch), QStringList{QStringLiteral("EXBR1 → [10.1.0.5]")});
    QVERIFY(reasonFor(branch, InternetName).contains(QStringLiteral("No routing group connector leads")));

    // GW2, meant to be Europe's gateway, hands Internet mail to EXEU1: demo misconfiguration (a).
    const routing::Route europe = resolver.resolve(Dn::parse(Gw2), QStringLiteral("ann@contoso.com"));
    QCOMPARE(describe(europe), (QStringList{QStringLiteral("GW2 → EXEU1 (exeu1.example.com)"),
                                            QStringLiteral("EXEU1 → Europe Internet Connector → "
                                                           "smarthost-eu.example.net, [198.51.100.40]")}));
}

void TestRouting::followsTheDirectory() {
    DirectorySession session;
    QVERIFY(open(session, DirectorySession::Mode::Follow));
    const routing::RouteResolver resolver(*session.topology());
    QCOMPARE(
        resolver.resolve(Dn::parse(Gw2), QStringLiteral("ann@contoso.com")).candidates.first().connectorName,
        QStringLiteral("Europe Internet Connector"));

    // Someone adds a cheap routing group connector from Europe back to the first routing group.
    const QString rgc = QStringLiteral("CN=Europe RG to First RG,CN=Connections,") + EuropeRg;
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: top\nobjectClass: msExchConnector\n"
                       "objectClass: msExchRoutingGroupConnector\ncn: Europe RG to First RG\n"
                       "cost: 1\nmsExchDestinationRGDN: %2\n")
            .arg(rgc, testsupport::demo::FirstRg)));
    QTRY_VERIFY_WITH_TIMEOUT(session.topology()->find(Dn::parse(rgc)), 5000);
    const routing::Route route = resolver.resolve(Dn::parse(Gw2), QStringLiteral("ann@contoso.com"));
    QCOMPARE(route.candidates.first().connectorName, InternetName);
    QCOMPARE(route.candidates.first().totalCost(), 2);
    QCOMPARE(route.hops.first().connectorName, QStringLiteral("Europe RG to First RG"));
    QCOMPARE(route.hops.last().serverName, QStringLiteral("GW1"));
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
