// What the wizards write, through the console session as the wizards submit it, against a real slapd
// and a real Samba AD DC holding the demo organization: a new virtual server, a new connector with
// the container it needs, Internet mail with a new virtual server, each written in an order where no
// link names an object not yet there (what AD demands), read back through a second connection and
// seen live by the console; and a write that fails half-way leaves the directory exactly as it was.

#include "Attributes.h"
#include "ChangeSetWriter.h"
#include "CreationPlanner.h"
#include "DemoOrganization.h"
#include "DirectorySession.h"
#include "NetworkIsolation.h"
#include "SmtpConnector.h"
#include "TestServer.h"
#include "Topology.h"

#include <QSignalSpy>
#include <QTest>

using directory::Dn;
using directory::Entry;
using topology::AddressSpace;
using topology::CreationPlanner;
using topology::ServerBinding;
using topology::SmartHostList;

namespace {

const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + testsupport::demo::FirstAg;
const QString BranchRg =
    QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + testsupport::demo::FirstAg;
const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + Europe;
const QString Gw2Internet =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW2),CN=Connections,") + EuropeRg;

QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(n) + server;
}

} // namespace

class TestCreationWrites : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testsupport::TestServer::addRows(); }
    void init();
    void cleanup();

    void virtualServerWithExchangeDefaults();
    void connectorWithItsConnectionsContainer();
    void internetMailWithNewVirtualServer();
    void failedInternetMailLeavesTheDirectoryAsItWas();

private:
    bool openLive();
    Entry entry(const QString &dn);
    // Submits like the wizards' result page; the set actually written lands in *written.
    topology::ChangeSetResult submit(const topology::ChangeSet &set, topology::ChangeSet *written);
    // Of the DNs the set links to, those the directory holds now.
    QList<Dn> existing(const topology::ChangeSet &set);
    // Whether a step links to a DN that was neither there before (`existing`) nor made by an earlier step.
    QString danglingLink(const topology::ChangeSet &written, const QList<Dn> &existing);
    using Snapshot = testsupport::DirectorySnapshot;
    Snapshot snapshot();

    testsupport::TestServer m_dir;
    std::unique_ptr<console::DirectorySession> m_session;
};

void TestCreationWrites::init() {
    QVERIFY(m_dir.startDemo(testsupport::TestServer::currentKind()));
}

void TestCreationWrites::cleanup() {
    m_session.reset();
    m_dir.stop();
}

bool TestCreationWrites::openLive() {
    m_session = std::make_unique<console::DirectorySession>();
    QSignalSpy loaded(m_session.get(), &console::DirectorySession::loaded);
    m_session->open(m_dir.adminSettings());
    return loaded.wait(15000) && m_session->state() == console::DirectorySession::State::Live &&
           m_session->isActiveDirectory() == m_dir.isActiveDirectory();
}

Entry TestCreationWrites::entry(const QString &dn) {
    directory::Connection reader;
    reader.setSettings(m_dir.adminSettings());
    directory::DirectoryReply *reply = reader.searchBase(dn);
    return testsupport::waitFor(reply) ? reply->entries().value(0) : Entry();
}

