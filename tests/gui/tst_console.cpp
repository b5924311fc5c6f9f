// The console window on the demo organization, offscreen, through a real slapd: every level
// expands, the details columns fit, the actions enable from the selection, delete / rename / export
// work end to end, and the window stays usable read-only while the directory is away.

#include "ActionController.h"
#include "ConnectDialog.h"
#include "Connection.h"
#include "ConsoleTreeModel.h"
#include "DemoOrganization.h"
#include "DetailsModel.h"
#include "DirectoryFixture.h"
#include "Dn.h"
#include "Filter.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using console::NodeType;
using directory::Dn;

using testsupport::demo::FirstAg;
using testsupport::demo::FirstRg;
const QString &Connectors = testsupport::demo::FirstRgConnections;

class TestConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyLevelExpands();
    void detailsFollowTheSelection();
    void actionsEnableFromTheSelection();
    void exportList();
    void expansionAndSelectionSurviveLiveUpdates();
    void refreshRereads();
    void renameEscapesTheName();
    void deleteAsksAndRemoves();
    void deleteRefusesNonEmpty();
    void readOnlyWhileTheDirectoryIsAway();
    void connectThroughTheDialog();
    void renamingAGroupKeepsItsLinks();

private:
    QAction *action(const char *id) const { return m_window->actions()->action(QString::fromLatin1(id)); }
    bool existsInDirectory(const QString &filter);
    // Answers the next message box of this object name with `button`.
    void answerNextBox(const QString &objectName, QMessageBox::StandardButton button,
                       QString *text = nullptr);

    testsupport::DirectoryFixture m_dir;
    MainWindow *m_window = nullptr;
};

