// The tutorial, end to end, on a real slapd and a real Postfix, through the console as a user
// drives it: a gateway GW9 in a routing group of its own, with no virtual server and no connector,
// gets a virtual server from the New SMTP Virtual Server wizard (the analyzer then warns that it is
// no connector's bridgehead), and an SMTP connector from the New SMTP Connector wizard with it as
// local bridgehead, * at cost 1 for the entire organization, forwarding to the smart host
// [127.0.0.1] on a closed port (the warning goes). Apply to Mail Server puts that configuration
// into GW9's Postfix; Send Test Message sends to the virtual server's binding; the Queues node
// shows the message waiting in Retry in a queue named after the connector and its smart host; Find
// Messages finds it, and Track Message from its row shows it accepted by the virtual server and
// each attempt refused.

#include "ActionController.h"
#include "AnalyzerDock.h"
#include "ApplyConfigDialog.h"
#include "Attributes.h"
#include "ChangeSet.h"
#include "ConnectorAddressSpaceTab.h"
#include "ConnectorGeneralTab.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "FindMessagesDialog.h"
#include "GatewayDesignation.h"
#include "LocalMailServer.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessageListView.h"
#include "NewConnectorWizard.h"
#include "NewVirtualServerWizard.h"
#include "PostfixFixture.h"
#include "QueueListModel.h"
#include "QueueSourceSettings.h"
#include "QueueViewer.h"
#include "Screenshot.h"
#include "SendTestMessageDialog.h"
#include "TimelineModel.h"
#include "TrackingDialog.h"
#include "VirtualServerGeneralTab.h"
#include "WizardTesting.h"

#include <QAction>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTreeView>
#include <QTreeWidget>

using console::NodeType;
using directory::Dn;
using namespace wizardtesting;

namespace {

const QString Ag = testsupport::demo::FirstAg;
const QString TutorialRg = QStringLiteral("CN=Tutorial Routing Group,CN=Routing Groups,") + Ag;
const QString Connections = QStringLiteral("CN=Connections,") + TutorialRg;
const QString Gw9 = QStringLiteral("CN=GW9,CN=Servers,") + Ag;
const QString Gw9Smtp = QStringLiteral("CN=SMTP,CN=Protocols,") + Gw9;
const QString Connector = QStringLiteral("Tutorial Internet Connector");
const QString Recipient = QStringLiteral("someone@remote.example");

// A loopback port nothing listens on (just released by the kernel's choice).
int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// GW9 and its routing group as an administrator finds a new server: no SMTP virtual server, and a
// routing group without connectors.
QString tutorialServer() {
    QString ldif;
    const auto entry = [&ldif](const QString &dn, const QStringList &lines) {
        ldif += QStringLiteral("dn: %1\nchangetype: add\n%2\n\n").arg(dn, lines.join(QLatin1Char('\n')));
    };
    entry(TutorialRg, {QStringLiteral("objectClass: top"), QStringLiteral("objectClass: container"),
                       QStringLiteral("objectClass: msExchRoutingGroup"), QStringLiteral("cn: Tutorial Routing Group"),
                       QStringLiteral("msExchRoutingMasterDN: ") + Gw9});
    entry(Connections, {QStringLiteral("objectClass: top"), QStringLiteral("objectClass: container"),
                        QStringLiteral("objectClass: msExchConnectors"), QStringLiteral("cn: Connections")});
    entry(Gw9, {QStringLiteral("objectClass: top"), QStringLiteral("objectClass: server"),
                QStringLiteral("objectClass: msExchExchangeServer"), QStringLiteral("cn: GW9"),
                QStringLiteral("networkAddress: ncacn_ip_tcp:gw9.example.com"),
                QStringLiteral("msExchHomeRoutingGroup: ") + TutorialRg,
                QStringLiteral("msExchResponsibleMTAServer: CN=Microsoft MTA,") + Gw9});
    entry(QStringLiteral("CN=Microsoft MTA,") + Gw9,
          {QStringLiteral("objectClass: top"), QStringLiteral("objectClass: mTA"), QStringLiteral("cn: Microsoft MTA"),
           QStringLiteral("mTALocalDesig: GW9"), QStringLiteral("transRetryMins: 5"),
           QStringLiteral("transTimeoutMins: 20")});
    entry(QStringLiteral("CN=Protocols,") + Gw9,
          {QStringLiteral("objectClass: top"), QStringLiteral("objectClass: protocolCfgShared"),
           QStringLiteral("objectClass: protocolCfgSharedServer"), QStringLiteral("cn: Protocols")});
    entry(Gw9Smtp, {QStringLiteral("objectClass: top"), QStringLiteral("objectClass: container"),
                    QStringLiteral("objectClass: msExchProtocolCfgSharedContainer"),
                    QStringLiteral("objectClass: msExchProtocolCfgSMTPContainer"), QStringLiteral("cn: SMTP")});
    return ldif;
}

} // namespace

