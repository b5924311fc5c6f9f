// CreationPlanner and the checks it shares with the property tabs, against the demo organization in a
// real slapd: what a new virtual server, connector or Internet mail setup writes (read back through a
// second connection), every refusal with its field and reason, containers made before what goes in
// them, and names that need escaping.

#include "Attributes.h"
#include "ChangeSetWriter.h"
#include "ConnectorChecks.h"
#include "CreationPlanner.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "VirtualServerChecks.h"

#include <QSignalSpy>
#include <QTest>

using directory::Dn;
using directory::Entry;
using topology::AddressSpace;
using topology::CreationPlanner;
using topology::ObjectKind;
using topology::ServerBinding;
using topology::SmartHostList;
using Field = topology::CreationPlanner::Field;

namespace {

using testsupport::demo::FirstAg;
using testsupport::demo::FirstRg;
using testsupport::demo::Gw1;
const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + FirstAg;
const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + FirstAg;
const QString BranchRg = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + Europe;

// DNs as the directory compares them (slapd answers in its own spelling).
QList<Dn> dns(const QStringList &texts) {
    QList<Dn> out;
    for (const QString &text : texts)
        out << Dn::parse(text);
    return out;
}

QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(n) + server;
}

ServerBinding binding(const QString &text) {
    return *ServerBinding::parse(text);
}

AddressSpace space(const QString &text) {
    return *AddressSpace::parse(text);
}

} // namespace

class TestCreation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void virtualServerWithExchangeDefaults();
    void defaultBindingIsFreeWhereItCanBe();
    void virtualServerRefusals_data();
    void virtualServerRefusals();
    void virtualServerMakesMissingContainers();
    void connectorWithItsConnectionsContainer();
    void connectorRefusals();
    void connectorWithoutBridgeheadNeedsConsent();
    void internetMailWithNewVirtualServer();
    void internetMailRefusals();
    void internetMailPrefersAnExistingVirtualServer();
    void rolledBackCreationLeavesLaterEntriesReadable();
    void hostileConnectorNamesRoundTrip_data();
    void hostileConnectorNamesRoundTrip();
    void suggestionsAreFree();

private:
    bool load();
    Entry entry(const QString &dn);
    bool write(const topology::ChangeSet &set);
    const topology::Topology &topology() const { return *m_session->topology(); }

    testsupport::DirectoryFixture m_dir;
    std::unique_ptr<console::DirectorySession> m_session;
};

void TestCreation::init() {
    QVERIFY(m_dir.startDemo());
    QVERIFY(load());
}

void TestCreation::cleanup() {
    m_session.reset();
    m_dir.stop();
}

bool TestCreation::load() {
    m_session = std::make_unique<console::DirectorySession>();
    QSignalSpy loaded(m_session.get(), &console::DirectorySession::loaded);
    m_session->open(m_dir->adminSettings(), console::DirectorySession::Mode::LoadOnce);
    return loaded.wait(15000);
}

Entry TestCreation::entry(const QString &dn) {
    directory::Connection reader;
    reader.setSettings(m_dir->adminSettings());
    directory::DirectoryReply *reply = reader.searchBase(dn);
    return testsupport::waitFor(reply) ? reply->entries().value(0) : Entry();
}

bool TestCreation::write(const topology::ChangeSet &set) {
    directory::Connection connection;
    connection.setSettings(m_dir->adminSettings());
    auto *writer = topology::ChangeSetWriter::write(&connection, set, true);
    QSignalSpy finished(writer, &topology::ChangeSetWriter::finished);
    if (!finished.wait(10000))
        return false;
    const auto result = finished.first().first().value<topology::ChangeSetResult>();
    if (!result.ok())
        qWarning("%s", qPrintable(result.message));
    return result.ok();
}