void TestConsole::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // saved profiles go to a test location
    QVERIFY(m_dir.startDemo());
    m_window = new MainWindow;
    new QAbstractItemModelTester(m_window->treeModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_window->detailsModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_window->detailsView()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    m_window->show();
    m_window->connectTo(m_dir->adminSettings());
    QVERIFY(loaded.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
}

void TestConsole::cleanupTestCase() {
    delete m_window;
    m_dir.stop();
}

bool TestConsole::existsInDirectory(const QString &filter) {
    directory::Connection c;
    c.setSettings(m_dir->adminSettings());
    directory::SearchRequest req;
    req.base = m_dir->suffix();
    req.filter = filter;
    directory::DirectoryReply *reply = c.search(req);
    return testsupport::waitFor(reply) && reply->result().ok() && reply->entryCount() > 0;
}

void TestConsole::answerNextBox(const QString &objectName, QMessageBox::StandardButton button,
                                QString *text) {
    QTimer::singleShot(0, this, [this, objectName, button, text] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(objectName)) && box->isVisible());
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

void TestConsole::everyLevelExpands() {
    QTreeView *tree = m_window->treeView();
    tree->expandAll();
    console::ConsoleTreeModel *model = m_window->treeModel();
    // Organization, AG container, 2 AGs, 2 Servers + 2 Routing Groups containers, 5 servers with Queues,
    // Protocols and SMTP, 7 virtual servers, 3 routing groups with Connectors and Members, 5 connectors,
    // 5 member entries.
    QCOMPARE(model->nodeCount(), 1 + 1 + 2 + 4 + 5 * 4 + 7 + 3 * 3 + 5 + 5);
    for (const char *path : {"GW2", "EXEU1", "GW1"}) {
        bool found = false;
        for (const topology::DirectoryObject *server :
             m_window->session()->topology()->objectsOfKind(topology::ObjectKind::Server))
            if (server->name() == QLatin1String(path))
                found = m_window->selectNode(server->dn(), int(NodeType::Queues));
        QVERIFY2(found, path);
    }
}

void TestConsole::detailsFollowTheSelection() {
    console::DetailsModel *details = m_window->detailsModel();
    QVERIFY(m_window->selectNode(Dn::parse(Connectors)));
    QCOMPARE(details->layout(), console::DetailsModel::Layout::Connectors);
    QCOMPARE(details->rowCount(), 3);
    QCOMPARE(m_window->detailsView()->model()->headerData(5, Qt::Horizontal).toString(),
             QStringLiteral("Local bridgeheads"));
    QVERIFY(
        m_window->selectNode(Dn::parse(QStringLiteral("CN=SMTP,CN=Protocols,CN=GW1,CN=Servers,") + FirstAg)));
    QCOMPARE(details->layout(), console::DetailsModel::Layout::VirtualServers);
    QCOMPARE(details->rowCount(), 2);
    QVERIFY(m_window->selectNode(Dn::parse(FirstRg), int(NodeType::Members)));
    QCOMPARE(details->layout(), console::DetailsModel::Layout::Servers);
    QCOMPARE(details->rowCount(), 2);
}

void TestConsole::actionsEnableFromTheSelection() {
    QVERIFY(m_window->selectNode(Dn::parse(Connectors)));
    QVERIFY(!action("deleteAction")->isEnabled());
    QVERIFY(!action("renameAction")->isEnabled());
    QVERIFY(action("propertiesAction")->isEnabled());
    QVERIFY(action("refreshAction")->isEnabled());
    QVERIFY(action("exportListAction")->isEnabled());
    QVERIFY(m_window->selectNode(Dn::parse(QStringLiteral("CN=Partner Connector,") + Connectors)));
    QVERIFY(action("deleteAction")->isEnabled());
    QVERIFY(action("renameAction")->isEnabled());
    QVERIFY(m_window->selectNode(Dn::parse(QStringLiteral("CN=GW1,CN=Servers,") + FirstAg),
                                 int(NodeType::Queues)));
    QVERIFY(!action("propertiesAction")->isEnabled());
    QVERIFY(!action("deleteAction")->isEnabled());
    QVERIFY(m_window->selectNode(Dn::parse(QStringLiteral("CN=GW1,CN=Servers,") + FirstAg)));
    QVERIFY2(!action("deleteAction")->isEnabled(), "Exchange servers are not deleted from the console");
    QVERIFY2(!action("renameAction")->isEnabled(), "Exchange servers cannot be renamed");
}

void TestConsole::exportList() {
    QVERIFY(m_window->selectNode(Dn::parse(Connectors)));
    QTemporaryDir dir;
    const QString file = dir.path() + QStringLiteral("/connectors.csv");
    QString error;
    QVERIFY2(m_window->exportListTo(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), QStringLiteral("Name,Address spaces,Cost,Scope,Routing,Local bridgeheads"));
    QVERIFY(
        lines.filter(QStringLiteral("Partner Connector,SMTP:partner.example.org,10,Entire organization,DNS"))
            .size() == 1);
}

void TestConsole::expansionAndSelectionSurviveLiveUpdates() {
    QTreeView *tree = m_window->treeView();
    tree->collapseAll();
    const Dn servers = Dn::parse(QStringLiteral("CN=Servers,") + FirstAg);
    const Dn smtp = Dn::parse(QStringLiteral("CN=SMTP,CN=Protocols,CN=GW1,CN=Servers,") + FirstAg);
    QVERIFY(m_window->selectNode(smtp)); // expands the path to it
    const QPersistentModelIndex serversIndex = m_window->treeModel()->indexFor(servers);
    QVERIFY(tree->isExpanded(serversIndex));
    // Someone adds a server next to GW1 and changes GW1 itself.
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: CN=AAA1,%1\nchangetype: add\nobjectClass: msExchExchangeServer\n\n"
                       "dn: CN=GW1,%1\nchangetype: modify\nreplace: serialNumber\n"
                       "serialNumber: Version 6.5 (Build 7638.3)\n")
            .arg(servers.toString())));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()
                                 ->indexFor(servers.child(QStringLiteral("CN"), QStringLiteral("AAA1")))
                                 .isValid(),
                             1000);
    QVERIFY(tree->isExpanded(serversIndex));
    QCOMPARE(Dn::parse(tree->currentIndex().data(console::ConsoleTreeModel::DnRole).toString()), smtp);
    QVERIFY(tree->isExpanded(tree->currentIndex().parent())); // Protocols, above the selected SMTP
}

