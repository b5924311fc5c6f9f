// Action › Test Route… on the demo organization, offscreen, through a real slapd: the action
// follows the selection; the dialog lists the hops with their reasons and the connectors not
// taken, draws the route, refuses a bad address at its field, and follows a change made with
// ldapmodify while it is open.

#include "ActionController.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "FieldMessage.h"
#include "MainWindow.h"
#include "RouteDiagram.h"
#include "Screenshot.h"
#include "TestRouteDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using directory::Dn;
using routingui::TestRouteDialog;

namespace {

const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + testsupport::demo::FirstAg;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString BackRgc =
    QStringLiteral("CN=Europe RG to First RG,CN=Connections,CN=Europe Routing Group,CN=Routing Groups,") +
    Europe;

QStringList column(QTreeWidget *view, int c) {
    QStringList out;
    for (int row = 0; row < view->topLevelItemCount(); ++row)
        out.append(view->topLevelItem(row)->text(c));
    return out;
}

} // namespace

class TestTestRoute : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void actionFollowsTheSelection();
    void showsHopsReasonsAndDiagram();
    void refusesABadAddressAtItsField();
    void followsTheDirectory();

private:
    TestRouteDialog *open(const QString &server);
    QAction *action() const { return m_window->actions()->action(QStringLiteral("testRouteAction")); }

    testsupport::DirectoryFixture m_dir;
    MainWindow *m_window = nullptr;
};

void TestTestRoute::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.startDemo());
    m_window = new MainWindow;
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    m_window->show();
    m_window->connectTo(m_dir->adminSettings());
    QVERIFY(loaded.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
}

void TestTestRoute::cleanupTestCase() {
    delete m_window;
    m_dir.stop();
}

void TestTestRoute::cleanup() {
    for (TestRouteDialog *dialog : m_window->findChildren<TestRouteDialog *>())
        delete dialog;
}

TestRouteDialog *TestTestRoute::open(const QString &server) {
    if (!m_window->selectNode(Dn::parse(server)) || !action()->isEnabled())
        return nullptr;
    action()->trigger();
    const QList<TestRouteDialog *> dialogs = m_window->findChildren<TestRouteDialog *>();
    return dialogs.size() == 1 && dialogs.first()->isVisible() ? dialogs.first() : nullptr;
}

void TestTestRoute::actionFollowsTheSelection() {
    QVERIFY(m_window->selectNode(Dn::parse(testsupport::demo::Gw1)));
    QVERIFY(action()->isEnabled());
    QVERIFY(m_window->selectNode(Dn::parse(testsupport::demo::FirstRg), int(console::NodeType::Members)));
    QVERIFY(!action()->isEnabled());
    QVERIFY(m_window->selectNode(Dn::parse(testsupport::demo::FirstRgConnections)));
    QVERIFY(!action()->isEnabled());
    QVERIFY(m_window->selectNode(Dn::parse(testsupport::demo::Gw1), int(console::NodeType::Queues)));
    QVERIFY(!action()->isEnabled());
}

void TestTestRoute::showsHopsReasonsAndDiagram() {
    TestRouteDialog *dialog = open(Exmbx1);
    QVERIFY(dialog);
    auto *recipient = dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    QTest::keyClicks(recipient, QStringLiteral("ann@contoso.com"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testRouteButton")), Qt::LeftButton);

    auto *hops = dialog->findChild<QTreeWidget *>(QStringLiteral("hopsView"));
    QCOMPARE(column(hops, 1), (QStringList{QStringLiteral("EXMBX1"), QStringLiteral("GW1")}));
    QCOMPARE(column(hops, 2), (QStringList{QStringLiteral("(to a bridgehead)"),
                                           QStringLiteral("Internet Mail SMTP Connector (GW1)")}));
    QCOMPARE(column(hops, 3), (QStringList{QStringLiteral("GW1 ([198.51.100.25])"),
                                           QStringLiteral("smarthost.example.net, [192.0.2.25]")}));
    QVERIFY(column(hops, 4).at(0).contains(QStringLiteral("EXMBX1 is not a local bridgehead")));
    QVERIFY(column(hops, 4).at(1).contains(QStringLiteral("SMTP:*;1 covers contoso.com")));

    auto *rejected = dialog->findChild<QTreeWidget *>(QStringLiteral("rejectedView"));
    QCOMPARE(column(rejected, 0), (QStringList{QStringLiteral("Europe Internet Connector (fallback)"),
                                               QStringLiteral("Internal Domains Connector"),
                                               QStringLiteral("Partner Connector")}));
    QVERIFY(column(rejected, 1).at(0).contains(QStringLiteral("Cost 30")));

    const routingui::RouteDiagram *diagram = dialog->diagram();
    QCOMPARE(diagram->nodeLabels(),
             (QStringList{QStringLiteral("EXMBX1\nDefault SMTP Virtual Server"),
                          QStringLiteral("GW1\nInternet SMTP Virtual Server"),
                          QStringLiteral("Smart host\nsmarthost.example.net\n[192.0.2.25]")}));
    QCOMPARE(diagram->edgeLabels(), (QStringList{QStringLiteral("to its bridgehead"),
                                                 QStringLiteral("Internet Mail SMTP Connector (GW1)")}));
    QCOMPARE(diagram->routingGroupLabels(), QStringList{QStringLiteral("First Routing Group")});
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("routeSummary"))
                ->text()
                .contains(QStringLiteral("If it cannot deliver: Europe Internet Connector")));
    // Reasons wrap instead of being cut off: each row is as tall as its reason needs.
    QTRY_VERIFY(hops->visualItemRect(hops->topLevelItem(1)).height() > 2 * hops->fontMetrics().height());
    testsupport::saveScreenshot(dialog, QStringLiteral("test-route"));
}

void TestTestRoute::refusesABadAddressAtItsField() {
    TestRouteDialog *dialog = open(Exmbx1);
    QVERIFY(dialog);
    auto *recipient = dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    QTest::keyClicks(recipient, QStringLiteral("ann@"));
    QTest::keyClick(recipient, Qt::Key_Return);
    auto *message = dialog->findChild<widgets::FieldMessage *>(QStringLiteral("recipientEditMessage"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("no domain")));
    QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("hopsView"))->topLevelItemCount(), 0);
    QVERIFY(dialog->diagram()->nodeLabels().isEmpty());
}

void TestTestRoute::followsTheDirectory() {
    TestRouteDialog *dialog = open(Gw2);
    QVERIFY(dialog);
    dialog->setRecipient(QStringLiteral("ann@contoso.com"));
    QVERIFY(dialog->test());
    QCOMPARE(dialog->route().candidates.first().connectorName, QStringLiteral("Europe Internet Connector"));
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: top\nobjectClass: msExchConnector\n"
                       "objectClass: msExchRoutingGroupConnector\ncn: Europe RG to First RG\n"
                       "cost: 1\nmsExchDestinationRGDN: %2\n")
            .arg(BackRgc, testsupport::demo::FirstRg)));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->route().candidates.first().connectorName,
                              QStringLiteral("Internet Mail SMTP Connector (GW1)"), 5000);
    QCOMPARE(dialog->diagram()->routingGroupLabels(),
             (QStringList{QStringLiteral("Europe Routing Group"), QStringLiteral("First Routing Group")}));
    testsupport::saveScreenshot(dialog, QStringLiteral("test-route-across-routing-groups"));
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: delete\n").arg(BackRgc)));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->route().candidates.first().connectorName,
                              QStringLiteral("Europe Internet Connector"), 5000);
}

QTEST_MAIN(TestTestRoute)
#include "tst_testroute.moc"
