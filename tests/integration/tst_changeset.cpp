// ChangeSet and ChangeSetWriter against a real slapd, with transactions and with them switched off:
// a failed multi-entry write leaves the directory exactly as it was, and says which step failed.
// The failure is made for real: an entry the set wants to add is created meanwhile by ldapadd.

#include "Attributes.h"
#include "ChangeSet.h"
#include "ChangeSetWriter.h"
#include "Connection.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "Planner.h"

#include <QSignalSpy>
#include <QTest>

using directory::Dn;
using directory::Entry;
using directory::Modification;
using topology::ChangeSet;
using topology::ChangeSetResult;
using topology::ChangeSetWriter;

namespace {

const QString Connections = testsupport::demo::FirstRgConnections;
const QString Internet = QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + Connections;
const QString Partner = QStringLiteral("CN=Partner Connector,") + Connections;

QList<Modification> container(const QString &cn) {
    return {Modification::replace(QStringLiteral("objectClass"), {QStringLiteral("container")}),
            Modification::replace(QStringLiteral("cn"), {cn})};
}

} // namespace

class TestChangeSet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void failedStepLeavesNothing_data();
    void failedStepLeavesNothing();
    void everyKindOfStepIsUndone();
    void hostileNamesRoundTrip_data();
    void hostileNamesRoundTrip();
    void ldifShowsEveryStep();
    void rolledBackTransactionLeavesNoPhantom();

private:
    // Every entry under the suffix as a second connection reads it, each as attribute → sorted
    // values, DN values as names (slapd keeps a value it rewrote in its own spelling).
    using Snapshot = testsupport::DirectorySnapshot;
    Snapshot snapshot();
    Entry entry(const QString &dn);
    ChangeSetResult write(const ChangeSet &set, bool transactions);

    testsupport::DirectoryFixture m_dir;
};

void TestChangeSet::init() {
    QVERIFY(m_dir.startDemo());
}

void TestChangeSet::cleanup() {
    m_dir.stop();
}

Entry TestChangeSet::entry(const QString &dn) {
    directory::Connection reader;
    reader.setSettings(m_dir->adminSettings());
    directory::DirectoryReply *reply = reader.searchBase(dn);
    return testsupport::waitFor(reply) ? reply->entries().value(0) : Entry();
}

TestChangeSet::Snapshot TestChangeSet::snapshot() {
    return testsupport::directorySnapshot(m_dir->adminSettings(), m_dir->suffix());
}

ChangeSetResult TestChangeSet::write(const ChangeSet &set, bool transactions) {
    directory::Connection connection;
    connection.setSettings(m_dir->adminSettings());
    ChangeSetWriter *writer = ChangeSetWriter::write(&connection, set, transactions);
    QSignalSpy finished(writer, &ChangeSetWriter::finished);
    if (!finished.wait(10000))
        return ChangeSetResult{};
    return finished.first().first().value<ChangeSetResult>();
}

void TestChangeSet::failedStepLeavesNothing_data() {
    QTest::addColumn<bool>("transactions");
    QTest::newRow("one transaction") << true;
    QTest::newRow("ordered steps, undone") << false;
}

