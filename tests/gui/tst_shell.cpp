// The console shell as an Exchange administrator expects it, on a fresh demo directory per function:
// toolbar, menus with greyed commands and All Tasks, Back/Forward/Up, the console tree toggle,
// columns kept per kind of list, Help Topics, the window title, and the faults found when it was
// tried (stale commands after a failed connect, a count that did not follow, double-click on a
// leaf, the selection after a rename, the connect dialog that closed on failure).

#include "ActionController.h"
#include "ColumnChooser.h"
#include "ConnectDialog.h"
#include "ConnectionProfiles.h"
#include "ConsoleTreeModel.h"
#include "ConsoleWindowFixture.h"
#include "DemoOrganization.h"
#include "DetailsModel.h"
#include "DetailsPane.h"
#include "Filter.h"
#include "HelpViewer.h"
#include "PropertySheet.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

using console::DirectorySession;
using console::NodeType;
using directory::Dn;
using testsupport::demo::FirstAg;
using testsupport::demo::FirstRg;
using testsupport::demo::FirstRgConnections;
using testsupport::demo::Gw1;

namespace {

const QString Partner = QStringLiteral("CN=Partner Connector,") + FirstRgConnections;

// A loopback port nobody listens on.
quint16 closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QStringList actionNames(const QList<QAction *> &actions) {
    QStringList names;
    for (QAction *a : actions)
        if (!a->isSeparator())
            names << a->objectName();
    return names;
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void toolbarHasTheConsoleCommands();
    void viewMenuNamesTheToolbarAndTogglesTheTree();
    void commandsAreGreyedNotHidden();
    void backForwardAndUp();
    void windowTitleNamesOrganizationAndServer();
    void customizedColumnsAreKept();
    void helpTopicsShowEveryPage();
    void treeNamesAreNeverCutOff();
    // faults
    void failedConnectLeavesNothingStale();
    void entryCountFollowsLiveChanges();
    void doubleClickOnALeafOpensProperties();
    void renameKeepsTheSelectionOnTheObject();
    void connectorNameLooksReadOnly();
    void connectFailuresKeepTheDialogOpen();

private:
    QAction *action(const char *id) const { return m_console.action(id); }
    // The Action menu as the user opens it for the current selection.
    QMenu *openActionMenu();

    testsupport::ConsoleWindowFixture m_console;
    MainWindow *m_window = nullptr;
};

void TestShell::init() {
    QVERIFY(m_console.init(this));
    m_window = m_console.window();
}

void TestShell::cleanup() {
    m_window = nullptr;
    m_console.cleanup();
}

QMenu *TestShell::openActionMenu() {
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("actionMenu"));
    Q_EMIT menu->aboutToShow();
    return menu;
}

void TestShell::toolbarHasTheConsoleCommands() {
    QToolBar *toolbar = m_window->toolBar();
    QCOMPARE(
        actionNames(toolbar->actions()),
        (QStringList{"backAction", "forwardAction", "upAction", "consoleTreeAction", "newButtonAction",
                     "propertiesAction", "deleteAction", "refreshAction", "exportListAction", "helpAction"}));
    for (QAction *a : toolbar->actions()) {
        if (a->isSeparator())
            continue;
        QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
        QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->objectName()));
    }
    QCOMPARE(action("backAction")->shortcut(), QKeySequence(QKeySequence::Back));
    QCOMPARE(action("refreshAction")->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(action("propertiesAction")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Return));
    QCOMPARE(action("helpAction")->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QVERIFY2(action("refreshAction")->toolTip().contains(QStringLiteral("F5")),
             qPrintable(action("refreshAction")->toolTip()));
}

