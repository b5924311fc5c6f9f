// The Analyzer panel in the console window, offscreen, on the demo organization in a real slapd:
// the demo opens with its gateways and GW2's warning, View › Analyzer, counts in the dock title and
// the status bar (also while the panel is closed), filters, double-click to the tree, help pages,
// the fixes, the gateway dialog, and selection kept while findings change live.

#include "AnalyzerDock.h"
#include "ConnectorAddressSpaceTab.h"
#include "ConnectorGeneralTab.h"
#include "ConsoleTreeModel.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "FieldMessage.h"
#include "FindingFix.h"
#include "FindingsFilterModel.h"
#include "FindingsModel.h"
#include "GatewayDesignation.h"
#include "GatewayDialog.h"
#include "HelpViewer.h"
#include "MainWindow.h"
#include "NewConnectorWizard.h"
#include "PropertySheet.h"
#include "RuleSet.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using analyzer::Finding;
using analyzer::FindingsModel;
using directory::Dn;
using namespace testsupport::demo;

namespace {

const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + Org;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + Europe;
const QString EuropeInternet = QStringLiteral("CN=Europe Internet Connector,CN=Connections,") + EuropeRg;
const QString Partner = QStringLiteral("CN=Partner Connector,") + FirstRgConnections;
const QString Exeu1Vs = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,CN=EXEU1,CN=Servers,") + Europe;

template <class T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

QString replace(const QString &dn, const QString &attribute, const QString &value) {
    return QStringLiteral("dn: %1\nchangetype: modify\nreplace: %2\n%2: %3\n\n").arg(dn, attribute, value);
}

QString keyOf(const char *rule, const QString &dn) {
    return Finding::keyFor(QString::fromLatin1(rule), Dn::parse(dn));
}

} // namespace

class TestAnalyzerPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoOpensWithItsGateways();
    void viewMenuShowsAndHidesThePanel();
    void countsFollowWhileThePanelIsClosed();
    void filterBySeverityAndText();
    void doubleClickSelectsInTheTree();
    void tellMeMoreOpensTheRulesPage();
    void everyRuleHasAHelpPage();
    void gatewayFixOpensTheConnectors();
    void smartHostFixOpensTheField();
    void addressSpaceFixOpensTheField();
    void selectionStaysWhileFindingsChange();
    void gatewayDialogDesignatesServers();

private:
    analyzerui::AnalyzerDock *dock() const { return m_window->analyzerDock(); }
    QToolButton *statusButton() const { return child<QToolButton>(m_window->statusBar(), "analyzerStatus"); }
    // Makes the finding with this key the current row of the panel.
    bool select(const QString &key);
    bool hasFinding(const QString &key) const { return dock()->analyzer()->findings().contains(key); }
    template <class T> T *waitForWindow(const char *objectName);

    testsupport::DirectoryFixture m_dir;
    MainWindow *m_window = nullptr;
};

void TestAnalyzerPanel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("analyzer")); // no gateways from an earlier run
    QVERIFY(m_dir.startDemo());
    m_window = new MainWindow;
    new QAbstractItemModelTester(dock()->findingsModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(dock()->filterModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    m_window->show();
    m_window->connectTo(m_dir->adminSettings());
    QVERIFY(loaded.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
    // A connection of its own keeps its own gateways: here, the demo's, given by hand.
    dock()->gateways()->setServers(analyzer::GatewayDesignation::demoGateways());
    QTRY_VERIFY_WITH_TIMEOUT(!dock()->analyzer()->isAnalyzing(), 5000);
    QCOMPARE(dock()->findingsModel()->rowCount(), 7);
}

void TestAnalyzerPanel::cleanupTestCase() {
    delete m_window;
    m_dir.stop();
}

bool TestAnalyzerPanel::select(const QString &key) {
    dock()->filterModel()->setText(QString());
    for (QToolButton *b : dock()->findChildren<QToolButton *>(QRegularExpression(QStringLiteral("^show"))))
        b->setChecked(true);
    return dock()->selectFinding(key);
}

template <class T> T *TestAnalyzerPanel::waitForWindow(const char *objectName) {
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (T *w : m_window->findChildren<T *>(QLatin1String(objectName)))
            if (w->isVisible())
                found = w;
        return found != nullptr;
    });
    return found;
}

