// DirectorySession against a real slapd and a real Samba AD DC holding the demo organization:
// Live only once the change feed has caught up, so what is written at that moment reaches the
// Topology; loading once without a feed for the command line; re-reading through the feed; the
// first read bringing containers before their contents.

#include "Attributes.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "NetworkIsolation.h"
#include "SmtpConnector.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>

using console::DirectorySession;
using directory::ChangeRequest;
using directory::Dn;
using directory::Modification;

namespace {

const QString Internet =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + testsupport::demo::FirstRgConnections;
const QString Partner = QStringLiteral("CN=Partner Connector,") + testsupport::demo::FirstRgConnections;
const QString Gw1Vs1 = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + testsupport::demo::Gw1;

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testsupport::TestServer::addRows(); }
    void init();
    void cleanup();
    void writesRightAfterLoadingArrive();
    void loadOnceDoesNotFollow();
    void reloadThroughTheFeed();
    void containersArriveBeforeWhatIsInThem();

private:
    testsupport::TestServer m_dir;
};

void TestSession::init() {
    QVERIFY(m_dir.startDemo(testsupport::TestServer::currentKind()));
}

void TestSession::cleanup() {
    m_dir.stop();
}

void TestSession::writesRightAfterLoadingArrive() {
    // A multi-entry change written the moment the console says it is loaded must show, every time
    // (one transaction on slapd, ordered steps on AD): the console is Live only once its change
    // feed has caught up with the directory.
    const int rounds = m_dir.isActiveDirectory() ? 20 : 50;
    for (int round = 0; round < rounds; ++round) {
        DirectorySession session;
        QSignalSpy loaded(&session, &DirectorySession::loaded);
        session.open(m_dir.adminSettings());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(session.state(), DirectorySession::State::Live);
        QVERIFY(session.isWritable());
        const QString tag = QStringLiteral("round %1").arg(round);
        const topology::Topology *t = session.topology();
        topology::ChangeSet changes;
        changes.modify(t->find(Dn::parse(Internet))->entry(),
                       {Modification::replace(topology::attr::adminDescription, {tag})}, tag);
        changes.modify(t->find(Dn::parse(Partner))->entry(),
                       {Modification::replace(topology::attr::adminDescription, {tag})}, tag);
        changes.modify(t->find(Dn::parse(Gw1Vs1))->entry(),
                       {Modification::replace(topology::attr::adminDisplayName, {tag})}, tag);
        QSignalSpy written(session.submit(changes), &topology::ChangeSetWriter::finished);
        QVERIFY(written.wait(10000));
        const auto result = written.first().first().value<topology::ChangeSetResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QTRY_COMPARE_WITH_TIMEOUT(t->find(Dn::parse(Internet))->description(), tag, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(t->find(Dn::parse(Partner))->description(), tag, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(t->find(Dn::parse(Gw1Vs1))->displayName(), tag, 5000);
    }
}

void TestSession::loadOnceDoesNotFollow() {
    DirectorySession session;
    QSignalSpy loaded(&session, &DirectorySession::loaded);
    session.open(m_dir.adminSettings(), DirectorySession::Mode::LoadOnce);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(session.state(), DirectorySession::State::Static);
    QCOMPARE(session.topology()->objectCount(), m_dir.demoObjectCount());
    QVERIFY(session.isWritable());
}

void TestSession::reloadThroughTheFeed() {
    DirectorySession session;
    QSignalSpy loaded(&session, &DirectorySession::loaded);
    session.open(m_dir.adminSettings());
    QVERIFY(loaded.wait(15000));
    QSignalSpy changed(session.topology(), &topology::Topology::changed);
    session.reload();
    QCOMPARE(session.state(), DirectorySession::State::Loading);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(session.state(), DirectorySession::State::Live);
    QCOMPARE(session.topology()->objectCount(), m_dir.demoObjectCount());
    QVERIFY(changed.isEmpty()); // nothing changed, so nothing is reported
}

void TestSession::containersArriveBeforeWhatIsInThem() {
    // The first read reports every container before its contents, so the tree grows a little with
    // each batch instead of taking in whole subtrees when a late container arrives.
    directory::ChangeFeed feed;
    QSignalSpy changes(&feed, &directory::ChangeFeed::changes);
    QSignalSpy synced(&feed, &directory::ChangeFeed::synchronized);
    feed.start(m_dir.adminSettings(), m_dir.demoBase(), QStringLiteral("(objectClass=*)"),
               m_dir.feedMechanism());
    QVERIFY(synced.wait(15000));
    const Dn base = Dn::parse(m_dir.demoBase());
    QList<Dn> seen;
    for (const QList<QVariant> &args : std::as_const(changes))
        for (const directory::FeedChange &change : args.first().value<QList<directory::FeedChange>>()) {
            const Dn dn = Dn::parse(change.entry.dn());
            if (dn != base)
                QVERIFY2(seen.contains(dn.parent()),
                         qPrintable(dn.toString() + QStringLiteral(" before its container")));
            seen << dn;
        }
    QVERIFY(seen.size() >= m_dir.demoObjectCount());
}

BRIDGEHEAD_GUILESS_TEST_MAIN(TestSession)
#include "tst_session.moc"