topology::ChangeSetResult TestCreationWrites::submit(const topology::ChangeSet &set,
                                                     topology::ChangeSet *written) {
    topology::ChangeSetWriter *writer = m_session->submit(set);
    *written = writer->changeSet();
    QSignalSpy finished(writer, &topology::ChangeSetWriter::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<topology::ChangeSetResult>();
}

// The DNs the set's steps write as values (links), whether they exist or not.
QList<Dn> linkTargets(const topology::ChangeSet &set) {
    QList<Dn> out;
    for (const topology::ChangeSet::Step &step : set.steps())
        for (const directory::Modification &m : step.request.modifications)
            if (topology::attr::isDnValued(m.attribute) && m.op != directory::Modification::Op::Delete)
                for (const QByteArray &value : m.values)
                    out << Dn::parse(QString::fromUtf8(value));
    return out;
}

QList<Dn> TestCreationWrites::existing(const topology::ChangeSet &set) {
    QList<Dn> out;
    for (const Dn &target : linkTargets(set))
        if (!entry(target.toString()).dn().isEmpty())
            out << target;
    return out;
}

QString TestCreationWrites::danglingLink(const topology::ChangeSet &written, const QList<Dn> &existing) {
    QList<Dn> made = existing;
    for (const topology::ChangeSet::Step &step : written.steps()) {
        topology::ChangeSet one;
        one.append(step);
        for (const Dn &target : linkTargets(one))
            if (!made.contains(target))
                return QStringLiteral("%1 names %2 before it exists").arg(step.request.dn, target.toString());
        if (step.request.kind == directory::ChangeRequest::Kind::Add)
            made << Dn::parse(step.request.dn);
    }
    return {};
}

TestCreationWrites::Snapshot TestCreationWrites::snapshot() {
    return testsupport::directorySnapshot(m_dir.adminSettings(), m_dir.demoBase());
}

void TestCreationWrites::virtualServerWithExchangeDefaults() {
    // GW1 has CN=1 on 10.1.0.5:25 and CN=2 on 198.51.100.25:25: the new one, on another address of
    // port 25, becomes CN=3 with the defaults Exchange writes.
    QVERIFY(openLive());
    CreationPlanner::VirtualServer spec =
        CreationPlanner::defaultVirtualServer(*m_session->topology(), Dn::parse(testsupport::demo::Gw1));
    spec.binding = *ServerBinding::parse(QStringLiteral("10.1.0.9:25:"));
    CreationPlanner::Refusal refusal;
    const auto plan = CreationPlanner::plan(*m_session->topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    const QList<Dn> there = existing(plan->changes);
    topology::ChangeSet written;
    const topology::ChangeSetResult result = submit(plan->changes, &written);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString dangling = danglingLink(written, there);
    QVERIFY2(dangling.isEmpty(), qPrintable(dangling));

    const QString created = vs(testsupport::demo::Gw1, 3);
    const Entry server = entry(created);
    QVERIFY(server.hasObjectClass(QStringLiteral("protocolCfgSMTPServer")));
    QCOMPARE(server.string(topology::attr::adminDisplayName), QStringLiteral("SMTP-GW1"));
    QCOMPARE(server.strings(topology::attr::serverBindings), QStringList{"10.1.0.9:25:"});
    QCOMPARE(server.string(topology::attr::fqdn), QStringLiteral("gw1.example.com"));
    QCOMPARE(server.string(topology::attr::maxRecipients), QStringLiteral("64000"));
    QCOMPARE(server.string(QStringLiteral("msExchSmtpMaxHopCount")), QStringLiteral("15"));
    QVERIFY(!server.has(topology::attr::smartHost));

    QTRY_VERIFY_WITH_TIMEOUT(m_session->topology()->find(Dn::parse(created)), 5000);
    QCOMPARE(m_session->topology()->virtualServersOf(Dn::parse(testsupport::demo::Gw1)).size(), 3);
}

void TestCreationWrites::connectorWithItsConnectionsContainer() {
    // Branch Routing Group without its CN=Connections: the wizard makes the container, then the
    // connector in it, with a bridgehead and home MTA on EXBR1.
    const QString connections = QStringLiteral("CN=Connections,") + BranchRg;
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: CN=Internal Domains Connector,%1\nchangetype: delete\n\n"
                                            "dn: %1\nchangetype: delete\n")
                                 .arg(connections)));
    QVERIFY(openLive());
    CreationPlanner::Connector spec = CreationPlanner::defaultConnector(Dn::parse(BranchRg));
    spec.name = QStringLiteral("Branch Internet");
    spec.bridgeheads = {Dn::parse(vs(Exbr1, 1))};
    spec.addressSpaces = {*AddressSpace::parse(QStringLiteral("SMTP:*;1")),
                          *AddressSpace::parse(QStringLiteral("SMTP:*.branch.example;5"))};
    spec.smartHosts = *SmartHostList::parse(QStringLiteral("relay.example.net"));
    CreationPlanner::Refusal refusal;
    const auto plan = CreationPlanner::plan(*m_session->topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    const QList<Dn> there = existing(plan->changes);
    topology::ChangeSet written;
    const topology::ChangeSetResult result = submit(plan->changes, &written);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString dangling = danglingLink(written, there);
    QVERIFY2(dangling.isEmpty(), qPrintable(dangling));

    // As a second client reads it.
    const QString connector = QStringLiteral("CN=Branch Internet,") + connections;
    QVERIFY(entry(connections).hasObjectClass(QStringLiteral("msExchConnectors")));
    const Entry created = entry(connector);
    QVERIFY(created.hasObjectClass(QStringLiteral("msExchRoutingSMTPConnector")));
    QCOMPARE(created.string(topology::attr::cn), QStringLiteral("Branch Internet"));
    QStringList spaces = created.strings(topology::attr::routingList);
    spaces.sort();
    QCOMPARE(spaces, (QStringList{"SMTP:*.branch.example;5", "SMTP:*;1"}));
    QCOMPARE(created.string(topology::attr::smartHost), QStringLiteral("relay.example.net"));
    QCOMPARE(Dn::parse(created.string(topology::attr::sourceBridgeheads)), Dn::parse(vs(Exbr1, 1)));
    QCOMPARE(Dn::parse(created.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Exbr1));

    // And the console shows it by itself, with its bridgehead.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->topology()->find(Dn::parse(connector)), 5000);
    const auto *shown =
        dynamic_cast<const topology::SmtpConnector *>(m_session->topology()->find(Dn::parse(connector)));
    QVERIFY(shown);
    QCOMPARE(shown->bridgeheads(), QList<Dn>{Dn::parse(vs(Exbr1, 1))});
    QCOMPARE(m_session->topology()->connectorsWithBridgehead(Dn::parse(vs(Exbr1, 1))).size(), 1);
}