void TestAnalyzerPanel::demoOpensWithItsGateways() {
    // File › Open Demo Organization: GW1 and GW2 designated, so GW2's warning shows at once.
    MainWindow demo;
    QSignalSpy loaded(&demo, &MainWindow::loaded);
    demo.show();
    demo.openDemo();
    QVERIFY(loaded.wait(30000));
    analyzerui::AnalyzerDock *panel = demo.analyzerDock();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->analyzer()->isAnalyzing() && panel->findingsModel()->rowCount() == 7,
                             5000);
    QCOMPARE(panel->gateways()->servers(), analyzer::GatewayDesignation::demoGateways());
    QVERIFY(panel->analyzer()->findings().contains(keyOf("smtp-vs-no-outbound-connector", Gw2)));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->windowTitle(), QStringLiteral("Analyzer – 0 errors, 4 warnings, 3 info"));
    // The worst finding is shown with its fix, ready to click.
    QCOMPARE(panel->currentFinding()->rule, QStringLiteral("smtp-vs-no-outbound-connector"));
    QCOMPARE(child<QPushButton>(panel, "fixButton")->text(), QStringLiteral("Create SMTP Connector…"));
    // The tree marks the gateways.
    console::ConsoleTreeModel *tree = demo.treeModel();
    for (const Dn &gw : analyzer::GatewayDesignation::demoGateways())
        QVERIFY(tree->isGateway(gw));
    const QModelIndex gw2 = tree->indexFor(Dn::parse(Gw2), console::NodeType::Server);
    const QModelIndex gw1 = tree->indexFor(Dn::parse(Gw1), console::NodeType::Server);
    const QModelIndex exeu1 = tree->indexFor(Dn::parse(QStringLiteral("CN=EXEU1,CN=Servers,") + Europe));
    QVERIFY(gw2.isValid() && gw1.isValid() && exeu1.isValid());
    const QImage marked = gw2.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    const QImage plain = exeu1.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    QVERIFY(!marked.isNull() && marked != plain);
    QVERIFY(gw2.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Internet gateway")));
}

void TestAnalyzerPanel::viewMenuShowsAndHidesThePanel() {
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("analyzerAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("&Analyzer"));
    bool inViewMenu = false;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&View"))
            inViewMenu = menu->menu()->actions().contains(toggle);
    QVERIFY(inViewMenu);
    QVERIFY(dock()->isVisible());
    toggle->trigger();
    QVERIFY(!dock()->isVisible());
    toggle->trigger();
    QVERIFY(dock()->isVisible());
}

void TestAnalyzerPanel::countsFollowWhileThePanelIsClosed() {
    QCOMPARE(statusButton()->text(), QStringLiteral("4 warnings, 3 info"));
    dock()->close();
    const QString key = keyOf("connector-smart-host-invalid", Partner);
    QVERIFY(m_dir.ldapmodify(
        replace(Partner, QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("192.0.2.99"))));
    QTRY_COMPARE_WITH_TIMEOUT(statusButton()->text(), QStringLiteral("1 error, 4 warnings, 3 info"), 5000);
    QCOMPARE(dock()->windowTitle(), QStringLiteral("Analyzer – 1 error, 4 warnings, 3 info"));
    QVERIFY(hasFinding(key));
    // The status bar opens the panel.
    statusButton()->click();
    QVERIFY(dock()->isVisible());
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modify\ndelete: msExchSmtpSmartHost\n\n").arg(Partner)));
    QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(key), 5000);
    QCOMPARE(statusButton()->text(), QStringLiteral("4 warnings, 3 info"));
}

void TestAnalyzerPanel::filterBySeverityAndText() {
    QTreeView *view = dock()->view();
    QCOMPARE(view->model()->rowCount(), 7);
    auto *warnings = child<QToolButton>(dock(), "showWarnings");
    QCOMPARE(warnings->text(), QStringLiteral("4"));
    warnings->click();
    QCOMPARE(view->model()->rowCount(), 3);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, 0).data(FindingsModel::SeverityRole).toInt(),
                 int(analyzer::Severity::Info));
    warnings->click();
    auto *filter = child<QLineEdit>(dock(), "findingsFilter");
    QTest::keyClicks(filter, QStringLiteral("gw2"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(FindingsModel::RuleRole).toString(),
             QStringLiteral("smtp-vs-no-outbound-connector"));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("smtp-vs-smart-host"));
    QCOMPARE(view->model()->rowCount(), 2); // by rule id: the smart host and its type
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 7);
}

