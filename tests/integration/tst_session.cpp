// DirectorySession against a real slapd: Live only once the change feed has caught up, so what is
// written at that moment reaches the Topology; loading once without a feed for the command line.

#include "Attributes.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "SmtpConnector.h"

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
    void init();
    void cleanup();
    void writesRightAfterLoadingArrive();
    void loadOnceDoesNotFollow();
    void reloadThroughTheFeed();

private:
    testsupport::DirectoryFixture m_dir;
};

void TestSession::init() {
    QVERIFY(m_dir.startDemo());
}

void TestSession::cleanup() {
    m_dir.stop();
}

void TestSession::writesRightAfterLoadingArrive() {
    // A multi-entry transaction committed the moment the console says it is loaded must show, every
    // time: the console is Live only once its change feed has caught up with the directory.
    for (int round = 0; round < 50; ++round) {
        DirectorySession session;
        QSignalSpy loaded(&session, &DirectorySession::loaded);
        session.open(m_dir->adminSettings());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(session.state(), DirectorySession::State::Live);
        QVERIFY(session.isWritable());
        const QString tag = QStringLiteral("round %1").arg(round);
        const QList<ChangeRequest> changes{
            ChangeRequest::modify(Internet, {Modification::replace(topology::attr::adminDescription, {tag})}),
            ChangeRequest::modify(Partner, {Modification::replace(topology::attr::adminDescription, {tag})}),
            ChangeRequest::modify(Gw1Vs1, {Modification::replace(topology::attr::adminDisplayName, {tag})}),
        };
        directory::DirectoryReply *reply = session.connection()->applyAll(changes);
        QVERIFY(testsupport::waitFor(reply));
        QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
        const topology::Topology *t = session.topology();
        QTRY_COMPARE_WITH_TIMEOUT(t->find(Dn::parse(Internet))->description(), tag, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(t->find(Dn::parse(Partner))->description(), tag, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(t->find(Dn::parse(Gw1Vs1))->displayName(), tag, 5000);
    }
}

void TestSession::loadOnceDoesNotFollow() {
    DirectorySession session;
    QSignalSpy loaded(&session, &DirectorySession::loaded);
    session.open(m_dir->adminSettings(), DirectorySession::Mode::LoadOnce);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(session.state(), DirectorySession::State::Static);
    QCOMPARE(session.topology()->objectCount(), 52);
    QVERIFY(session.isWritable());
}

void TestSession::reloadThroughTheFeed() {
    DirectorySession session;
    QSignalSpy loaded(&session, &DirectorySession::loaded);
    session.open(m_dir->adminSettings());
    QVERIFY(loaded.wait(15000));
    QSignalSpy changed(session.topology(), &topology::Topology::changed);
    session.reload();
    QCOMPARE(session.state(), DirectorySession::State::Loading);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(session.state(), DirectorySession::State::Live);
    QCOMPARE(session.topology()->objectCount(), 52);
    QVERIFY(changed.isEmpty()); // nothing changed, so nothing is reported
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