void TestConsole::refreshRereads() {
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    action("refreshAction")->trigger();
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
    QVERIFY(m_window->treeModel()->indexFor(Dn::parse(Connectors)).isValid());
}

void TestConsole::renameEscapesTheName() {
    const Dn partner = Dn::parse(QStringLiteral("CN=Partner Connector,") + Connectors);
    QVERIFY(m_window->selectNode(partner));
    console::ConsoleTreeModel *model = m_window->treeModel();
    // A name with characters that must be escaped in a DN.
    const QString name = QStringLiteral("Partner, \"EU\" + <2>");
    model->setData(model->indexFor(partner), name);
    const Dn renamed = Dn::parse(Connectors).child(QStringLiteral("CN"), name);
    QTRY_VERIFY_WITH_TIMEOUT(model->indexFor(renamed).isValid(), 2000);
    QCOMPARE(model->indexFor(renamed).data().toString(), name);
    QVERIFY2(existsInDirectory(directory::filter::equals(QStringLiteral("cn"), name)),
             qPrintable(directory::filter::equals(QStringLiteral("cn"), name)));
    // An empty name is refused before anything is sent.
    QString text;
    answerNextBox(QStringLiteral("errorMessage"), QMessageBox::Ok, &text);
    model->setData(model->indexFor(renamed), QStringLiteral("   "));
    QTRY_VERIFY(text.contains(QStringLiteral("cannot be empty")));
    QVERIFY(model->indexFor(renamed).isValid());
}

void TestConsole::deleteAsksAndRemoves() {
    const QString name = QStringLiteral("Partner, \"EU\" + <2>");
    const Dn dn = Dn::parse(Connectors).child(QStringLiteral("CN"), name);
    QVERIFY(m_window->selectNode(dn));
    // "No" leaves everything as it was.
    answerNextBox(QStringLiteral("confirmDelete"), QMessageBox::No);
    action("deleteAction")->trigger();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("confirmDelete")));
    QVERIFY(existsInDirectory(directory::filter::equals(QStringLiteral("cn"), name)));
    // "Yes" deletes it, and the tree follows.
    QString question;
    answerNextBox(QStringLiteral("confirmDelete"), QMessageBox::Yes, &question);
    action("deleteAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->treeModel()->indexFor(dn).isValid(), 2000);
    QVERIFY(question.contains(name));
    QVERIFY(!existsInDirectory(directory::filter::equals(QStringLiteral("cn"), name)));
}

void TestConsole::deleteRefusesNonEmpty() {
    QVERIFY(m_window->selectNode(Dn::parse(FirstRg)));
    QVERIFY(action("deleteAction")->isEnabled());
    QString text;
    answerNextBox(QStringLiteral("errorMessage"), QMessageBox::Ok, &text);
    action("deleteAction")->trigger();
    QTRY_VERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("not empty")), qPrintable(text));
    QVERIFY(existsInDirectory(QStringLiteral("(cn=First Routing Group)")));
}

void TestConsole::readOnlyWhileTheDirectoryIsAway() {
    auto *banner = m_window->findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
    auto *sync = m_window->findChild<QLabel *>(QStringLiteral("syncLabel"));
    QVERIFY(banner && sync);
    QVERIFY(!banner->isVisible());
    QCOMPARE(sync->text(), QStringLiteral("Live"));
    QVERIFY(m_window->selectNode(
        Dn::parse(QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + Connectors)));
    QVERIFY(action("deleteAction")->isEnabled());

    m_dir.kill();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QCOMPARE(sync->text(), QStringLiteral("Reconnecting…"));
    QVERIFY(!action("deleteAction")->isEnabled());
    QVERIFY(action("propertiesAction")->isEnabled()); // still readable
    QVERIFY(m_window->treeModel()->nodeCount() > 40); // the last known organization stays

    QVERIFY(m_dir.restart());
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QCOMPARE(sync->text(), QStringLiteral("Live"));
    QVERIFY(action("deleteAction")->isEnabled());
    // And it is live again.
    const QString dn = QStringLiteral("CN=After Restart,") + Connectors;
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\n"
                       "cn: After Restart\nroutingList: SMTP:after.example;1\n"
                       "homeMTA: CN=Microsoft MTA,CN=GW1,CN=Servers,%2\ndeliveryMechanism: 2\n")
            .arg(dn, FirstAg)));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->treeModel()->indexFor(Dn::parse(dn)).isValid(), 1000);
}

