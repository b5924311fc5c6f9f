// The demo organization as a user runs it (MainWindow::openDemo, the private slapd it starts): when
// that slapd dies the console says how (exit status or signal, its last output) and offers Restart,
// which starts it again on the same data, so the user's edits survive and the console is live again.

#include "ActionController.h"
#include "ConsoleTreeModel.h"
#include "DemoDirectory.h"
#include "DemoOrganization.h"
#include "MainWindow.h"
#include "ReadOnlyBanner.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <csignal>
#include <memory>

using console::DirectorySession;
using directory::Dn;

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void killedDemoServerSaysHowAndRestartKeepsEdits();

private:
    // ldapmodify against the demo directory as its administrator.
    bool ldapmodify(const QString &ldif);

    std::unique_ptr<MainWindow> m_window;
};

void TestDemo::init() {
    m_window = std::make_unique<MainWindow>();
    QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
    m_window->show();
    m_window->openDemo();
    QVERIFY(loaded.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), DirectorySession::State::Live, 5000);
}

void TestDemo::cleanup() {
    m_window.reset(); // stops the demo directory
}

bool TestDemo::ldapmodify(const QString &ldif) {
    const directory::ConnectionSettings s = m_window->demo()->adminSettings();
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    tool.setProcessEnvironment(env);
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("ldapmodify"),
               {QStringLiteral("-x"), QStringLiteral("-H"), s.uri, QStringLiteral("-D"), s.bindDn,
                QStringLiteral("-w"), s.password});
    tool.write(ldif.toUtf8());
    tool.closeWriteChannel();
    if (!tool.waitForFinished(60000)) {
        tool.kill();
        tool.waitForFinished();
        return false;
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        qWarning("ldapmodify failed: %s", tool.readAll().constData());
        return false;
    }
    return true;
}

void TestDemo::killedDemoServerSaysHowAndRestartKeepsEdits() {
    const QString dn = QStringLiteral("CN=Survives Restart,") + testsupport::demo::FirstRgConnections;
    QVERIFY(ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\n"
                                      "cn: Survives Restart\nroutingList: SMTP:survives.example;1\n"
                                      "homeMTA: CN=Microsoft MTA,%2\ndeliveryMechanism: 2\n")
                           .arg(dn, testsupport::demo::Gw1)));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->indexFor(Dn::parse(dn)).isValid(), 5000);
    QVERIFY(m_window->selectNode(Dn::parse(dn)));
    QAction *deleteAction = m_window->actions()->action(QStringLiteral("deleteAction"));
    QVERIFY(deleteAction->isEnabled());

    // The server dies for real.
    const pid_t slapd = pid_t(m_window->demo()->directory()->serverProcessId());
    QVERIFY(slapd > 0);
    QCOMPARE(::kill(slapd, SIGKILL), 0);

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"))) && box->isVisible(), 5000);
    QVERIFY2(box->text().contains(QStringLiteral("killed by signal SIGKILL")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("Restart")), qPrintable(box->text()));
    box->button(QMessageBox::Ok)->click();

    // One line that says so and offers Restart; nothing promises it comes back by itself.
    consoleui::ReadOnlyBanner *banner = m_window->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(QStringLiteral("stopped")), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(QStringLiteral("reconnects by itself")), qPrintable(banner->text()));
    QToolButton *restart = banner->actionButton();
    QVERIFY(restart->isVisible());
    QCOMPARE(restart->defaultAction()->objectName(), QStringLiteral("restartDemoAction"));
    QTRY_VERIFY_WITH_TIMEOUT(!deleteAction->isEnabled(), 5000);
    // The status bar says the same as the banner, not that it is reconnecting.
    auto *sync = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("syncLabel"));
    QVERIFY(sync);
    QTRY_COMPARE_WITH_TIMEOUT(sync->text(), QStringLiteral("Demo directory stopped"), 5000);
    QVERIFY2(sync->toolTip().contains(QStringLiteral("Restart")), qPrintable(sync->toolTip()));

    restart->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), DirectorySession::State::Live, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
    QVERIFY2(sync->text().startsWith(QStringLiteral("Live")), qPrintable(sync->text()));
    QVERIFY(m_window->treeModel()->indexFor(Dn::parse(dn)).isValid()); // the edit survived
    QVERIFY(m_window->selectNode(Dn::parse(dn)));
    QVERIFY(deleteAction->isEnabled());
    // And it is live again: a change made now shows up.
    const QString after = QStringLiteral("CN=After Restart,") + testsupport::demo::FirstRgConnections;
    QVERIFY(ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\n"
                                      "cn: After Restart\nroutingList: SMTP:after.example;1\n"
                                      "homeMTA: CN=Microsoft MTA,%2\ndeliveryMechanism: 2\n")
                           .arg(after, testsupport::demo::Gw1)));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->indexFor(Dn::parse(after)).isValid(), 5000);
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
