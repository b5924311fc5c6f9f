// The demo's private Postfix instances, for real (as root, with Postfix installed): the gateways'
// instances start from the demo directory's generated configuration (which `postfix check`
// accepts on the way), each virtual server answers on its loopback port with its FQDN, they stop
// with the demo; and a message submitted on the mailbox server's instance is relayed to GW1's,
// which holds it in Retry for its smart host, as the route resolver says, and tracking follows it
// across both logs.

#include "DemoMailServers.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "SmtpVirtualServer.h"
#include "Tracker.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using console::DirectorySession;
using directory::Dn;

namespace {

const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + testsupport::demo::FirstAg;
const QString Gw2 =
    QStringLiteral("CN=GW2,CN=Servers,CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;

Dn virtualServer(const QString &server, const QString &instance) {
    return Dn::parse(QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(instance) + server);
}

// The banner of whatever answers on the loopback port, or "" when nothing does.
QString banner(int port) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    if (!socket.waitForConnected(2000))
        return QString();
    QByteArray line;
    while (!line.contains('\n') && socket.waitForReadyRead(5000))
        line += socket.readAll();
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(1000);
    return QString::fromLatin1(line).trimmed();
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLocalMailServers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoGatewaysStartAndStop();
    void relaysBetweenTwoInstances();

private:
    testsupport::DirectoryFixture m_dir;
    DirectorySession *m_session = nullptr;
};

void TestLocalMailServers::initTestCase() {
    if (const QString missing = postfix::LocalMailServer::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY(m_dir.startDemo());
    m_session = new DirectorySession(this);
    QSignalSpy loaded(m_session, &DirectorySession::loaded);
    m_session->open(m_dir->adminSettings(), DirectorySession::Mode::LoadOnce);
    QVERIFY(loaded.wait(15000));
}

void TestLocalMailServers::cleanupTestCase() {
    delete m_session;
    m_dir.stop();
}

void TestLocalMailServers::demoGatewaysStartAndStop() {
    postfix::DemoMailServers demo;
    QSignalSpy started(&demo, &postfix::DemoMailServers::serverStarted);
    QSignalSpy failed(&demo, &postfix::DemoMailServers::serverFailed);
    demo.start(*m_session->topology());
    QTRY_VERIFY_WITH_TIMEOUT(started.size() + failed.size() == 2, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QVERIFY(demo.isRunning(Dn::parse(testsupport::demo::Gw1)));
    QVERIFY(demo.isRunning(Dn::parse(Gw2)));
    QVERIFY(demo.configDirectory(Dn::parse(Exmbx1)).isEmpty()); // only the gateways

    // Each virtual server of a gateway answers on its own loopback port, as itself.
    const int gw1Internet = demo.plan().portOf(virtualServer(testsupport::demo::Gw1, QStringLiteral("2")));
    QTRY_VERIFY_WITH_TIMEOUT(banner(gw1Internet).startsWith(QStringLiteral("220 mail.example.com ESMTP")),
                             10000);
    QVERIFY(banner(demo.plan().portOf(virtualServer(testsupport::demo::Gw1, QStringLiteral("1"))))
                .startsWith(QStringLiteral("220 gw1.example.com ESMTP")));
    QVERIFY(banner(demo.plan().portOf(virtualServer(Gw2, QStringLiteral("1"))))
                .startsWith(QStringLiteral("220 gw2.example.com ESMTP")));
    // The generated configuration is what runs.
    const QString master = QString::fromUtf8(
        readFile(demo.configDirectory(Dn::parse(testsupport::demo::Gw1)) + QStringLiteral("/master.cf")));
    QVERIFY(master.contains(QStringLiteral("\n127.0.0.1:%1 inet n - n - - smtpd\n").arg(gw1Internet)));

    const QString root = QFileInfo(demo.configDirectory(Dn::parse(testsupport::demo::Gw1))).path();
    demo.stop();
    // Stopping does not wait; the instance and its directory are gone a moment later.
    QTRY_VERIFY_WITH_TIMEOUT(banner(gw1Internet).isEmpty() && !QFileInfo::exists(root), 20000);
}

void TestLocalMailServers::relaysBetweenTwoInstances() {
    // The mailbox server and GW1, configured as the directory says, on the demo's loopback plan.
    const postfix::LoopbackPlan plan;
    const topology::Topology &t = *m_session->topology();
    postfix::LocalMailServer mailbox;
    postfix::LocalMailServer gateway;
    for (auto [server, instance, name] :
         {std::tuple{Exmbx1, &mailbox, QStringLiteral("exmbx1")},
          std::tuple{testsupport::demo::Gw1, &gateway, QStringLiteral("gw1")}}) {
        QString error;
        const std::optional<postfix::PostfixConfig> config =
            postfix::PostfixConfigGenerator::generate(t, Dn::parse(server), plan.options(), &error);
        QVERIFY2(config, qPrintable(error));
        QSignalSpy started(instance, &postfix::LocalMailServer::started);
        QSignalSpy failed(instance, &postfix::LocalMailServer::failed);
        instance->start({name, name + QStringLiteral(".example.com"), plan.closedRelay()}, *config);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    }

    // Submitted on the mailbox server for an Internet address.
    QProcess sendmail;
    sendmail.start(QStringLiteral("/usr/sbin/sendmail"),
                   {QStringLiteral("-C"), mailbox.configDirectory(), QStringLiteral("-f"),
                    QStringLiteral("ann@example.com"), QStringLiteral("--"),
                    QStringLiteral("bob@contoso.com")});
    sendmail.write("Subject: relay test\nMessage-ID: <BH-relaytest01@exmbx1.example.com>\n\nhello\n");
    sendmail.closeWriteChannel();
    QVERIFY(sendmail.waitForFinished(30000));
    QCOMPARE(sendmail.exitCode(), 0);

    // The mailbox server hands it to GW1's Internet virtual server (its route's first hop); GW1
    // tries its smart hosts, which are a closed port here, then its fallback relay (Europe's
    // connector through EXEU1, which has no instance), and keeps it for a retry.
    const QString closed =
        QStringLiteral("connect to 127.0.0.1[127.0.0.1]:%1: Connection refused").arg(plan.closedPort());
    QTRY_VERIFY_WITH_TIMEOUT(readFile(gateway.logFile()).contains("status=deferred"), 20000);
    QVERIFY(readFile(gateway.logFile()).contains(closed.toUtf8()));
    const tracking::MailLog mailboxLog(QStringLiteral("EXMBX1"), readFile(mailbox.logFile()));
    const tracking::MailLog gatewayLog(QStringLiteral("GW1"), readFile(gateway.logFile()));
    const QList<tracking::TrackedMessage> found = tracking::Tracker::track(
        {&mailboxLog, &gatewayLog}, 0,
        *tracking::TrackQuery::create(tracking::TrackQuery::Kind::Token, QStringLiteral("BH-relaytest01")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().hops.size(), 2);
    const tracking::MessageTrack &atGateway = found.first().hops.at(1);
    QCOMPARE(atGateway.server, QStringLiteral("GW1"));
    QCOMPARE(atGateway.events.first().kind, tracking::MessageEvent::Kind::Received);
    QCOMPARE(atGateway.events.first().listener, QStringLiteral("bh-gw1-vs2")); // the Internet virtual server
    bool deferred = false;
    for (const tracking::MessageEvent &e : atGateway.events)
        deferred = deferred || (e.kind == tracking::MessageEvent::Kind::Deferred &&
                                e.reply.endsWith(QStringLiteral("Connection refused")));
    if (!deferred)
        for (const QByteArray &line : readFile(gateway.logFile()).split('\n'))
            qWarning("%s", line.constData());
    QVERIFY(deferred);
    const tracking::MessageEvent handedOn = found.first().hops.first().events.at(2);
    QCOMPARE(handedOn.kind, tracking::MessageEvent::Kind::Delivered);
    QCOMPARE(handedOn.relay,
             QStringLiteral("127.0.0.1[127.0.0.1]:%1")
                 .arg(plan.portOf(virtualServer(testsupport::demo::Gw1, QStringLiteral("2")))));
    mailbox.stop();
    gateway.stop();
}

QTEST_GUILESS_MAIN(TestLocalMailServers)
#include "tst_localmailservers.moc"