void TestShell::viewMenuNamesTheToolbarAndTogglesTheTree() {
    auto *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QStringList texts;
    for (QAction *a : view->actions())
        texts << a->text().remove(QLatin1Char('&'));
    QVERIFY2(texts.contains(QStringLiteral("Toolbar")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!texts.contains(QStringLiteral("Console")));
    QVERIFY(texts.contains(QStringLiteral("Customize Columns…")));
    QVERIFY(texts.contains(QStringLiteral("Console Tree")));
    action("toolbarAction")->trigger();
    QVERIFY(!m_window->toolBar()->isVisible());
    QVERIFY(m_window->treeView()->isVisible());
    action("consoleTreeAction")->trigger();
    QVERIFY(!m_window->treeView()->isVisible());
    action("consoleTreeAction")->trigger();
    QVERIFY(m_window->treeView()->isVisible());
}

void TestShell::commandsAreGreyedNotHidden() {
    QVERIFY(m_window->selectNode(Dn::parse(Gw1), int(NodeType::Queues)));
    QMenu *menu = openActionMenu();
    const QStringList names = actionNames(menu->actions());
    for (const char *verb : {"deleteAction", "renameAction", "refreshAction", "exportListAction",
                             "propertiesAction", "helpAction"})
        QVERIFY2(names.contains(QLatin1String(verb)), qPrintable(names.join(QLatin1Char(','))));
    QVERIFY(!action("propertiesAction")->isEnabled());
    QVERIFY(!action("deleteAction")->isEnabled());
    QVERIFY(action("refreshAction")->isEnabled());
    // All Tasks where ESM has it: on objects.
    QVERIFY(m_window->selectNode(Dn::parse(Partner)));
    menu = openActionMenu();
    auto *allTasks = menu->findChild<QMenu *>(QStringLiteral("allTasksMenu"));
    QVERIFY(allTasks);
    QVERIFY(actionNames(allTasks->actions()).contains(QStringLiteral("copyDnAction")));
    QVERIFY(action("copyDnAction")->isEnabled());
    action("copyDnAction")->trigger();
    QCOMPARE(Dn::parse(QGuiApplication::clipboard()->text()), Dn::parse(Partner));
}

void TestShell::backForwardAndUp() {
    QVERIFY(m_window->selectNode(Dn::parse(FirstRgConnections)));
    QVERIFY(m_window->selectNode(Dn::parse(Gw1)));
    auto current = [this] { return m_window->treeModel()->nodeRef(m_window->treeView()->currentIndex()); };
    QVERIFY(action("backAction")->isEnabled());
    QVERIFY(!action("forwardAction")->isEnabled());
    action("backAction")->trigger();
    QCOMPARE(current().dn, Dn::parse(FirstRgConnections));
    QVERIFY(action("forwardAction")->isEnabled());
    action("forwardAction")->trigger();
    QCOMPARE(current().dn, Dn::parse(Gw1));
    action("upAction")->trigger();
    QCOMPARE(current().type, NodeType::Servers);
    action("backAction")->trigger();
    QCOMPARE(current().dn, Dn::parse(Gw1));
}

void TestShell::windowTitleNamesOrganizationAndServer() {
    const int port = m_console.directory()->port();
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Example Org – 127.0.0.1:%1").arg(port));
}

void TestShell::customizedColumnsAreKept() {
    QVERIFY(m_window->selectNode(Dn::parse(FirstRgConnections)));
    action("customizeColumnsAction")->trigger();
    consoleui::ColumnChooser *chooser = nullptr;
    QTRY_VERIFY((chooser = m_window->findChild<consoleui::ColumnChooser *>()) && chooser->isVisible());
    QListWidget *list = chooser->list();
    QCOMPARE(list->item(0)->text(), QStringLiteral("Name"));
    QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled)); // the name stays
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == QLatin1String("Cost"))
            list->item(i)->setCheckState(Qt::Unchecked);
    chooser->accept();
    QHeaderView *header = m_window->detailsView()->header();
    const int cost = 3;
    QCOMPARE(m_window->detailsModel()->headerData(cost, Qt::Horizontal).toString(), QStringLiteral("Cost"));
    QVERIFY(header->isSectionHidden(cost));
    // What is exported is what is shown.
    QTemporaryDir dir;
    QString error;
    QVERIFY(m_window->exportListTo(dir.filePath(QStringLiteral("c.csv")), &error));
    QFile csv(dir.filePath(QStringLiteral("c.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readLine()).trimmed(),
             QStringLiteral("Name,Type,Address spaces,Scope,Routing,Local bridgeheads"));
    // Other lists keep theirs; the next console keeps this one.
    QVERIFY(m_window->selectNode(Dn::parse(QStringLiteral("CN=Servers,") + FirstAg)));
    QVERIFY(!header->isSectionHidden(1));
    MainWindow next;
    QSignalSpy loaded(&next, &MainWindow::loaded);
    next.connectTo(m_console.directory()->adminSettings());
    QVERIFY(loaded.wait(15000));
    QVERIFY(next.selectNode(Dn::parse(FirstRgConnections)));
    QVERIFY(next.detailsView()->header()->isSectionHidden(cost));
}

void TestShell::helpTopicsShowEveryPage() {
    action("helpTopicsAction")->trigger();
    helpui::HelpViewer *help = m_window->helpViewer();
    QVERIFY(help && help->isVisible());
    QCOMPARE(help->currentPage(), QStringLiteral("contents.html"));
    QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Bridgehead Help")));
    // Every page has a title, and every link between pages leads to a page that exists.
    const auto pages = helpui::HelpViewer::pages();
    QVERIFY(pages.size() >= 7);
    static const QRegularExpression link(QStringLiteral("href=\"([^\":]+\\.html)\""));
    for (const auto &[file, title] : pages) {
        QVERIFY2(title != file, qPrintable(file + QStringLiteral(" has no <title>")));
        QFile page(QStringLiteral(":/help/") + file);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        for (auto it = link.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(QFile::exists(QStringLiteral(":/help/") + target),
                     qPrintable(file + QStringLiteral(" → ") + target));
        }
    }
    // F1 opens the page about what is selected.
    QVERIFY(m_window->selectNode(Dn::parse(Partner)));
    action("helpAction")->trigger();
    QCOMPARE(help->currentPage(), QStringLiteral("connectors.html"));
    QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Delivery Options")));
}

void TestShell::treeNamesAreNeverCutOff() {
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("consoleSplitter"));
    splitter->setSizes({140, 1060});
    QVERIFY(m_window->selectNode(Dn::parse(Partner)));
    QTreeView *tree = m_window->treeView();
    // The column takes the width of the longest name shown; a narrow pane scrolls instead.
    QTRY_VERIFY(tree->horizontalScrollBar()->maximum() > 0);
    const QModelIndex node = tree->currentIndex();
    QVERIFY(tree->header()->sectionSize(0) > tree->viewport()->width());
    QVERIFY(node.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Partner Connector\n")));
}

void TestShell::failedConnectLeavesNothingStale() {
    QVERIFY(m_window->selectNode(Dn::parse(Partner)));
    QVERIFY(action("propertiesAction")->isEnabled());
    directory::ConnectionSettings closed = m_console.directory()->adminSettings();
    closed.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(closedPort());
    QString message;
    m_console.answerNextBox(QStringLiteral("errorMessage"), QMessageBox::Ok, &message);
    m_window->connectTo(closed);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), DirectorySession::State::Failed, 10000);
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("was refused")), qPrintable(message));
    for (const char *id :
         {"propertiesAction", "deleteAction", "renameAction", "copyDnAction", "exportListAction"})
        QVERIFY2(!action(id)->isEnabled(), id);
    action("propertiesAction")->trigger();
    QVERIFY(!m_window->findChild<properties::PropertySheet *>());
}