void TestCreation::virtualServerWithExchangeDefaults() {
    // GW1 has CN=1 on 10.1.0.5:25 and CN=2 on 198.51.100.25:25, and no other address it is known by:
    // the wizard starts from (All Unassigned):25, refused with the reason, until an address is given.
    CreationPlanner::VirtualServer spec = CreationPlanner::defaultVirtualServer(topology(), Dn::parse(Gw1));
    QCOMPARE(spec.name, QStringLiteral("SMTP-GW1"));
    QCOMPARE(spec.fqdn, QStringLiteral("gw1.example.com"));
    QCOMPARE(spec.binding, binding(QStringLiteral(":25:")));
    CreationPlanner::Refusal refusal;
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Binding);
    QCOMPARE(refusal.message, QStringLiteral("(All Unassigned):25 includes 10.1.0.5:25, which “Default SMTP "
                                             "Virtual Server” on this server already uses."));

    spec.binding = binding(QStringLiteral("10.1.0.9:25:"));
    const std::optional<CreationPlanner::Plan> plan = CreationPlanner::plan(topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    QCOMPARE(plan->changes.size(), 1);
    QCOMPARE(plan->virtualServer, Dn::parse(vs(Gw1, 3)));
    QVERIFY(write(plan->changes));

    const Entry created = entry(vs(Gw1, 3));
    QCOMPARE(created.string(QStringLiteral("cn")), QStringLiteral("3"));
    QCOMPARE(created.string(topology::attr::adminDisplayName), QStringLiteral("SMTP-GW1"));
    QCOMPARE(created.strings(topology::attr::serverBindings), QStringList{QStringLiteral("10.1.0.9:25:")});
    QCOMPARE(created.string(topology::attr::fqdn), QStringLiteral("gw1.example.com"));
    QCOMPARE(created.string(topology::attr::maxRecipients), QStringLiteral("64000"));
    QCOMPARE(created.string(topology::attr::outgoingPort), QStringLiteral("25"));
    QCOMPARE(created.string(topology::attr::smartHostType), QStringLiteral("0"));
    QCOMPARE(created.string(QStringLiteral("msExchSmtpMaxHopCount")), QStringLiteral("15"));
    QCOMPARE(created.string(QStringLiteral("msExchSmtpLocalQueueExpirationTimeout")), QStringLiteral("2880"));
    QCOMPARE(created.string(QStringLiteral("heuristics")), QStringLiteral("131072"));
    QVERIFY(!created.has(topology::attr::smartHost));
    QVERIFY(created.hasObjectClass(QStringLiteral("protocolCfgSMTPServer")));

    // The next one on the same server gets CN=4 and is refused 10.1.0.9:25 now.
    QVERIFY(load());
    QCOMPARE(CreationPlanner::nextInstanceNumber(topology(), Dn::parse(Gw1)), 4);
    CreationPlanner::VirtualServer again = CreationPlanner::defaultVirtualServer(topology(), Dn::parse(Gw1));
    QCOMPARE(again.name, QStringLiteral("SMTP-GW1 (2)"));
    again.binding = binding(QStringLiteral("10.1.0.9:25:"));
    QVERIFY(!CreationPlanner::plan(topology(), again, &refusal));
    QCOMPARE(refusal.field, Field::Binding);
    QCOMPARE(refusal.message, QStringLiteral("10.1.0.9:25 is already used by “SMTP-GW1” on this server."));
}

