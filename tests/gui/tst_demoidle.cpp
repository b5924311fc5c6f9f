// The demo organization left alone: the console on its private slapd stays idle for four minutes
// (the demo server was seen to stop by itself after some minutes), then the same slapd still
// answers, the console never left Live, and a change made through the console comes back live.
// It takes minutes, so it is a test executable of its own that ctest starts first and runs
// beside the others (BRIDGEHEAD_IDLE_SECONDS shortens it for a quick look by hand).

#include "Connection.h"
#include "ConsoleTreeModel.h"
#include "DemoDirectory.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "MainWindow.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>

using console::DirectorySession;
using directory::Dn;

class TestDemoIdle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idleDemoStillAnswers();
};

void TestDemoIdle::idleDemoStillAnswers() {
    const int idleSeconds = qEnvironmentVariableIsSet("BRIDGEHEAD_IDLE_SECONDS")
                                ? qEnvironmentVariableIntValue("BRIDGEHEAD_IDLE_SECONDS")
                                : 240;
    auto window = std::make_unique<MainWindow>();
    QSignalSpy loaded(window.get(), &MainWindow::loaded);
    window->show();
    window->openDemo();
    QVERIFY(loaded.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), DirectorySession::State::Live, 5000);
    const pid_t slapd = pid_t(window->demo()->directory()->serverProcessId());
    QVERIFY(slapd > 0);

    // Idle: nothing happens but the console's own connections waiting. Any stop would show here.
    QSignalSpy stopped(window->demo(), &console::DemoDirectory::stoppedUnexpectedly);
    QSignalSpy states(window->session(), &DirectorySession::stateChanged);
    QVERIFY2(!stopped.wait(idleSeconds * 1000),
             qPrintable(QStringLiteral("the demo server stopped while idle (%1)")
                            .arg(window->demo()->exitDescription())));
    QCOMPARE(states.count(), 0);
    QCOMPARE(window->session()->state(), DirectorySession::State::Live);

    // The same slapd, still answering a new client.
    QCOMPARE(pid_t(window->demo()->directory()->serverProcessId()), slapd);
    QCOMPARE(::kill(slapd, 0), 0);
    directory::Connection reader;
    reader.setSettings(window->demo()->adminSettings());
    directory::DirectoryReply *reply = reader.searchBase(testsupport::demo::Gw1);
    QVERIFY(testsupport::waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
    QCOMPARE(reply->entryCount(), 1);

    // And the console still writes and follows: a rename comes back through the change feed.
    const Dn partner =
        Dn::parse(QStringLiteral("CN=Partner Connector,") + testsupport::demo::FirstRgConnections);
    console::ConsoleTreeModel *tree = window->treeModel();
    QVERIFY(tree->indexFor(partner).isValid());
    tree->setData(tree->indexFor(partner), QStringLiteral("Partner After Idle"));
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexFor(partner.withRdn(directory::Rdn{
                                                QStringLiteral("CN"), QStringLiteral("Partner After Idle")}))
                                 .isValid(),
                             5000);
}

QTEST_MAIN(TestDemoIdle)
#include "tst_demoidle.moc"
