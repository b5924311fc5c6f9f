// Bridgehead against a private Samba AD domain controller: connecting (user-name and DN binds,
// TLS verified with the DC's CA, the message when a password needs TLS), the demo organization
// loaded in an order AD accepts, a concurrent change detected without the assertion control, and
// what AD refuses handled before anything is written.

#include "ActiveDirectoryWrites.h"
#include "Attributes.h"
#include "ChangeSetWriter.h"
#include "Connection.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "EntryEdit.h"
#include "NetworkIsolation.h"
#include "Planner.h"
#include "SambaFixture.h"
#include "Topology.h"

#include <QSignalSpy>
#include <QTest>

using directory::ChangeRequest;
using directory::Connection;
using directory::ConnectionSettings;
using directory::DirectoryReply;
using directory::Dn;
using directory::LdapResult;
using directory::Modification;
using testsupport::SambaFixture;
using testsupport::waitFor;

namespace {
const QString Internet =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + testsupport::demo::FirstRgConnections;
}

class TestActiveDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { m_dc.stop(); }
    void bindsWithUserNameOrDn();
    void passwordWithoutTlsSaysToUseTls();
    void tlsVerifiedWithTheDomainCa();
    void rootDseSaysActiveDirectory();
    void demoOrganizationLoads();
    void concurrentChangeIsDetectedWithoutAssertion();
    void linksToMissingObjectsAreRefusedUpFront();
    void failedMultiEntryWriteIsUndone();
    void renameKeepsLinksAndDeleteGoes();
    void renameWithoutPermissionIsRefused();

private:
    LdapResult openWith(const ConnectionSettings &settings);
    // Opens a console session on the DC and waits until it is live.
    bool openLive(console::DirectorySession &session);
    directory::Entry read(const QString &dn);
    topology::ChangeSetResult submit(console::DirectorySession &session, const topology::ChangeSet &set);
    SambaFixture m_dc;
};

LdapResult TestActiveDirectory::openWith(const ConnectionSettings &settings) {
    Connection c;
    c.setSettings(settings);
    DirectoryReply *reply = c.open();
    return waitFor(reply, 15000) ? reply->result() : LdapResult::fromCode(LdapResult::Timeout);
}

void TestActiveDirectory::bindsWithUserNameOrDn() {
    QVERIFY(m_dc.start(SambaFixture::Schema::Windows));
    ConnectionSettings s = m_dc.adminSettings();
    LdapResult r = openWith(s);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    s.bindDn = QStringLiteral("CN=Administrator,CN=Users,DC=example,DC=com");
    r = openWith(s);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    s.bindDn = QStringLiteral("EXAMPLE\\Administrator");
    r = openWith(s);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    s.password = QStringLiteral("wrong");
    r = openWith(s);
    QCOMPARE(r.code(), int(LdapResult::InvalidCredentials));
}

void TestActiveDirectory::passwordWithoutTlsSaysToUseTls() {
    QVERIFY(m_dc.start(SambaFixture::Schema::Windows, SambaFixture::Binds::RequireTls));
    const LdapResult r = openWith(m_dc.adminSettings());
    QCOMPARE(r.code(), int(LdapResult::StrongAuthRequired));
    QVERIFY2(r.message().contains(QStringLiteral("StartTLS")) &&
                 r.message().contains(QStringLiteral("ldaps://")),
             qPrintable(r.text()));
    // The same account over StartTLS, verified with the domain's CA, is accepted.
    ConnectionSettings s = m_dc.adminSettings();
    s.tls = ConnectionSettings::Tls::StartTls;
    s.caFile = m_dc.caFile();
    const LdapResult tls = openWith(s);
    QVERIFY2(tls.ok(), qPrintable(tls.text()));
}

void TestActiveDirectory::tlsVerifiedWithTheDomainCa() {
    QVERIFY(m_dc.start(SambaFixture::Schema::Windows));
    ConnectionSettings s = m_dc.adminSettings();
    s.uri = m_dc.ldapsUri();
    LdapResult r = openWith(s); // no CA: the certificate cannot be verified
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("certificate")), qPrintable(r.text()));
    s.caFile = m_dc.caFile();
    r = openWith(s);
    QVERIFY2(r.ok(), qPrintable(r.text()));
}

void TestActiveDirectory::rootDseSaysActiveDirectory() {
    QVERIFY(m_dc.startDemo());
    console::DirectorySession session;
    QSignalSpy loaded(&session, &console::DirectorySession::loaded);
    session.open(m_dc.adminSettings(), console::DirectorySession::Mode::LoadOnce);
    QVERIFY(loaded.wait(30000));
    QVERIFY(session.isActiveDirectory());
    QVERIFY(!session.supportsTransactions());
    QCOMPARE(session.features().assertion, false);
    QCOMPARE(session.features().serverNotification, true);
    // Without a base the session reads what Exchange System Manager shows: CN=Microsoft Exchange.
    QCOMPARE(
        Dn::parse(session.base()),
        Dn::parse(QStringLiteral("CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=example,DC=com")));
    QVERIFY(session.topology()->find(Dn::parse(Internet)));
}