void TestCreation::defaultBindingIsFreeWhereItCanBe() {
    const auto defaultOf = [this](const QString &server, int port = 25) {
        return CreationPlanner::defaultBinding(topology(), Dn::parse(server), port);
    };
    const auto refusalOf = [this](const QString &server) {
        const CreationPlanner::VirtualServer spec =
            CreationPlanner::defaultVirtualServer(topology(), Dn::parse(server));
        CreationPlanner::Refusal refusal;
        return CreationPlanner::plan(topology(), spec, &refusal) ? QString() : refusal.message;
    };
    // Every demo server listens on port 25 already, and none has a free address of its own.
    for (const QString &server : {Gw1, Gw2, Exmbx1, Exbr1}) {
        QCOMPARE(defaultOf(server), binding(QStringLiteral(":25:")));
        QVERIFY(!refusalOf(server).isEmpty());
    }
    QCOMPARE(refusalOf(Gw2),
             QStringLiteral("(All Unassigned):25 is already used by “Default SMTP Virtual Server” on this "
                            "server."));
    // Another port is free on all unassigned addresses where no virtual server has it.
    QCOMPARE(defaultOf(Gw1, 2525), binding(QStringLiteral(":2525:")));
    // EXMBX1's second virtual server has port 587 everywhere: no address of it is left.
    QCOMPARE(defaultOf(Exmbx1, 587), binding(QStringLiteral(":587:")));

    // An IP address GW1 is known by (networkAddress) that no virtual server listens on.
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nadd: networkAddress\n"
                                            "networkAddress: ncacn_ip_tcp:10.1.0.40\n"
                                            "networkAddress: ncacn_ip_tcp:10.1.0.9\n")
                                 .arg(Gw1)));
    QVERIFY(load());
    QCOMPARE(CreationPlanner::serverAddresses(topology(), Dn::parse(Gw1)),
             (QStringList{"10.1.0.5", "10.1.0.9", "10.1.0.40", "198.51.100.25"}));
    QCOMPARE(defaultOf(Gw1), binding(QStringLiteral("10.1.0.9:25:")));
    QVERIFY(refusalOf(Gw1).isEmpty());
    // An address typed into a binding on another port counts as one of the server's, and comes first.
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nadd: msExchServerBindings\n"
                                            "msExchServerBindings: 10.1.0.6:587:\n")
                                 .arg(vs(Gw1, 1))));
    QVERIFY(load());
    QCOMPARE(defaultOf(Gw1), binding(QStringLiteral("10.1.0.6:25:")));
    QCOMPARE(defaultOf(Gw1, 587), binding(QStringLiteral("10.1.0.5:587:")));

    // No virtual server of EXBR1 on port 25 any more: all unassigned addresses are free again.
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchServerBindings\n"
                                            "msExchServerBindings: 10.1.0.30:2525:\n")
                                 .arg(vs(Exbr1, 1))));
    QVERIFY(load());
    QCOMPARE(defaultOf(Exbr1), binding(QStringLiteral(":25:")));
    QVERIFY(refusalOf(Exbr1).isEmpty());
    // And port 2525, its only address taken there, stays all unassigned, refused.
    QCOMPARE(defaultOf(Exbr1, 2525), binding(QStringLiteral(":2525:")));
    CreationPlanner::VirtualServer spec = CreationPlanner::defaultVirtualServer(topology(), Dn::parse(Exbr1));
    spec.binding = defaultOf(Exbr1, 2525);
    CreationPlanner::Refusal refusal;
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Binding);
    QCOMPARE(refusal.message, QStringLiteral("(All Unassigned):2525 includes 10.1.0.30:2525, which “Default "
                                             "SMTP Virtual Server” on this server already uses."));
}