void TestCreationWrites::internetMailWithNewVirtualServer() {
    // GW2's only virtual server has port 25 of every address: the new one takes 2525 on an address,
    // and the Internet connector sends through it, so it must exist before the connector names it.
    QVERIFY(openLive());
    CreationPlanner::InternetMail spec;
    spec.gateway = Dn::parse(Gw2);
    spec.newVirtualServer = CreationPlanner::defaultVirtualServer(*m_session->topology(), Dn::parse(Gw2));
    spec.newVirtualServer.binding = *ServerBinding::parse(QStringLiteral("198.51.100.26:2525:"));
    spec.smartHosts = *SmartHostList::parse(QStringLiteral("smarthost-eu.example.net"));
    CreationPlanner::Refusal refusal;
    const auto plan = CreationPlanner::plan(*m_session->topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));
    const QList<Dn> there = existing(plan->changes);
    topology::ChangeSet written;
    const topology::ChangeSetResult result = submit(plan->changes, &written);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString dangling = danglingLink(written, there);
    QVERIFY2(dangling.isEmpty(), qPrintable(dangling));

    const Entry server = entry(vs(Gw2, 2));
    QVERIFY(server.hasObjectClass(QStringLiteral("protocolCfgSMTPServer")));
    QCOMPARE(server.string(topology::attr::adminDisplayName), QStringLiteral("SMTP-GW2"));
    QCOMPARE(server.strings(topology::attr::serverBindings), QStringList{"198.51.100.26:2525:"});
    const Entry connector = entry(Gw2Internet);
    QCOMPARE(connector.strings(topology::attr::routingList), QStringList{QStringLiteral("SMTP:*;1")});
    QCOMPARE(Dn::parse(connector.string(topology::attr::sourceBridgeheads)), Dn::parse(vs(Gw2, 2)));
    QCOMPARE(Dn::parse(connector.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Gw2));
    QCOMPARE(connector.string(topology::attr::smartHost), QStringLiteral("smarthost-eu.example.net"));

    QTRY_VERIFY_WITH_TIMEOUT(m_session->topology()->find(Dn::parse(Gw2Internet)), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->topology()->virtualServersOf(Dn::parse(Gw2)).size(), 2, 5000);
    QCOMPARE(m_session->topology()->connectorsWithBridgehead(Dn::parse(vs(Gw2, 2))).size(), 1);
}

void TestCreationWrites::failedInternetMailLeavesTheDirectoryAsItWas() {
    // The connector's name is taken by someone else between the summary and the write: the virtual
    // server already written is taken back, the user is told which step failed, and nothing of the
    // attempt stays, in the directory or in the console.
    QVERIFY(openLive());
    CreationPlanner::InternetMail spec;
    spec.gateway = Dn::parse(Gw2);
    spec.newVirtualServer = CreationPlanner::defaultVirtualServer(*m_session->topology(), Dn::parse(Gw2));
    spec.newVirtualServer.binding = *ServerBinding::parse(QStringLiteral("198.51.100.26:2525:"));
    CreationPlanner::Refusal refusal;
    const auto plan = CreationPlanner::plan(*m_session->topology(), spec, &refusal);
    QVERIFY2(plan, qPrintable(refusal.message));

    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\n"
                       "cn: Internet Mail SMTP Connector (GW2)\nhomeMTA: CN=Microsoft MTA,%2\n"
                       "deliveryMechanism: 2\n")
            .arg(Gw2Internet, Gw2)));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->topology()->find(Dn::parse(Gw2Internet)), 5000);
    const Snapshot before = snapshot();
    QVERIFY(before.contains(Dn::parse(Gw2Internet).key()));

    topology::ChangeSet written;
    const topology::ChangeSetResult result = submit(plan->changes, &written);
    QVERIFY(!result.ok());
    QCOMPARE(Dn::parse(written.steps().at(result.failedStep).request.dn), Dn::parse(Gw2Internet));
    QVERIFY(result.failedStep > 0); // the virtual server was written first, and undone
    QVERIFY(result.leftWritten.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("undone")), qPrintable(result.message));

    const Snapshot after = snapshot();
    QStringList differences;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (after.value(it.key()) != it.value())
            differences << it.key();
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key()))
            differences << it.key();
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY(entry(vs(Gw2, 2)).dn().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->topology()->virtualServersOf(Dn::parse(Gw2)).size(), 1, 5000);
}

BRIDGEHEAD_GUILESS_TEST_MAIN(TestCreationWrites)
#include "tst_creationwrites.moc"