void TestChangeSet::failedStepLeavesNothing() {
    QFETCH(bool, transactions);
    const QString first = QStringLiteral("CN=First New,") + Connections;
    const QString second = QStringLiteral("CN=Second New,") + Connections;
    ChangeSet set;
    set.addEntry(first, container(QStringLiteral("First New")), QStringLiteral("Create “First New”"));
    set.modify(entry(Internet),
               {Modification::replace(topology::attr::adminDescription, {QStringLiteral("changed")})},
               QStringLiteral("Describe the Internet connector"));
    set.addEntry(second, container(QStringLiteral("Second New")), QStringLiteral("Create “Second New”"));
    // Someone else creates the second entry after the set was planned.
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: Second New\n").arg(second)));
    const Snapshot before = snapshot();

    const ChangeSetResult result = write(set, transactions);
    QVERIFY(!result.ok());
    QCOMPARE(result.failedStep, 2);
    QCOMPARE(result.error.code(), int(directory::LdapResult::AlreadyExists));
    QVERIFY2(result.message.contains(QStringLiteral("Create “Second New”")), qPrintable(result.message));
    QVERIFY(result.leftWritten.isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestChangeSet::everyKindOfStepIsUndone() {
    // Without transactions each step is undone: a modify, a delete, a rename and an add.
    const Entry partner = entry(Partner);
    const Entry internet = entry(Internet);
    const QString clash = QStringLiteral("CN=Clash,") + Connections;
    ChangeSet set;
    set.modify(internet,
               {Modification::replace(topology::attr::smartHost, {QStringLiteral("other.example.net")}),
                Modification::remove(topology::attr::sourceBridgeheads)},
               QStringLiteral("modify"));
    set.removeEntry(partner, QStringLiteral("delete"));
    set.addEntry(QStringLiteral("CN=Temporary,") + Connections, container(QStringLiteral("Temporary")),
                 QStringLiteral("add"));
    set.rename(entry(QStringLiteral("CN=First RG to Europe RG,") + Connections),
               QStringLiteral("CN=Renamed RGC"), QStringLiteral("rename"));
    set.addEntry(clash, container(QStringLiteral("Clash")), QStringLiteral("the step that fails"));
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: Clash\n").arg(clash)));
    const Snapshot before = snapshot();
    const ChangeSetResult result = write(set, false);
    QCOMPARE(result.failedStep, 4);
    QVERIFY2(result.message.contains(QStringLiteral("undone")), qPrintable(result.message));
    QCOMPARE(snapshot(), before);
}

void TestChangeSet::hostileNamesRoundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("specials") << QStringLiteral("Partner, \"EU\" + <2>; #1 = a\\b");
    QTest::newRow("spaces") << QStringLiteral(" leading and trailing ");
    QTest::newRow("non-ASCII") << QStringLiteral("Zürich–Genève");
    QTest::newRow("hash first") << QStringLiteral("#first");
}

void TestChangeSet::hostileNamesRoundTrip() {
    QFETCH(QString, name);
    const Dn dn = Dn::parse(Connections).child(QStringLiteral("CN"), name);
    QVERIFY(dn.isValid());
    ChangeSet set;
    set.addEntry(dn.toString(), container(name), QStringLiteral("create"));
    set.addEntry(dn.child(QStringLiteral("CN"), name).toString(), container(name), QStringLiteral("child"));
    QVERIFY(write(set, true).ok());
    const Entry created = entry(dn.toString());
    QCOMPARE(created.string(QStringLiteral("cn")), name);
    QCOMPARE(Dn::parse(created.dn()).rdnValue(), name);
    QCOMPARE(Dn::parse(created.dn()), dn);
}

void TestChangeSet::ldifShowsEveryStep() {
    ChangeSet set;
    set.addEntry(QStringLiteral("CN=Zürich,") + Connections, container(QStringLiteral("Zürich")),
                 QStringLiteral("create"));
    Entry e(Internet);
    e.setStrings(topology::attr::smartHost, {QStringLiteral("a.example")});
    set.modify(e, {Modification::replace(topology::attr::smartHost, {QStringLiteral(" padded")})},
               QStringLiteral("modify"));
    set.removeEntry(e, QStringLiteral("delete"));
    const QString ldif = set.toLdif();
    QVERIFY(ldif.contains(QStringLiteral("dn:: "))); // non-ASCII DN in base64
    QVERIFY(ldif.contains(QStringLiteral("changetype: add\n")));
    QVERIFY(ldif.contains(
        QStringLiteral("replace: msExchSmtpSmartHost\nmsExchSmtpSmartHost:: "))); // leading space
    QVERIFY(ldif.contains(QStringLiteral("changetype: delete\n")));
    QCOMPARE(set.createdDns(), QStringList{QStringLiteral("CN=Zürich,") + Connections});
    // ldapmodify accepts it (the delete of a connector that is there, the add of one that is not).
    QString out;
    QVERIFY2(m_dir.ldapmodify(ldif, &out), qPrintable(out));
}

void TestChangeSet::rolledBackTransactionLeavesNoPhantom() {
    // slapd tells the change feed about a transaction's operations before it knows whether the
    // transaction commits; after a rollback the console must not keep what never was.
    console::DirectorySession session;
    QSignalSpy loaded(&session, &console::DirectorySession::loaded);
    session.open(m_dir->adminSettings());
    QVERIFY(loaded.wait(15000));
    const QString phantom = QStringLiteral("CN=Phantom,") + Connections;
    const QString clash = QStringLiteral("CN=Clash,") + Connections;
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: Clash\n").arg(clash)));
    QTRY_VERIFY_WITH_TIMEOUT(session.topology()->find(Dn::parse(clash)), 5000);
    ChangeSet set;
    set.addEntry(phantom, container(QStringLiteral("Phantom")), QStringLiteral("create the phantom"));
    set.addEntry(clash, container(QStringLiteral("Clash")), QStringLiteral("the step that fails"));
    QSignalSpy synchronized(&session, &console::DirectorySession::synchronized);
    ChangeSetWriter *writer = session.submit(set);
    QSignalSpy finished(writer, &ChangeSetWriter::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().first().value<ChangeSetResult>().ok());
    // The session reads everything again after a rolled-back transaction; once that is in, the
    // phantom is gone (or was never shown).
    QVERIFY(synchronized.wait(5000));
    QVERIFY(!session.topology()->find(Dn::parse(phantom)));
    QCOMPARE(session.state(), console::DirectorySession::State::Live);
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