void TestCreation::virtualServerRefusals_data() {
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QString>("fqdn");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("address and port taken")
        << Gw1 << "New"
        << "10.1.0.5:25:"
        << "" << int(Field::Binding)
        << "10.1.0.5:25 is already used by “Default SMTP Virtual Server” on this server.";
    QTest::newRow("all unassigned taken")
        << Exmbx1 << "New"
        << ":25:"
        << "" << int(Field::Binding)
        << "(All Unassigned):25 is already used by “Default SMTP Virtual Server” on this server.";
    QTest::newRow("address under all unassigned")
        << Exmbx1 << "New"
        << "10.1.0.7:587:"
        << "" << int(Field::Binding)
        << "10.1.0.7:587 is already used by “Client Submission SMTP Virtual Server” on this server, which "
           "listens on port 587 of all unassigned addresses.";
    QTest::newRow("ipv6 address under all unassigned")
        << Gw2 << "New"
        << "[2001:db8::25]:25:"
        << "" << int(Field::Binding)
        << "[2001:db8::25]:25 is already used by “Default SMTP Virtual Server” on this server, which "
           "listens on port 25 of all unassigned addresses.";
    QTest::newRow("all unassigned over an address")
        << Gw1 << "New"
        << ":25:"
        << "" << int(Field::Binding)
        << "(All Unassigned):25 includes 10.1.0.5:25, which “Default SMTP Virtual Server” on this server "
           "already uses.";
    QTest::newRow("name taken") << Gw1 << " internet smtp virtual server "
                                << "10.1.0.9:25:"
                                << "" << int(Field::Name)
                                << "Another virtual server on this server is already called “internet smtp "
                                   "virtual server”.";
    QTest::newRow("empty name") << Gw1 << "  "
                                << "10.1.0.9:25:"
                                << "" << int(Field::Name) << "Type a name for the virtual server.";
    QTest::newRow("fqdn is an address")
        << Gw1 << "New"
        << "10.1.0.9:25:"
        << "10.1.0.9" << int(Field::Fqdn) << "Type a host name such as mail.example.com, not an IP address.";
    QTest::newRow("two host names") << Gw1 << "New"
                                    << "10.1.0.9:25:"
                                    << "a.example;b.example" << int(Field::Fqdn)
                                    << "Type one host name, such as mail.example.com.";
    QTest::newRow("not a server") << FirstRg << "New"
                                  << "10.1.0.9:25:"
                                  << "" << int(Field::Server)
                                  << QString(Dn::parse(FirstRg).toDisplayString() +
                                             " is not an Exchange server of this organization.");
}

void TestCreation::virtualServerRefusals() {
    QFETCH(QString, server);
    QFETCH(QString, name);
    QFETCH(QString, binding);
    QFETCH(QString, fqdn);
    QFETCH(int, field);
    QFETCH(QString, message);
    CreationPlanner::VirtualServer spec{Dn::parse(server), name, ::binding(binding), fqdn};
    CreationPlanner::Refusal refusal;
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(int(refusal.field), field);
    QCOMPARE(refusal.message, message);
}

void TestCreation::virtualServerMakesMissingContainers() {
    // A server added by hand without its protocol containers: they are made first, in order.
    const QString server = QStringLiteral("CN=BARE,CN=Servers,") + FirstAg;
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: top\nobjectClass: server\n"
                                            "objectClass: msExchExchangeServer\ncn: BARE\n"
                                            "msExchHomeRoutingGroup: %2\n")
                                 .arg(server, FirstRg)));
    QVERIFY(load());
    const CreationPlanner::VirtualServer spec =
        CreationPlanner::defaultVirtualServer(topology(), Dn::parse(server));
    QVERIFY(spec.fqdn.isEmpty());
    CreationPlanner::Refusal refusal;
    const auto plan = CreationPlanner::plan(topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    QCOMPARE(dns(plan->changes.createdDns()),
             dns({QStringLiteral("CN=Protocols,") + server, QStringLiteral("CN=SMTP,CN=Protocols,") + server,
                  vs(server, 1)}));
    QVERIFY(write(plan->changes));
    QVERIFY(entry(vs(server, 1)).hasObjectClass(QStringLiteral("protocolCfgSMTPServer")));
    QVERIFY(entry(QStringLiteral("CN=SMTP,CN=Protocols,") + server)
                .hasObjectClass(QStringLiteral("msExchProtocolCfgSMTPContainer")));
}