class TestTutorial : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void fromAnEmptyRoutingGroupToATrackedMessage();

private:
    bool select(const QString &dn, NodeType type);
    bool hasGatewayWarning() const;
    template <class W> W *opened() const;
    QString queueCell(const QString &name, int column) const;

    testsupport::DirectoryFixture m_dir;
    testsupport::PostfixFixture m_postfix;
    MainWindow *m_window = nullptr;
};

void TestTutorial::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (const QString missing = postfix::LocalMailServer::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY(m_dir.startDemo());
    QString output;
    QVERIFY2(m_dir.ldapmodify(tutorialServer(), &output), qPrintable(output));
    testsupport::PostfixFixture::Options options;
    options.hostName = QStringLiteral("gw9.example.com");
    QVERIFY(m_postfix.start(options));
    m_window = new MainWindow;
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    m_window->show();
    m_window->connectTo(m_dir->adminSettings(), QStringLiteral("tutorial"));
    QVERIFY(loaded.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
    // GW9's Postfix is its queue source; GW9 is the organization's gateway to the Internet.
    m_window->queueSources()->setSessionSource(Dn::parse(Gw9), m_postfix.instance());
    m_window->analyzerDock()->gateways()->setServers({Dn::parse(Gw9)});
}

void TestTutorial::cleanupTestCase() {
    delete m_window;
    m_postfix.stop();
    m_dir.stop();
}

void TestTutorial::cleanup() {
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w))
            w->close();
}

bool TestTutorial::select(const QString &dn, NodeType type) {
    m_window->treeView()->setFocus();
    return QTest::qWaitFor([&] { return m_window->selectNode(Dn::parse(dn), int(type)); }, 5000);
}

bool TestTutorial::hasGatewayWarning() const {
    const analyzerui::AnalyzerDock *dock = m_window->analyzerDock();
    return !dock->analyzer()->isAnalyzing() &&
           dock->analyzer()->findings().contains(
               analyzer::Finding::keyFor(QStringLiteral("smtp-vs-no-outbound-connector"), Dn::parse(Gw9)));
}

template <class W> W *TestTutorial::opened() const {
    W *found = nullptr;
    return QTest::qWaitFor(
               [&] {
                   for (QWidget *w : QApplication::topLevelWidgets())
                       if (auto *candidate = qobject_cast<W *>(w); candidate && candidate->isVisible())
                           found = candidate;
                   return found != nullptr;
               },
               5000)
               ? found
               : nullptr;
}

QString TestTutorial::queueCell(const QString &name, int column) const {
    const QAbstractItemModel *m = m_window->queueViewer()->queueView()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, queues::QueueListModel::Name).data().toString() == name)
            return m->index(r, column).data().toString();
    return QString();
}