void TestConsole::connectThroughTheDialog() {
    QSettings().clear();
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    m_window->findChild<QAction *>(QStringLiteral("connectAction"))->trigger();
    connectui::ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<connectui::ConnectDialog *>(QStringLiteral("connectDialog"))));
    dialog->setSettings(m_dir->adminSettings());
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_window->session()->settings().uri, m_dir->ldapUri());
    // The connection is remembered (without its password) under File › Recent Connections.
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QTRY_COMPARE(recent->actions().size(), 1);
    QVERIFY(recent->actions().first()->toolTip().contains(m_dir->ldapUri()));
}

void TestConsole::renamingAGroupKeepsItsLinks() {
    // Renaming the administrative group gives every server, virtual server and connector in it a
    // new DN. The links to them (home routing group, local bridgeheads, homeMTA) must follow.
    const Dn ag = Dn::parse(FirstAg);
    const Dn headOffice = ag.withRdn(directory::Rdn{QStringLiteral("CN"), QStringLiteral("Head Office")});
    console::ConsoleTreeModel *model = m_window->treeModel();
    QVERIFY(m_window->selectNode(ag));
    QSignalSpy written(m_window, &MainWindow::changesWritten);
    model->setData(model->indexFor(ag), QStringLiteral("Head Office"));
    // The directory is read once the rename's transaction has been committed (slapd reports its
    // operations to the change feed a moment before).
    QVERIFY(written.wait(5000));
    QVERIFY(written.first().first().value<topology::ChangeSetResult>().ok());
    QTRY_VERIFY_WITH_TIMEOUT(model->indexFor(headOffice).isValid(), 5000);
    const Dn rg = Dn::parse(FirstRg).rebased(ag, headOffice);
    const Dn gw1 = Dn::parse(testsupport::demo::Gw1).rebased(ag, headOffice);
    // In the directory ...
    directory::Connection reader;
    reader.setSettings(m_dir->adminSettings());
    directory::DirectoryReply *reply =
        reader.searchBase(gw1.toString(), {QStringLiteral("msExchHomeRoutingGroup")});
    QVERIFY(testsupport::waitFor(reply));
    QCOMPARE(Dn::parse(reply->entries().value(0).string(QStringLiteral("msExchHomeRoutingGroup"))), rg);
    const Dn internet =
        rg.child(QStringLiteral("CN"), QStringLiteral("Connections"))
            .child(QStringLiteral("CN"), QStringLiteral("Internet Mail SMTP Connector (GW1)"));
    reply = reader.searchBase(internet.toString(),
                              {QStringLiteral("msExchSourceBridgeheadServersDN"), QStringLiteral("homeMTA")});
    QVERIFY(testsupport::waitFor(reply));
    const directory::Entry connector = reply->entries().value(0);
    QVERIFY(Dn::parse(connector.string(QStringLiteral("msExchSourceBridgeheadServersDN")))
                .isDescendantOf(headOffice));
    QVERIFY(Dn::parse(connector.string(QStringLiteral("homeMTA"))).isDescendantOf(headOffice));
    // ... and in the console: GW1 is still a member, the bridgeheads still resolve.
    const QModelIndex members = model->indexFor(rg, NodeType::Members);
    QVERIFY(members.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(members) == 2, 2000);
    QVERIFY(m_window->selectNode(rg.child(QStringLiteral("CN"), QStringLiteral("Connections"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailsModel()->toCsv().contains(QStringLiteral("GW1 – ")), 2000);
    QVERIFY(!m_window->detailsModel()->toCsv().contains(QStringLiteral("not found")));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