void TestCreation::connectorWithItsConnectionsContainer() {
    // Branch Routing Group without its CN=Connections: the container comes first, then the connector.
    const QString connections = QStringLiteral("CN=Connections,") + BranchRg;
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: CN=Internal Domains Connector,%1\nchangetype: delete\n\n"
                                            "dn: %1\nchangetype: delete\n")
                                 .arg(connections)));
    QVERIFY(load());
    CreationPlanner::Connector spec = CreationPlanner::defaultConnector(Dn::parse(BranchRg));
    spec.name = QStringLiteral("Branch Internet");
    spec.bridgeheads = {Dn::parse(vs(Exbr1, 1))};
    spec.addressSpaces = {space(QStringLiteral("SMTP:*;1")),
                          space(QStringLiteral("SMTP:*.branch.example;5"))};
    spec.scope = AddressSpace::Scope::RoutingGroup;
    spec.smartHosts = *SmartHostList::parse(QStringLiteral(" [192.0.2.7] ; relay.example.net "));
    CreationPlanner::Refusal refusal;
    const auto plan = CreationPlanner::plan(topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    const QString connector = QStringLiteral("CN=Branch Internet,") + connections;
    QCOMPARE(dns(plan->changes.createdDns()), dns({connections, connector}));
    QCOMPARE(plan->connector, Dn::parse(connector));
    QVERIFY(write(plan->changes));

    QVERIFY(entry(connections).hasObjectClass(QStringLiteral("msExchConnectors")));
    const Entry created = entry(connector);
    QCOMPARE(created.strings(topology::attr::routingList),
             (QStringList{"Local:SMTP:*;1", "Local:SMTP:*.branch.example;5"}));
    QCOMPARE(created.string(topology::attr::smartHost), QStringLiteral("relay.example.net;[192.0.2.7]"));
    QCOMPARE(Dn::parse(created.string(topology::attr::sourceBridgeheads)), Dn::parse(vs(Exbr1, 1)));
    QCOMPARE(Dn::parse(created.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Exbr1));
    QCOMPARE(created.string(topology::attr::deliveryMechanism), QStringLiteral("2"));
    QVERIFY(created.hasObjectClass(QStringLiteral("msExchRoutingSMTPConnector")));
}

void TestCreation::connectorRefusals() {
    CreationPlanner::Refusal refusal;
    CreationPlanner::Connector spec = CreationPlanner::defaultConnector(Dn::parse(FirstRg));
    spec.name = QStringLiteral("New");
    spec.bridgeheads = {Dn::parse(vs(Gw2, 1))};
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Bridgeheads);
    QVERIFY2(
        refusal.message.contains(QStringLiteral("is not an SMTP virtual server of a server in “First Routing "
                                                "Group”")),
        qPrintable(refusal.message));

    spec.bridgeheads = {Dn::parse(vs(Gw1, 1)), Dn::parse(vs(Gw1, 1))};
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QVERIFY(refusal.message.contains(QStringLiteral("more than once")));

    spec.bridgeheads = {Dn::parse(vs(Gw1, 1))};
    spec.addressSpaces = {space(QStringLiteral("SMTP:Example.com;1")),
                          space(QStringLiteral("SMTP:example.COM;9"))};
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::AddressSpaces);
    QCOMPARE(refusal.message, QStringLiteral("SMTP:Example.com is listed more than once."));
    spec.addressSpaces.clear();
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QVERIFY(refusal.message.startsWith(QStringLiteral("Add at least one address space")));

    // The directory ignores case and surrounding spaces in names, so these are taken.
    spec.addressSpaces = {AddressSpace()};
    spec.name = QStringLiteral("  partner   CONNECTOR ");
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Name);
    QCOMPARE(
        refusal.message,
        QStringLiteral("“Partner Connector” already exists in this routing group. Choose another name."));
    spec.name = QString(65, QLatin1Char('x'));
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.message, QStringLiteral("A name can have at most 64 characters."));
    spec.name = QStringLiteral("Fine");
    spec.routingGroup = Dn::parse(Gw1);
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::RoutingGroup);
}