void TestTutorial::fromAnEmptyRoutingGroupToATrackedMessage() {
    const int listenPort = freePort();
    const int closedPort = freePort();
    QVERIFY(listenPort > 0 && closedPort > 0 && listenPort != closedPort);
    const QString binding = QStringLiteral("127.0.0.1:%1").arg(listenPort);
    QVERIFY(!hasGatewayWarning()); // nothing to warn about on a server without virtual servers

    // 1. New SMTP Virtual Server on GW9, listening on a loopback port.
    QVERIFY(select(Gw9Smtp, NodeType::Smtp));
    m_window->actions()->action(QStringLiteral("newVirtualServerAction"))->trigger();
    auto *vsWizard = opened<wizards::NewVirtualServerWizard>();
    QVERIFY(vsWizard);
    typeInto(child<QLineEdit>(vsWizard->generalTab(), "nameEdit"), QStringLiteral("Tutorial Virtual Server"));
    typeInto(child<QComboBox>(vsWizard->generalTab(), "addressCombo")->lineEdit(), QStringLiteral("127.0.0.1"));
    typeInto(child<QSpinBox>(vsWizard->generalTab(), "portSpin"), listenPort);
    typeInto(child<QLineEdit>(vsWizard->generalTab(), "fqdnEdit"), QStringLiteral("gw9.example.com"));
    QVERIFY(clickNext(vsWizard));
    QVERIFY(clickNext(vsWizard));
    QVERIFY(waitForResult(vsWizard));
    QVERIFY2(vsWizard->resultPage()->isWritten(), qPrintable(vsWizard->resultPage()->result().message));
    const QString virtualServer = vs(Gw9, 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->topology()->find(Dn::parse(virtualServer)), 5000);
    vsWizard->button(QWizard::FinishButton)->click();

    // The analyzer: a gateway's virtual server that is no connector's bridgehead.
    QTRY_VERIFY_WITH_TIMEOUT(hasGatewayWarning(), 5000);

    // Outbound connections leave on the closed port (Delivery › Outbound connections › TCP port).
    topology::ChangeSet port;
    port.modify(m_window->session()->topology()->find(Dn::parse(virtualServer))->entry(),
                {directory::Modification::replace(topology::attr::outgoingPort, {QString::number(closedPort)})},
                QStringLiteral("port"));
    QSignalSpy written(m_window, &MainWindow::changesWritten);
    m_window->submit(QStringLiteral("Outbound port"), port);
    QVERIFY(written.wait(10000));

    // 2. New SMTP Connector in the tutorial routing group: the virtual server as local bridgehead,
    // * at cost 1 for the entire organization, forwarding to the smart host [127.0.0.1].
    QVERIFY(select(Connections, NodeType::Connectors));
    m_window->actions()->action(QStringLiteral("newConnectorAction"))->trigger();
    auto *connectorWizard = opened<wizards::NewConnectorWizard>();
    QVERIFY(connectorWizard);
    QWidget *general = connectorWizard->generalTab();
    QVERIFY(addBridgeheads(general, {QStringLiteral("GW9 – Tutorial Virtual Server")}));
    typeInto(child<QLineEdit>(general, "nameEdit"), Connector);
    child<QRadioButton>(general, "forwardRadio")->click();
    typeInto(child<QLineEdit>(general, "smartHostEdit"), QStringLiteral("[127.0.0.1]"));
    QVERIFY(clickNext(connectorWizard));
    auto *spaces = child<QTreeWidget>(connectorWizard->addressSpaceTab(), "addressSpaceList");
    QCOMPARE(spaces->topLevelItemCount(), 1);
    QCOMPARE(spaces->topLevelItem(0)->text(1), QStringLiteral("*"));
    QCOMPARE(spaces->topLevelItem(0)->text(2), QStringLiteral("1"));
    QVERIFY(child<QRadioButton>(connectorWizard->addressSpaceTab(), "organizationScopeRadio")->isChecked());
    QVERIFY(clickNext(connectorWizard));
    QVERIFY(clickNext(connectorWizard));
    QVERIFY(waitForResult(connectorWizard));
    QVERIFY2(connectorWizard->resultPage()->isWritten(),
             qPrintable(connectorWizard->resultPage()->result().message));
    connectorWizard->button(QWizard::FinishButton)->click();
    // The warning is gone once the connector has the virtual server as its bridgehead.
    QTRY_VERIFY_WITH_TIMEOUT(!hasGatewayWarning() && m_window->session()->topology()->find(
                                                         Dn::parse(QStringLiteral("CN=%1,").arg(Connector) + Connections)),
                             5000);

    // 3. Apply to Mail Server on GW9: the listener and the transport entry, checked, written, reloaded.
    QVERIFY(select(Gw9, NodeType::Server));
    m_window->actions()->action(QStringLiteral("applyToMailServerAction"))->trigger();
    auto *apply = opened<mailserverui::ApplyConfigDialog>();
    QVERIFY(apply);
    auto *applyButton = apply->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(applyButton->isEnabled(), 15000);
    const QString diff = apply->diffText();
    QVERIFY2(diff.contains(QStringLiteral("+*\tsmtp:[127.0.0.1]:%1").arg(closedPort)) ||
                 diff.contains(QStringLiteral("+* smtp:[127.0.0.1]:%1").arg(closedPort)) ||
                 diff.contains(QStringLiteral(":[127.0.0.1]:%1").arg(closedPort)),
             qPrintable(diff));
    QVERIFY2(diff.contains(binding), qPrintable(diff));
    QSignalSpy applied(apply, &mailserverui::ApplyConfigDialog::applied);
    QTest::mouseClick(applyButton, Qt::LeftButton);
    QVERIFY(applied.wait(30000));
    QVERIFY2(apply->statusText().startsWith(QStringLiteral("Applied")), qPrintable(apply->statusText()));
    apply->close();
    // Postfix opened the new listener when it reloaded.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(listenPort));
            return probe.waitForConnected(1000);
        }(),
        10000);

    // 4. Send Test Message from the virtual server: to its own binding.
    QVERIFY(select(virtualServer, NodeType::VirtualServer));
    m_window->actions()->action(QStringLiteral("sendTestMessageAction"))->trigger();
    auto *send = opened<queueui::SendTestMessageDialog>();
    QVERIFY(send);
    QCOMPARE(send->findChild<QComboBox *>(QStringLiteral("testServer"))->currentText(), binding);
    send->findChild<QLineEdit *>(QStringLiteral("testTo"))->setText(Recipient);
    QSignalSpy sent(send, &queueui::SendTestMessageDialog::sent);
    send->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    QVERIFY(sent.wait(20000));
    QVERIFY2(send->result().accepted, qPrintable(send->transcript()));
    const QString queueId = send->result().queueId;
    QVERIFY(!queueId.isEmpty());
    QVERIFY(m_postfix.waitForDeferred(1));

    // 5. The Queues node: the connector's queue to its smart host holds the message, in Retry.
    QVERIFY(select(Gw9, NodeType::Queues));
    QSignalSpy refreshed(m_window->queueViewer(), &queueui::QueueViewer::refreshed);
    m_window->queueViewer()->refresh();
    QVERIFY(refreshed.wait(20000));
    const QString queue = QStringLiteral("%1 (GW9) – [127.0.0.1]:%2").arg(Connector).arg(closedPort);
    QTRY_COMPARE_WITH_TIMEOUT(queueCell(queue, queues::QueueListModel::State), QStringLiteral("Retry"), 5000);
    QCOMPARE(queueCell(queue, queues::QueueListModel::Messages), QStringLiteral("1"));
    QCOMPARE(queueCell(queue, queues::QueueListModel::Source), QStringLiteral("Tutorial Virtual Server"));
    QVERIFY2(queueCell(queue, queues::QueueListModel::LastError).contains(QStringLiteral("Connection refused")),
             qPrintable(queueCell(queue, queues::QueueListModel::LastError)));
    testsupport::saveScreenshot(m_window, QStringLiteral("tutorial-queues"));

    // 6. Find Messages: by recipient, the message and only it.
    queueui::FindMessagesDialog *find = m_window->queueViewer()->findMessages();
    QVERIFY(find);
    find->findChild<QLineEdit *>(QStringLiteral("findRecipient"))->setText(Recipient);
    find->findChild<QPushButton *>(QStringLiteral("findNow"))->click();
    queues::MessageListModel *results = find->results()->model();
    QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 1, 5000);
    QCOMPARE(results->index(0, queues::MessageListModel::Id).data().toString(), queueId);

    // 7. Track Message on its row: accepted by the virtual server, each attempt refused.
    find->results()->view()->selectRow(0);
    QAction *track = find->results()->action(QStringLiteral("trackAction"));
    QTRY_VERIFY(track->isEnabled());
    track->trigger();
    auto *tracking = opened<trackingui::TrackingDialog>();
    QVERIFY(tracking);
    QTRY_VERIFY_WITH_TIMEOUT(tracking->result().messages.size() == 1, 10000);
    QVERIFY(tracking->result().problems.isEmpty());
    QStringList what;
    for (int row = 0; row < tracking->timeline()->rowCount(); ++row)
        what << tracking->timeline()->index(row, tracking::TimelineModel::What).data().toString();
    const QString timeline = what.join(QLatin1Char('\n'));
    QVERIFY2(timeline.contains(QStringLiteral("Tutorial Virtual Server on GW9")), qPrintable(timeline));
    QVERIFY2(timeline.contains(QStringLiteral("Deferred for ") + Recipient), qPrintable(timeline));
    QVERIFY2(timeline.contains(QStringLiteral("Connection refused")), qPrintable(timeline));
    testsupport::saveScreenshot(tracking, QStringLiteral("tutorial-track"));
}

QTEST_MAIN(TestTutorial)
#include "tst_tutorial.moc"