void TestActiveDirectory::demoOrganizationLoads() {
    QVERIFY(m_dc.startDemo());
    QString out;
    QCOMPARE(m_dc.runTool(QStringLiteral("ldapsearch"),
                          {QStringLiteral("-LLL"), QStringLiteral("-b"), testsupport::demo::Org,
                           QStringLiteral("(objectClass=*)"), QStringLiteral("dn")},
                          {}, &out),
             0);
    QCOMPARE(out.count(QStringLiteral("dn: ")), 48);
    // The routing master of Branch Routing Group names a server that was removed (analyzer case d).
    QCOMPARE(m_dc.runTool(
                 QStringLiteral("ldapsearch"),
                 {QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"),
                  QStringLiteral("-b"),
                  QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + testsupport::demo::FirstAg,
                  QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("msExchRoutingMasterDN")},
                 {}, &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("DEL:")), qPrintable(out));
}

void TestActiveDirectory::concurrentChangeIsDetectedWithoutAssertion() {
    QVERIFY(m_dc.startDemo());
    Connection c;
    c.setSettings(m_dc.adminSettings());
    DirectoryReply *read = c.searchBase(Internet);
    QVERIFY(waitFor(read));
    QCOMPARE(read->entries().size(), 1);
    const directory::Entry loaded = read->entries().first();
    // Someone else changes the smart host after we loaded it.
    QVERIFY(m_dc.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchSmtpSmartHost\n"
                                           "msExchSmtpSmartHost: theirs.example.net\n")
                                .arg(Internet)));
    topology::EntryEdit edit(loaded);
    edit.set(topology::attr::smartHost, QStringLiteral("ours.example.net"));
    DirectoryReply *write = c.apply(edit.toModify());
    QVERIFY(waitFor(write));
    QVERIFY(!write->result().ok());
    QVERIFY2(write->result().isConflict(), qPrintable(write->result().text()));
    DirectoryReply *after = c.searchBase(Internet, {topology::attr::smartHost});
    QVERIFY(waitFor(after));
    QCOMPARE(after->entries().first().string(topology::attr::smartHost),
             QStringLiteral("theirs.example.net"));
    // Against what is there now, the same edit goes through.
    DirectoryReply *over = c.apply(edit.toModifyOver(after->entries().first()));
    QVERIFY(waitFor(over));
    QVERIFY2(over->result().ok(), qPrintable(over->result().text()));
}

void TestActiveDirectory::linksToMissingObjectsAreRefusedUpFront() {
    topology::ChangeSet set;
    set.addEntry(
        QStringLiteral("CN=New,") + testsupport::demo::FirstRgConnections,
        {Modification::add(topology::attr::objectClass, {QStringLiteral("msExchRoutingSMTPConnector")}),
         Modification::add(topology::attr::cn, {QStringLiteral("New")}),
         Modification::add(topology::attr::homeMta, {QStringLiteral("CN=Microsoft MTA,CN=NOPE,CN=Servers,") +
                                                     testsupport::demo::FirstAg})},
        QStringLiteral("Create"));
    QString refusal;
    const auto adapted = topology::ActiveDirectoryWrites::adapt(
        set, [](const Dn &) { return false; }, &refusal);
    QVERIFY(!adapted);
    QVERIFY2(refusal.contains(QStringLiteral("NOPE")) && refusal.contains(QStringLiteral("exist")),
             qPrintable(refusal));
}

bool TestActiveDirectory::openLive(console::DirectorySession &session) {
    QSignalSpy loaded(&session, &console::DirectorySession::loaded);
    session.open(m_dc.adminSettings());
    return loaded.wait(30000) && session.state() == console::DirectorySession::State::Live;
}

directory::Entry TestActiveDirectory::read(const QString &dn) {
    Connection c;
    c.setSettings(m_dc.adminSettings());
    DirectoryReply *reply = c.searchBase(dn);
    return waitFor(reply) ? reply->entries().value(0) : directory::Entry();
}

topology::ChangeSetResult TestActiveDirectory::submit(console::DirectorySession &session,
                                                      const topology::ChangeSet &set) {
    QSignalSpy finished(session.submit(set), &topology::ChangeSetWriter::finished);
    if (!finished.wait(20000))
        return topology::ChangeSetResult{
            0, LdapResult::fromCode(LdapResult::Timeout), {}, QStringLiteral("timeout")};
    return finished.first().first().value<topology::ChangeSetResult>();
}