void TestCreation::connectorWithoutBridgeheadNeedsConsent() {
    CreationPlanner::Connector spec = CreationPlanner::defaultConnector(Dn::parse(FirstRg));
    spec.name = QStringLiteral("Any Server");
    CreationPlanner::Refusal refusal;
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Bridgeheads);
    QCOMPARE(refusal.message, topology::ConnectorChecks::noBridgeheadRisk());
    spec.allowNoBridgehead = true;
    const auto plan = CreationPlanner::plan(topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    QVERIFY(write(plan->changes));
    // Without a bridgehead homeMTA names the routing group master's MTA (EXMBX1).
    const Entry created = entry(plan->connector.toString());
    QCOMPARE(Dn::parse(created.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Exmbx1));
    QVERIFY(!created.has(topology::attr::sourceBridgeheads));
    QVERIFY(!created.has(topology::attr::smartHost));
    QCOMPARE(created.strings(topology::attr::routingList), QStringList{QStringLiteral("SMTP:*;1")});
}

void TestCreation::internetMailWithNewVirtualServer() {
    CreationPlanner::InternetMail spec;
    spec.gateway = Dn::parse(Gw2);
    spec.newVirtualServer = CreationPlanner::defaultVirtualServer(topology(), Dn::parse(Gw2));
    spec.smartHosts = *SmartHostList::parse(QStringLiteral("smarthost-eu.example.net"));
    // GW2's default virtual server has port 25 of every address.
    spec.newVirtualServer.binding = binding(QStringLiteral("198.51.100.26:25:"));
    CreationPlanner::Refusal refusal;
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Binding);
    QCOMPARE(refusal.message, QStringLiteral("198.51.100.26:25 is already used by “Default SMTP Virtual "
                                             "Server” on this server, which listens on port 25 of all "
                                             "unassigned addresses."));
    spec.newVirtualServer.binding = binding(QStringLiteral("198.51.100.26:2525:"));
    const auto plan = CreationPlanner::plan(topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    const QString connector =
        QStringLiteral("CN=Internet Mail SMTP Connector (GW2),CN=Connections,") + EuropeRg;
    QCOMPARE(dns(plan->changes.createdDns()), dns({vs(Gw2, 2), connector}));
    QVERIFY(write(plan->changes));
    const Entry created = entry(connector);
    QCOMPARE(created.strings(topology::attr::routingList), QStringList{QStringLiteral("SMTP:*;1")});
    QCOMPARE(Dn::parse(created.string(topology::attr::sourceBridgeheads)), Dn::parse(vs(Gw2, 2)));
    QCOMPARE(Dn::parse(created.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Gw2));
    QCOMPARE(created.string(topology::attr::smartHost), QStringLiteral("smarthost-eu.example.net"));
    QCOMPARE(entry(vs(Gw2, 2)).strings(topology::attr::serverBindings), QStringList{"198.51.100.26:2525:"});

    // Run again with the existing virtual server: the name is made free.
    QVERIFY(load());
    spec.virtualServer = Dn::parse(vs(Gw2, 2));
    const auto again = CreationPlanner::plan(topology(), spec, &refusal);
    QVERIFY2(again, qPrintable(refusal.message));
    QCOMPARE(again->connectorName, QStringLiteral("Internet Mail SMTP Connector (GW2) (2)"));
    QCOMPARE(again->changes.size(), 1);
}

void TestCreation::internetMailRefusals() {
    CreationPlanner::Refusal refusal;
    CreationPlanner::InternetMail spec;
    spec.gateway = Dn::parse(Gw2);
    spec.newVirtualServer = CreationPlanner::defaultVirtualServer(topology(), Dn::parse(Gw2));
    // GW2's only virtual server listens on :25: already, and GW2 has no address of its own.
    QCOMPARE(spec.newVirtualServer.binding, binding(QStringLiteral(":25:")));
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Binding);
    QCOMPARE(refusal.message,
             QStringLiteral(
                 "(All Unassigned):25 is already used by “Default SMTP Virtual Server” on this server."));
    spec.virtualServer = Dn::parse(vs(Gw1, 1));
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::VirtualServer);
    spec.gateway = Dn::parse(EuropeRg);
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Server);
}