void TestAnalyzerPanel::doubleClickSelectsInTheTree() {
    QVERIFY(select(keyOf("smtp-vs-max-recipients-low", Exeu1Vs)));
    QTreeView *view = dock()->view();
    const QRect rect = view->visualRect(view->currentIndex());
    // As a user does it: the first click of a double-click is a click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    const console::NodeRef node = m_window->treeModel()->nodeRef(m_window->treeView()->currentIndex());
    QCOMPARE(node.dn, Dn::parse(Exeu1Vs));
    QCOMPARE(node.type, console::NodeType::VirtualServer);
}

void TestAnalyzerPanel::tellMeMoreOpensTheRulesPage() {
    QVERIFY(select(keyOf("smtp-vs-no-outbound-connector", Gw2)));
    child<QPushButton>(dock(), "tellMeMoreButton")->click();
    QPointer<helpui::HelpViewer> help = helpui::HelpViewer::instance();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->currentPage(), QStringLiteral("smtp-vs-no-outbound-connector.html"));
    // The contents list shows where the reader is.
    auto *contents = child<QListWidget>(help, "helpContents");
    QVERIFY(contents->currentItem());
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(), help->currentPage());
    QCOMPARE(help->browser()->documentTitle(),
             QStringLiteral("Internet gateway has no outbound SMTP connector"));
    QVERIFY(help->windowTitle().contains(help->browser()->documentTitle()));
    const QString text = help->browser()->toPlainText();
    for (const char *section : {"What it means", "Why it matters", "How to fix it"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
    // Pages link to the index, and Back returns.
    child<QPushButton>(help, "helpIndex")->click();
    QCOMPARE(help->currentPage(), helpui::HelpViewer::indexPage());
    QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Routing group master does not exist")));
    QVERIFY(child<QToolButton>(help, "helpBack")->isEnabled());
    child<QToolButton>(help, "helpBack")->click();
    QCOMPARE(help->currentPage(), QStringLiteral("smtp-vs-no-outbound-connector.html"));
    // Another finding's page goes to the same window.
    QVERIFY(select(keyOf("routing-group-master-invalid",
                         QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg)));
    child<QPushButton>(dock(), "tellMeMoreButton")->click();
    QCOMPARE(helpui::HelpViewer::instance(), help.data());
    QCOMPARE(help->currentPage(),
             helpui::HelpViewer::rulePage(QStringLiteral("routing-group-master-invalid")));
    // Help › Help Topics opens the same window, at the contents: one help window in the application.
    QAction *topics = m_window->findChild<QAction *>(QStringLiteral("helpTopicsAction"));
    QVERIFY(topics);
    topics->trigger();
    QCOMPARE(m_window->helpViewer(), help.data());
    QCOMPARE(help->currentPage(), QStringLiteral("contents.html"));
    QCOMPARE(contents->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("contents.html"));
    int helpWindows = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        helpWindows += qobject_cast<helpui::HelpViewer *>(w) ? 1 : 0;
    QCOMPARE(helpWindows, 1);
    // The rule's page is in the contents list too, and Back leads to it.
    child<QToolButton>(help, "helpBack")->click();
    QCOMPARE(help->currentPage(),
             helpui::HelpViewer::rulePage(QStringLiteral("routing-group-master-invalid")));
    help->close();
}

void TestAnalyzerPanel::everyRuleHasAHelpPage() {
    QStringList linked;
    QFile index(QStringLiteral(":/help/index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString indexText = QString::fromUtf8(index.readAll());
    for (const analyzer::Rule &rule : analyzer::RuleSet::all()) {
        QFile page(QStringLiteral(":/help/%1.html").arg(rule.id));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(rule.id));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY2(html.contains(QStringLiteral("<h1>%1</h1>").arg(rule.title.toHtmlEscaped())),
                 qPrintable(rule.id));
        for (const char *section :
             {"<h2>What it means</h2>", "<h2>Why it matters</h2>", "<h2>How to fix it</h2>"})
            QVERIFY2(html.contains(QLatin1String(section)),
                     qPrintable(rule.id + QLatin1Char(' ') + QLatin1String(section)));
        QVERIFY2(html.contains(rule.id), qPrintable(rule.id));
        QVERIFY2(indexText.contains(QStringLiteral("href=\"%1.html\"").arg(rule.id)), qPrintable(rule.id));
    }
}

void TestAnalyzerPanel::gatewayFixOpensTheConnectors() {
    const QString key = keyOf("smtp-vs-no-outbound-connector", Gw2);
    QVERIFY(select(key));
    // What the wizard will be given: GW2's routing group, its virtual server, SMTP:*.
    const analyzer::FindingFix fix = analyzer::FindingFix::forFinding(
        *dock()->currentFinding(), dock()->analyzer()->rule(QStringLiteral("smtp-vs-no-outbound-connector")),
        *m_window->session()->topology());
    QCOMPARE(fix.kind, analyzer::FindingFix::Kind::NewSmtpConnector);
    QCOMPARE(fix.routingGroup, Dn::parse(EuropeRg));
    QCOMPARE(fix.bridgeheads, QList<Dn>{Dn::parse(QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + Gw2)});
    auto *fixButton = child<QPushButton>(dock(), "fixButton");
    QCOMPARE(fixButton->text(), QStringLiteral("Create SMTP Connector…"));
    fixButton->click();
    // The New SMTP Connector wizard, prefilled: GW2's virtual server sends, for *.
    auto *wizard = waitForWindow<wizards::NewConnectorWizard>("newConnectorWizard");
    QVERIFY(wizard);
    auto *bridgeheads = child<QTreeWidget>(wizard->generalTab(), "bridgeheadsList");
    QCOMPARE(bridgeheads->topLevelItemCount(), 1);
    QCOMPARE(bridgeheads->topLevelItem(0)->text(0), QStringLiteral("GW2"));
    QCOMPARE(wizard->spec().routingGroup, Dn::parse(EuropeRg));
    auto *spaces = child<QTreeWidget>(wizard->addressSpaceTab(), "addressSpaceList");
    QCOMPARE(spaces->topLevelItemCount(), 1);
    QCOMPARE(spaces->topLevelItem(0)->text(1), QStringLiteral("*"));
    wizard->reject();
}

void TestAnalyzerPanel::smartHostFixOpensTheField() {
    // A bare IP address as smart host: an error, opened at the smart host field, fixed there.
    const QString key = keyOf("connector-smart-host-invalid", EuropeInternet);
    QVERIFY(m_dir.ldapmodify(
        replace(EuropeInternet, QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("198.51.100.40"))));
    QTRY_VERIFY_WITH_TIMEOUT(hasFinding(key), 5000);
    QVERIFY(select(key));
    auto *fixButton = child<QPushButton>(dock(), "fixButton");
    QCOMPARE(fixButton->text(), QStringLiteral("Open Properties…"));
    fixButton->click();
    // The console's sheets delete themselves when closed.
    QPointer<properties::PropertySheet> sheet = waitForWindow<properties::PropertySheet>("propertySheet");
    QVERIFY(sheet);
    QCOMPARE(sheet->dn(), Dn::parse(EuropeInternet));
    auto *general = sheet->tab<properties::ConnectorGeneralTab>();
    QCOMPARE(sheet->tabWidget()->currentWidget(), general);
    auto *edit = child<QLineEdit>(general, "smartHostEdit");
    QTRY_VERIFY(edit->hasFocus());
    // The stored value as it is, marked invalid with the reason, never shown as DNS.
    QCOMPARE(edit->text(), QStringLiteral("198.51.100.40"));
    auto *message = child<widgets::FieldMessage>(general, "smartHostEditMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("[198.51.100.40]")), qPrintable(message->text()));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("[198.51.100.40]"));
    sheet->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(key), 5000);
    QTRY_VERIFY(!sheet || !sheet->isVisible());
    QVERIFY(m_dir.ldapmodify(replace(EuropeInternet, QStringLiteral("msExchSmtpSmartHost"),
                                     QStringLiteral("smarthost-eu.example.net;[198.51.100.40]"))));
}

void TestAnalyzerPanel::addressSpaceFixOpensTheField() {
    const QString key = keyOf("connector-address-space-invalid", Partner);
    QVERIFY(m_dir.ldapmodify(
        replace(Partner, QStringLiteral("routingList"), QStringLiteral("SMTP:partner.example.org;150"))));
    QTRY_VERIFY_WITH_TIMEOUT(hasFinding(key), 5000);
    QVERIFY(hasFinding(keyOf("connector-address-space-invalid", Partner)));
    QVERIFY(select(key));
    child<QPushButton>(dock(), "fixButton")->click();
    auto *sheet = waitForWindow<properties::PropertySheet>("propertySheet");
    QVERIFY(sheet);
    auto *spaces = sheet->tab<properties::ConnectorAddressSpaceTab>();
    QCOMPARE(sheet->tabWidget()->currentWidget(), spaces);
    auto *list = child<QTreeWidget>(spaces, "addressSpaceList");
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("(invalid)"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("SMTP:partner.example.org;150"));
    auto *message = child<widgets::FieldMessage>(spaces, "addressSpaceListMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("from 1 to 100")), qPrintable(message->text()));
    sheet->close();
    QVERIFY(m_dir.ldapmodify(
        replace(Partner, QStringLiteral("routingList"), QStringLiteral("SMTP:partner.example.org;10"))));
    QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(key), 5000);
}

void TestAnalyzerPanel::selectionStaysWhileFindingsChange() {
    const QString chosen = keyOf("smtp-vs-max-recipients-low", Exeu1Vs);
    QVERIFY(select(chosen));
    // A new error sorts above it; another finding goes away; the chosen one stays current.
    const QString added = keyOf("connector-smart-host-invalid", Partner);
    QVERIFY(m_dir.ldapmodify(
        replace(Partner, QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("relay;;x.example"))));
    QTRY_VERIFY_WITH_TIMEOUT(hasFinding(added), 5000);
    QCOMPARE(dock()->currentFinding()->key(), chosen);
    QCOMPARE(dock()->view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(dock()->view()->selectionModel()->selectedRows().first().data(FindingsModel::KeyRole).toString(),
             chosen);
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modify\ndelete: msExchSmtpSmartHost\n\n").arg(Partner)));
    QTRY_VERIFY_WITH_TIMEOUT(!hasFinding(added), 5000);
    QCOMPARE(dock()->currentFinding()->key(), chosen);
}

void TestAnalyzerPanel::gatewayDialogDesignatesServers() {
    const QString key = keyOf("smtp-vs-no-outbound-connector", Gw2);
    QVERIFY(hasFinding(key));
    const QString profile = dock()->gateways()->profile();
    child<QPushButton>(dock(), "gatewaysButton")->click();
    auto *dialog = waitForWindow<analyzerui::GatewayDialog>("gatewayDialog");
    QVERIFY(dialog);
    QTreeWidget *list = dialog->list();
    QCOMPARE(list->topLevelItemCount(), 5);
    QStringList checked, suggested;
    QTreeWidgetItem *gw2 = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            checked << item->text(0);
        if (!item->text(2).isEmpty())
            suggested << item->text(0);
        if (item->text(0) == QLatin1String("GW2"))
            gw2 = item;
    }
    QCOMPARE(checked, (QStringList{QStringLiteral("GW1"), QStringLiteral("GW2")}));
    QCOMPARE(suggested, (QStringList{QStringLiteral("EXEU1"), QStringLiteral("GW1")}));
    gw2->setCheckState(0, Qt::Unchecked);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!hasFinding(key));
    QVERIFY(!m_window->treeModel()->isGateway(Dn::parse(Gw2)));
    // Kept for this connection, in the settings.
    analyzer::GatewayDesignation saved;
    saved.setProfile(profile);
    QCOMPARE(saved.servers(), QList<Dn>{Dn::parse(Gw1)});

    // With no gateway at all, the panel says so and names the likely ones.
    dock()->gateways()->setServers({});
    auto *banner = child<QLabel>(dock(), "gatewayBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("EXEU1, GW1")), qPrintable(banner->text()));
    dock()->gateways()->setServers(analyzer::GatewayDesignation::demoGateways());
    QVERIFY(!banner->isVisible());
    QVERIFY(hasFinding(key));
    QVERIFY(m_window->treeModel()->isGateway(Dn::parse(Gw2)));
}

QTEST_MAIN(TestAnalyzerPanel)
#include "tst_analyzerpanel.moc"