void TestShell::entryCountFollowsLiveChanges() {
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("52 entries"));
    QVERIFY(m_console.directory().ldapmodify(QStringLiteral("dn: %1\nchangetype: delete\n").arg(Partner)));
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("51 entries"), 5000);
}

void TestShell::doubleClickOnALeafOpensProperties() {
    QVERIFY(m_window->selectNode(Dn::parse(Partner)));
    QTreeView *tree = m_window->treeView();
    const QRect rect = tree->visualRect(tree->currentIndex());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    properties::PropertySheet *sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<properties::PropertySheet *>()) && sheet->isVisible());
    QCOMPARE(sheet->windowTitle(), QStringLiteral("Partner Connector Properties"));
    sheet->reject();
}

void TestShell::renameKeepsTheSelectionOnTheObject() {
    QVERIFY(m_window->selectNode(Dn::parse(Partner)));
    console::ConsoleTreeModel *model = m_window->treeModel();
    QTreeView *tree = m_window->treeView();
    model->setData(tree->currentIndex(), QStringLiteral("Partner Renamed"));
    const Dn renamed =
        Dn::parse(FirstRgConnections).child(QStringLiteral("CN"), QStringLiteral("Partner Renamed"));
    QTRY_VERIFY_WITH_TIMEOUT(model->indexFor(renamed).isValid(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->nodeRef(tree->currentIndex()).dn, renamed, 5000);
}

void TestShell::connectorNameLooksReadOnly() {
    QVERIFY(m_window->selectNode(Dn::parse(Partner)));
    action("propertiesAction")->trigger();
    properties::PropertySheet *sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<properties::PropertySheet *>()) && sheet->isVisible());
    auto *name = sheet->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name->isReadOnly());
    QVERIFY(!name->hasFrame());
    QCOMPARE(name->palette().color(QPalette::Base), name->palette().color(QPalette::Window));
    QVERIFY2(name->toolTip().contains(QStringLiteral("Rename")), qPrintable(name->toolTip()));
    sheet->reject();
}

void TestShell::connectFailuresKeepTheDialogOpen() {
    testsupport::DirectoryFixture &dir = m_console.directory();
    m_window->showConnectDialog();
    connectui::ConnectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<connectui::ConnectDialog *>()) && dialog->isVisible());
    // It opens on the connection in use.
    QCOMPARE(dialog->settings().uri, dir->ldapUri());
    QCOMPARE(dialog->settings().bindDn, dir->rootDn());
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
    QPushButton *connect =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    const auto attempt = [&](const directory::ConnectionSettings &s, const QString &expected) {
        dialog->setSettings(s);
        QTest::mouseClick(connect, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(expected) && connect->isEnabled(), 15000);
        QVERIFY(dialog->isVisible());
    };

    directory::ConnectionSettings s = dir->adminSettings();
    s.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(closedPort());
    attempt(s, QStringLiteral("was refused"));

    s = dir->adminSettings();
    s.password = QStringLiteral("wrong");
    attempt(s, QStringLiteral("refused the bind"));

    s = dir->adminSettings();
    s.baseDn = QStringLiteral("ou=Elsewhere,dc=example,dc=com");
    QVERIFY(dir.ldapmodify(QStringLiteral("dn: ou=Elsewhere,dc=example,dc=com\nchangetype: add\n"
                                          "objectClass: organizationalUnit\nou: Elsewhere\n")));
    attempt(s, QStringLiteral("no Exchange organization"));

    // Nothing that failed was saved as a profile.
    connectui::ConnectionProfiles profiles;
    QVERIFY(profiles.load().isEmpty());

    QSignalSpy loaded(m_window, &MainWindow::loaded);
    dialog->setSettings(dir->adminSettings());
    QTest::mouseClick(connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<connectui::ConnectDialog *>(), 15000);
    QCOMPARE(profiles.load().size(), 1);
    QCOMPARE(profiles.load().first().settings().uri, dir->ldapUri());
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
