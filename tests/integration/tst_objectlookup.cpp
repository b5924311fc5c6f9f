// ObjectLookup and EquivalentCommand against the demo organization in a real slapd: objects named on
// the command line by name or DN, the refusals when a name is unknown or shared, the names written
// back into command lines, and how those are quoted for a shell.

#include "CreationPlanner.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "EquivalentCommand.h"
#include "ObjectLookup.h"

#include <QSignalSpy>
#include <QTest>

using directory::Dn;
using topology::CreationPlanner;
using topology::ObjectKind;
using topology::ObjectLookup;

namespace {

using testsupport::demo::FirstRg;
using testsupport::demo::Gw1;
const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;

QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(n) + server;
}

} // namespace

class TestObjectLookup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lookupByNameOrDn();
    void equivalentCommandQuotesAndNames();

private:
    bool load();
    const topology::Topology &topology() const { return *m_session->topology(); }

    testsupport::DirectoryFixture m_dir;
    std::unique_ptr<console::DirectorySession> m_session;
};

void TestObjectLookup::init() {
    QVERIFY(m_dir.startDemo());
    QVERIFY(load());
}

void TestObjectLookup::cleanup() {
    m_session.reset();
    m_dir.stop();
}

bool TestObjectLookup::load() {
    m_session = std::make_unique<console::DirectorySession>();
    QSignalSpy loaded(m_session.get(), &console::DirectorySession::loaded);
    m_session->open(m_dir->adminSettings(), console::DirectorySession::Mode::LoadOnce);
    return loaded.wait(15000);
}

void TestObjectLookup::lookupByNameOrDn() {
    QString error;
    QCOMPARE(ObjectLookup::find(topology(), ObjectKind::Server, QStringLiteral("gw1"), &error),
             Dn::parse(Gw1));
    QCOMPARE(ObjectLookup::find(topology(), ObjectKind::Server, Gw1.toLower(), &error), Dn::parse(Gw1));
    QVERIFY(!ObjectLookup::find(topology(), ObjectKind::Server, FirstRg, &error));
    QVERIFY2(error.contains(QStringLiteral("is not a server")), qPrintable(error));
    QVERIFY(!ObjectLookup::find(topology(), ObjectKind::RoutingGroup, QStringLiteral("Nowhere"), &error));
    QCOMPARE(error, QStringLiteral("There is no routing group named “Nowhere” in the organization."));
    // Two servers share a display name: the name is refused, the DN is taken.
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: adminDisplayName\n"
                                            "adminDisplayName: Gateway\n\ndn: %2\nchangetype: modify\n"
                                            "replace: adminDisplayName\nadminDisplayName: Gateway\n")
                                 .arg(Gw1, Gw2)));
    QVERIFY(load());
    QVERIFY(!ObjectLookup::find(topology(), ObjectKind::Server, QStringLiteral("Gateway"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("More than one server is named “Gateway”")), qPrintable(error));
    QCOMPARE(ObjectLookup::reference(topology(), Dn::parse(Gw1)), QStringLiteral("GW1"));

    QCOMPARE(
        ObjectLookup::findBridgehead(topology(), QStringLiteral("GW1/internet smtp virtual server"), &error),
        Dn::parse(vs(Gw1, 2)));
    QCOMPARE(ObjectLookup::findBridgehead(topology(), QStringLiteral("GW2"), &error), Dn::parse(vs(Gw2, 1)));
    QCOMPARE(ObjectLookup::findBridgehead(topology(), vs(Gw1, 1), &error), Dn::parse(vs(Gw1, 1)));
    QVERIFY(!ObjectLookup::findBridgehead(topology(), QStringLiteral("GW1"), &error));
    QCOMPARE(error, QStringLiteral(
                        "GW1 has several SMTP virtual servers (Default SMTP Virtual Server, Internet SMTP "
                        "Virtual Server). Say which, as in GW1/Default SMTP Virtual Server."));
    QCOMPARE(ObjectLookup::bridgeheadReference(topology(), Dn::parse(vs(Gw1, 2))),
             QStringLiteral("GW1/Internet SMTP Virtual Server"));
}

void TestObjectLookup::equivalentCommandQuotesAndNames() {
    QCOMPARE(topology::EquivalentCommand::shellQuote(QStringLiteral("SMTP:*;1")),
             QStringLiteral("'SMTP:*;1'"));
    QCOMPARE(topology::EquivalentCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(topology::EquivalentCommand::shellQuote(QStringLiteral("GW1")), QStringLiteral("GW1"));
    QCOMPARE(topology::EquivalentCommand::shellQuote(QStringLiteral("GW1\n")), QStringLiteral("'GW1\n'"));
    CreationPlanner::Connector spec = CreationPlanner::defaultConnector(Dn::parse(FirstRg));
    spec.name = QStringLiteral("Mail out");
    spec.bridgeheads = {Dn::parse(vs(Gw1, 2))};
    const QStringList command = topology::EquivalentCommand::connector(topology(), {}, spec);
    QCOMPARE(command, (QStringList{"bridgehead", "new", "connector", "--routing-group", "First Routing Group",
                                   "--name", "Mail out", "--bridgehead", "GW1/Internet SMTP Virtual Server",
                                   "--address-space", "SMTP:*;1", "--scope", "organization", "--dns"}));
    QCOMPARE(
        topology::EquivalentCommand::toShell(command),
        QStringLiteral("bridgehead new connector \\\n    --routing-group 'First Routing Group' \\\n"
                       "    --name 'Mail out' \\\n    --bridgehead 'GW1/Internet SMTP Virtual Server' \\\n"
                       "    --address-space 'SMTP:*;1' \\\n    --scope organization \\\n    --dns"));
}

QTEST_GUILESS_MAIN(TestObjectLookup)
#include "tst_objectlookup.moc"