void TestActiveDirectory::failedMultiEntryWriteIsUndone() {
    // AD has no transactions: the steps go one by one, and when one fails those before it are undone.
    QVERIFY(m_dc.startDemo());
    console::DirectorySession session;
    QVERIFY(openLive(session));
    const directory::Entry before = read(Internet);
    const QString blocked = QStringLiteral("CN=Blocked,") + testsupport::demo::FirstRgConnections;
    const QString mta = QStringLiteral("CN=Microsoft MTA,") + testsupport::demo::Gw1;
    topology::ChangeSet set;
    set.modify(
        session.topology()->find(Dn::parse(Internet))->entry(),
        {Modification::replace(topology::attr::adminDescription, {QStringLiteral("changed by step 1")})},
        QStringLiteral("Describe the Internet connector"));
    set.addEntry(
        blocked,
        {Modification::add(topology::attr::objectClass, {QStringLiteral("msExchRoutingSMTPConnector")}),
         Modification::add(topology::attr::cn, {QStringLiteral("Blocked")}),
         Modification::add(topology::attr::routingList, {QStringLiteral("SMTP:blocked.example;1")}),
         Modification::add(topology::attr::homeMta, {mta}),
         Modification::add(topology::attr::deliveryMechanism, {QStringLiteral("2")})},
        QStringLiteral("Create SMTP connector “Blocked”"));
    // Someone else creates the connector first: the second step fails for real.
    QVERIFY(
        m_dc.ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\n"
                                       "cn: Blocked\nhomeMTA: %2\ndeliveryMechanism: 2\n")
                            .arg(blocked, mta)));
    const topology::ChangeSetResult result = submit(session, set);
    QVERIFY(!result.ok());
    QCOMPARE(result.failedStep, 1);
    QVERIFY(result.leftWritten.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("undone")), qPrintable(result.message));
    QCOMPARE(read(Internet).string(topology::attr::adminDescription),
             before.string(topology::attr::adminDescription));
}

void TestActiveDirectory::renameKeepsLinksAndDeleteGoes() {
    QVERIFY(m_dc.startDemo());
    console::DirectorySession session;
    QVERIFY(openLive(session));
    // Renaming a routing group: AD keeps the servers' links to it by itself.
    const Dn branch =
        Dn::parse(QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + testsupport::demo::FirstAg);
    QString refusal;
    auto rename = topology::Planner::renaming(*session.topology(), branch, QStringLiteral("Branch Office"),
                                              session.isActiveDirectory(), &refusal);
    QVERIFY2(rename, qPrintable(refusal));
    const topology::ChangeSetResult renamed = submit(session, *rename);
    QVERIFY2(renamed.ok(), qPrintable(renamed.message));
    const Dn office = branch.withRdn(directory::Rdn{QStringLiteral("CN"), QStringLiteral("Branch Office")});
    QTRY_VERIFY_WITH_TIMEOUT(session.topology()->find(office), 5000);
    QVERIFY(!session.topology()->find(branch));
    const QString exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + testsupport::demo::FirstAg;
    QCOMPARE(Dn::parse(read(exbr1).string(topology::attr::homeRoutingGroup)), office);
    // Deleting a connector: gone from the directory and, through the feed, from the console.
    const Dn partner =
        Dn::parse(QStringLiteral("CN=Partner Connector,") + testsupport::demo::FirstRgConnections);
    auto deletion = topology::Planner::deletion(*session.topology(), partner, &refusal);
    QVERIFY2(deletion, qPrintable(refusal));
    const topology::ChangeSetResult deleted = submit(session, *deletion);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    QTRY_VERIFY_WITH_TIMEOUT(!session.topology()->find(partner), 5000);
    QVERIFY(read(partner.toString()).dn().isEmpty());
}

void TestActiveDirectory::renameWithoutPermissionIsRefused() {
    // An object created without the systemFlags that allow renames (here by ldapmodify) cannot be
    // renamed in AD's configuration partition: the console says so before sending anything.
    QVERIFY(m_dc.startDemo());
    console::DirectorySession session;
    QVERIFY(openLive(session));
    const QString plain = QStringLiteral("CN=Plain,") + testsupport::demo::FirstRgConnections;
    QVERIFY(
        m_dc.ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\n"
                                       "cn: Plain\nhomeMTA: CN=Microsoft MTA,%2\ndeliveryMechanism: 2\n")
                            .arg(plain, testsupport::demo::Gw1)));
    QTRY_VERIFY_WITH_TIMEOUT(session.topology()->find(Dn::parse(plain)), 5000);
    QString refusal;
    const auto rename =
        topology::Planner::renaming(*session.topology(), Dn::parse(plain), QStringLiteral("Fancy"),
                                    session.isActiveDirectory(), &refusal);
    QVERIFY(!rename);
    QVERIFY2(refusal.contains(QStringLiteral("systemFlags")), qPrintable(refusal));
}

BRIDGEHEAD_GUILESS_TEST_MAIN(TestActiveDirectory)
#include "tst_activedirectory.moc"
