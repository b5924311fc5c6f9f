// Action › Apply to Mail Server… in the demo, offscreen, for real (as root, with Postfix
// installed): the demo starts private Postfix instances for its gateways; on GW1 the dialog first
// says there is nothing to apply; after an address space is added in the console it shows the new
// transport entry as a difference, and Apply puts it in place (checked, written, reloaded), which
// Postfix then routes by. Servers without an instance say why there is nothing to apply to.
// Action › Track Message… on GW1 finds a message submitted there and shows its deferral.

#include "ActionController.h"
#include "ApplyConfigDialog.h"
#include "ChangeSet.h"
#include "DemoMailServers.h"
#include "DemoOrganization.h"
#include "DirectoryObject.h"
#include "MainWindow.h"
#include "QueueSourceSettings.h"
#include "QueueViewer.h"
#include "SendTestMessageDialog.h"
#include "Screenshot.h"
#include "TimelineModel.h"
#include "Topology.h"
#include "TrackingDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using directory::Dn;
using mailserverui::ApplyConfigDialog;

namespace {

const QString Partner = QStringLiteral("CN=Partner Connector,") + testsupport::demo::FirstRgConnections;
const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + testsupport::demo::FirstAg;

QString lookUp(const QString &configDirectory, const QString &domain) {
    QProcess postmap;
    postmap.start(
        QStringLiteral("/usr/sbin/postmap"),
        {QStringLiteral("-c"), configDirectory, QStringLiteral("-q"), domain,
         QStringLiteral("hash:%1/%2").arg(configDirectory, postfix::PostfixConfig::TransportMapFile)});
    postmap.waitForFinished(10000);
    return QString::fromUtf8(postmap.readAllStandardOutput()).trimmed();
}

} // namespace

class TestApplyToMailServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void nothingToApplyOnAFreshDemo();
    void appliesAnAddressSpaceAddedInTheConsole();
    void serversWithoutPostfixSayWhy();
    void tracksAMessageOnTheGateway();
    void demoGatewaysAreTheirQueueSources();

private:
    ApplyConfigDialog *open(const QString &server);
    QAction *action() const { return m_window->actions()->action(QStringLiteral("applyToMailServerAction")); }

    MainWindow *m_window = nullptr;
};