void TestCreation::internetMailPrefersAnExistingVirtualServer() {
    const auto preferred = [this](const QString &server) {
        return CreationPlanner::preferredVirtualServer(topology(), Dn::parse(server));
    };
    // GW1's second virtual server already sends for the Internet Mail connector (SMTP:*); its first
    // sends for the routing group connector only.
    QCOMPARE(preferred(Gw1), Dn::parse(vs(Gw1, 2)));
    QCOMPARE(preferred(Gw2), Dn::parse(vs(Gw2, 1)));
    // EXMBX1: neither sends for the Internet; the one on port 25, not the one on 587.
    QCOMPARE(preferred(Exmbx1), Dn::parse(vs(Exmbx1, 1)));
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchServerBindings\n"
                                            "msExchServerBindings: :2526:\n\n"
                                            "dn: %2\nchangetype: modify\nreplace: msExchServerBindings\n"
                                            "msExchServerBindings: :25:\n")
                                 .arg(vs(Exmbx1, 1), vs(Exmbx1, 2))));
    // Without the Internet connector, GW1's first on port 25 comes first.
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: CN=Internet Mail SMTP Connector (GW1),%1\nchangetype: delete\n")
            .arg(testsupport::demo::FirstRgConnections)));
    QVERIFY(load());
    QCOMPARE(preferred(Exmbx1), Dn::parse(vs(Exmbx1, 2)));
    QCOMPARE(preferred(Gw1), Dn::parse(vs(Gw1, 1)));
    // Something without virtual servers has none to offer.
    QVERIFY(preferred(FirstRg).isEmpty());
}

void TestCreation::rolledBackCreationLeavesLaterEntriesReadable() {
    // slapd 2.5 loses the attribute types a rolled-back transaction used first (see
    // DirectorySession::canWriteAsTransaction): a new virtual server brings some the demo has never held.
    console::DirectorySession session;
    QSignalSpy loaded(&session, &console::DirectorySession::loaded);
    session.open(m_dir->adminSettings());
    QVERIFY(loaded.wait(15000));
    QVERIFY(session.supportsTransactions());
    CreationPlanner::InternetMail spec;
    spec.gateway = Dn::parse(Gw2);
    spec.newVirtualServer = CreationPlanner::defaultVirtualServer(*session.topology(), Dn::parse(Gw2));
    spec.newVirtualServer.binding = binding(QStringLiteral("198.51.100.26:2525:"));
    CreationPlanner::Refusal refusal;
    const auto first = CreationPlanner::plan(*session.topology(), spec, &refusal);
    QVERIFY2(first, qPrintable(refusal.message));
    QVERIFY(!session.topology()->hasAttribute(QStringLiteral("msExchSmtpMaxSessionSize")));
    QVERIFY(!session.canWriteAsTransaction(first->changes));
    topology::ChangeSet containers;
    containers.addEntry(
        QStringLiteral("CN=A,") + testsupport::demo::FirstRgConnections,
        {directory::Modification::replace(QStringLiteral("objectClass"), {QStringLiteral("container")}),
         directory::Modification::replace(QStringLiteral("CN"), {QStringLiteral("A")})},
        QStringLiteral("a"));
    containers.append(containers);
    QVERIFY(session.canWriteAsTransaction(containers));

    // The connector is made meanwhile by someone else: the set fails and is undone.
    const QString connector =
        QStringLiteral("CN=Internet Mail SMTP Connector (GW2),CN=Connections,") + EuropeRg;
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\n"
                       "cn: Internet Mail SMTP Connector (GW2)\nhomeMTA: CN=Microsoft MTA,%2\n"
                       "deliveryMechanism: 2\n")
            .arg(connector, Gw2)));
    const auto submit = [&session](const topology::ChangeSet &set) {
        topology::ChangeSetWriter *writer = session.submit(set);
        QSignalSpy finished(writer, &topology::ChangeSetWriter::finished);
        return finished.wait(10000) ? finished.first().first().value<topology::ChangeSetResult>()
                                    : topology::ChangeSetResult{};
    };
    QVERIFY(!submit(first->changes).ok());
    QTRY_VERIFY_WITH_TIMEOUT(session.topology()->find(Dn::parse(connector)), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!session.topology()->find(Dn::parse(vs(Gw2, 2))), 5000);

    const auto second = CreationPlanner::plan(*session.topology(), spec, &refusal);
    QVERIFY2(second, qPrintable(refusal.message));
    QCOMPARE(second->virtualServer, Dn::parse(vs(Gw2, 2)));
    QVERIFY(submit(second->changes).ok());
    // Every entry under GW2's SMTP container can be read.
    QString out;
    QCOMPARE(m_dir.runTool(QStringLiteral("ldapsearch"),
                           {QStringLiteral("-b"), QStringLiteral("CN=SMTP,CN=Protocols,") + Gw2,
                            QStringLiteral("-s"), QStringLiteral("one"), QStringLiteral("cn")},
                           {}, &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("cn: 2")), qPrintable(out));
    QCOMPARE(entry(vs(Gw2, 2)).string(topology::attr::adminDisplayName), QStringLiteral("SMTP-GW2"));
}

void TestCreation::hostileConnectorNamesRoundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("specials") << QStringLiteral("Partner, \"EU\" + <2>; #1 = a\\b");
    QTest::newRow("spaces") << QStringLiteral(" leading and trailing ");
    QTest::newRow("non-ASCII") << QStringLiteral("Zürich–Genève 東京");
    QTest::newRow("hash first") << QStringLiteral("#first");
}

void TestCreation::hostileConnectorNamesRoundTrip() {
    QFETCH(QString, name);
    CreationPlanner::Connector spec = CreationPlanner::defaultConnector(Dn::parse(FirstRg));
    spec.name = name;
    spec.bridgeheads = {Dn::parse(vs(Gw1, 2))};
    CreationPlanner::Refusal refusal;
    const auto plan = CreationPlanner::plan(topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    QVERIFY(write(plan->changes));
    const Entry created = entry(plan->connector.toString());
    QCOMPARE(created.string(QStringLiteral("cn")), name);
    QCOMPARE(Dn::parse(created.dn()).rdnValue(), name);
    QCOMPARE(Dn::parse(created.dn()), plan->connector);
    // And the name is taken now, however it is spaced or cased.
    QVERIFY(load());
    spec.name = name.trimmed().toUpper();
    QVERIFY(!CreationPlanner::plan(topology(), spec, &refusal));
    QCOMPARE(refusal.field, Field::Name);
}

void TestCreation::suggestionsAreFree() {
    QCOMPARE(CreationPlanner::suggestedConnectorName(topology(), Dn::parse(FirstRg), QStringLiteral("GW1")),
             QStringLiteral("SMTP Connector for GW1"));
    QCOMPARE(
        CreationPlanner::internetMailConnectorName(topology(), Dn::parse(FirstRg), QStringLiteral("GW1")),
        QStringLiteral("Internet Mail SMTP Connector (GW1) (2)"));
    QCOMPARE(CreationPlanner::serverAddresses(topology(), Dn::parse(Gw1)),
             (QStringList{"10.1.0.5", "198.51.100.25"}));
    QCOMPARE(CreationPlanner::nextInstanceNumber(topology(), Dn::parse(Gw2)), 2);
}

QTEST_GUILESS_MAIN(TestCreation)
#include "tst_creation.moc"