void TestApplyToMailServer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (const QString missing = postfix::LocalMailServer::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    m_window = new MainWindow;
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    QSignalSpy started(m_window->demoMailServers(), &postfix::DemoMailServers::serverStarted);
    QSignalSpy failed(m_window->demoMailServers(), &postfix::DemoMailServers::serverFailed);
    m_window->show();
    m_window->openDemo();
    QVERIFY(loaded.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(started.size() + failed.size() == 2, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
}

void TestApplyToMailServer::cleanupTestCase() {
    delete m_window;
}

void TestApplyToMailServer::cleanup() {
    for (ApplyConfigDialog *dialog : m_window->findChildren<ApplyConfigDialog *>())
        delete dialog;
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        delete box;
    for (trackingui::TrackingDialog *dialog : m_window->findChildren<trackingui::TrackingDialog *>())
        delete dialog;
}

ApplyConfigDialog *TestApplyToMailServer::open(const QString &server) {
    if (!m_window->selectNode(Dn::parse(server)) || !action()->isEnabled())
        return nullptr;
    action()->trigger();
    const QList<ApplyConfigDialog *> dialogs = m_window->findChildren<ApplyConfigDialog *>();
    return dialogs.size() == 1 && dialogs.first()->isVisible() ? dialogs.first() : nullptr;
}

void TestApplyToMailServer::nothingToApplyOnAFreshDemo() {
    ApplyConfigDialog *dialog = open(testsupport::demo::Gw1);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("already has this configuration")),
                             10000);
    QVERIFY(dialog->diffText().isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
}

void TestApplyToMailServer::appliesAnAddressSpaceAddedInTheConsole() {
    const Dn gw1 = Dn::parse(testsupport::demo::Gw1);
    const QString dir = m_window->demoMailServers()->configDirectory(gw1);
    QVERIFY(lookUp(dir, QStringLiteral("fabrikam.example")).isEmpty());
    // The administrator adds fabrikam.example to the partner connector.
    const topology::DirectoryObject *partner = m_window->session()->topology()->find(Dn::parse(Partner));
    QVERIFY(partner);
    topology::ChangeSet add;
    add.modify(partner->entry(),
               {directory::Modification::add(QStringLiteral("routingList"),
                                             {QStringLiteral("SMTP:fabrikam.example;10")})},
               QStringLiteral("add"));
    QSignalSpy written(m_window, &MainWindow::changesWritten);
    m_window->submit(QStringLiteral("Add"), add);
    QVERIFY(written.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()
                                 ->topology()
                                 ->find(Dn::parse(Partner))
                                 ->entry()
                                 .values(QStringLiteral("routingList"))
                                 .contains("SMTP:fabrikam.example;10"),
                             5000);

    ApplyConfigDialog *dialog = open(testsupport::demo::Gw1);
    QVERIFY(dialog);
    QSignalSpy applied(dialog, &ApplyConfigDialog::applied);
    auto *applyButton = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(applyButton->isEnabled(), 10000);
    const QString diff = dialog->diffText();
    QVERIFY2(diff.contains(QStringLiteral("\n+fabrikam.example bh-partner-connector:")), qPrintable(diff));
    QVERIFY(diff.startsWith(QStringLiteral("--- %1/bridgehead_transport\n").arg(dir)));
    testsupport::saveScreenshot(dialog, QStringLiteral("apply-to-mail-server"));

    QTest::mouseClick(applyButton, Qt::LeftButton);
    QVERIFY(applied.wait(30000));
    QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Applied")), qPrintable(dialog->statusText()));
    QVERIFY(!applyButton->isEnabled());
    QVERIFY(
        lookUp(dir, QStringLiteral("fabrikam.example")).startsWith(QStringLiteral("bh-partner-connector:")));
    testsupport::saveScreenshot(dialog, QStringLiteral("apply-to-mail-server-applied"));

    // Put back, so the other functions see the demo as it was.
    topology::ChangeSet remove;
    remove.modify(m_window->session()->topology()->find(Dn::parse(Partner))->entry(),
                  {directory::Modification::remove(QStringLiteral("routingList"),
                                                   {QStringLiteral("SMTP:fabrikam.example;10")})},
                  QStringLiteral("remove"));
    m_window->submit(QStringLiteral("Remove"), remove);
    QVERIFY(written.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()
                                  ->topology()
                                  ->find(Dn::parse(Partner))
                                  ->entry()
                                  .values(QStringLiteral("routingList"))
                                  .contains("SMTP:fabrikam.example;10"),
                             5000);
    delete dialog;
    dialog = open(testsupport::demo::Gw1);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled(),
                             10000);
    QSignalSpy appliedBack(dialog, &ApplyConfigDialog::applied);
    dialog->apply();
    QVERIFY(appliedBack.wait(30000));
    QVERIFY(lookUp(dir, QStringLiteral("fabrikam.example")).isEmpty());
}

void TestApplyToMailServer::serversWithoutPostfixSayWhy() {
    QVERIFY(m_window->selectNode(Dn::parse(Exmbx1)));
    QVERIFY(action()->isEnabled());
    action()->trigger();
    QVERIFY(m_window->findChildren<ApplyConfigDialog *>().isEmpty());
    QTRY_VERIFY(!m_window->findChildren<QMessageBox *>().isEmpty());
    QVERIFY(m_window->findChildren<QMessageBox *>().first()->text().contains(
        QStringLiteral("No Postfix is known for EXMBX1")));
    QVERIFY(m_window->selectNode(Dn::parse(testsupport::demo::FirstRgConnections)));
    QVERIFY(!action()->isEnabled());
}

void TestApplyToMailServer::tracksAMessageOnTheGateway() {
    const Dn gw1 = Dn::parse(testsupport::demo::Gw1);
    // Submitted on GW1 for the Internet: its * connector's smart host is a closed port here.
    QProcess sendmail;
    sendmail.start(QStringLiteral("/usr/sbin/sendmail"),
                   {QStringLiteral("-C"), m_window->demoMailServers()->configDirectory(gw1),
                    QStringLiteral("-f"), QStringLiteral("ann@example.com"), QStringLiteral("--"),
                    QStringLiteral("bob@contoso.com")});
    sendmail.write("Subject: tracked\nMessage-ID: <BH-consoletrack1@gw1.example.com>\n\nhello\n");
    sendmail.closeWriteChannel();
    QVERIFY(sendmail.waitForFinished(30000));
    QCOMPARE(sendmail.exitCode(), 0);
    const QString logFile = m_window->demoMailServers()->logFile(gw1);
    const auto log = [&logFile] {
        QFile f(logFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(log().contains("status=deferred"), 20000);

    QVERIFY(m_window->selectNode(gw1));
    QAction *track = m_window->actions()->action(QStringLiteral("trackMessageAction"));
    QVERIFY(track->isEnabled());
    track->trigger();
    const QList<trackingui::TrackingDialog *> dialogs =
        m_window->findChildren<trackingui::TrackingDialog *>();
    QCOMPARE(dialogs.size(), 1);
    trackingui::TrackingDialog *dialog = dialogs.first();
    QVERIFY(dialog->isVisible());
    QSignalSpy tracked(dialog, &trackingui::TrackingDialog::tracked);
    dialog->setQuery(tracking::TrackQuery::Kind::Token, QStringLiteral("BH-consoletrack1"));
    QVERIFY(dialog->track());
    QVERIFY(tracked.wait(10000));
    QCOMPARE(dialog->result().messages.size(), 1);
    QVERIFY(dialog->result().problems.isEmpty());
    bool deferred = false;
    for (int row = 0; row < dialog->timeline()->rowCount(); ++row)
        deferred = deferred || dialog->timeline()
                                   ->index(row, tracking::TimelineModel::What)
                                   .data()
                                   .toString()
                                   .startsWith(QStringLiteral("Deferred for bob@contoso.com"));
    QVERIFY(deferred);
    testsupport::saveScreenshot(dialog, QStringLiteral("track-message-console"));
}

// The demo's instances are the gateways' queue sources while they run: their Queues nodes list
// them; the other servers have none.
void TestApplyToMailServer::demoGatewaysAreTheirQueueSources() {
    const Dn gw1 = Dn::parse(testsupport::demo::Gw1);
    const queues::PostfixInstance source = m_window->queueSources()->source(gw1);
    QVERIFY(!source.isNull());
    QCOMPARE(source.effectiveConfigDirectory(), m_window->demoMailServers()->configDirectory(gw1));
    QVERIFY(m_window->queueSources()->source(Dn::parse(Exmbx1)).isNull());
    QVERIFY(m_window->selectNode(gw1, int(console::NodeType::Queues)));
    QSignalSpy refreshed(m_window->queueViewer(), &queueui::QueueViewer::refreshed);
    m_window->queueViewer()->refresh();
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(refreshed.first().first().value<queues::ListingResult>().ok,
             qPrintable(refreshed.first().first().value<queues::ListingResult>().error));

    // Send Test Message on GW1's Internet virtual server reaches the instance where it listens.
    QVERIFY(m_window->selectNode(Dn::parse(QStringLiteral("CN=2,CN=SMTP,CN=Protocols,") + testsupport::demo::Gw1)));
    m_window->actions()->action(QStringLiteral("sendTestMessageAction"))->trigger();
    queueui::SendTestMessageDialog *send = nullptr;
    QTRY_VERIFY((send = m_window->findChild<queueui::SendTestMessageDialog *>()) && send->isVisible());
    const QString target = send->findChild<QComboBox *>(QStringLiteral("testServer"))->currentText();
    QVERIFY2(target.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(target));
    QSignalSpy sent(send, &queueui::SendTestMessageDialog::sent);
    send->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(sent.wait(20000));
    QVERIFY2(send->result().accepted, qPrintable(send->transcript()));
    delete send;
}

QTEST_MAIN(TestApplyToMailServer)
#include "tst_applytomailserver.moc"
