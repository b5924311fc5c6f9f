// The creation wizards in the console window, offscreen, against a real slapd with the demo
// organization: where they are offered (Action › New, the context menu, the toolbar's New button),
// the new object selected in the tree once it arrives, Open Properties, the prefilled New SMTP
// Connector wizard the analyzer opens, and the command line and LDIF the result page shows, each run
// for real to create the same entries again.

#include "WizardTesting.h"

#include "ActionController.h"
#include "ConnectorAddressSpaceTab.h"
#include "ConnectorGeneralTab.h"
#include "ConsoleTreeModel.h"
#include "InternetMailWizard.h"
#include "MainWindow.h"
#include "NewConnectorWizard.h"
#include "NewVirtualServerWizard.h"
#include "PropertySheet.h"
#include "VirtualServerChoicePage.h"
#include "VirtualServerGeneralTab.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace wizardtesting;
using console::NodeType;
using testsupport::demo::FirstRg;
using testsupport::demo::FirstRgConnections;
using testsupport::demo::Gw1;
using testsupport::demo::Org;

namespace {

const QString Gw1Smtp = QStringLiteral("CN=SMTP,CN=Protocols,") + Gw1;

// An entry as attribute → sorted values, DN values as names, without what the server adds itself.
QMap<QString, QStringList> contents(const Entry &entry) {
    static const QStringList operational{
        "entryuuid",         "entrycsn",        "creatorsname",          "createtimestamp",
        "modifiersname",     "modifytimestamp", "structuralobjectclass", "entrydn",
        "subschemasubentry", "hassubordinates"};
    QMap<QString, QStringList> out;
    for (const directory::Attribute &a : entry.attributes()) {
        if (operational.contains(a.name.toLower()))
            continue;
        QStringList values = entry.strings(a.name);
        if (topology::attr::isDnValued(a.name))
            for (QString &v : values)
                v = Dn::parse(v).key();
        values.sort();
        out.insert(a.name.toLower(), values);
    }
    return out;
}

QStringList actionNames(const QMenu &menu) {
    QStringList out;
    for (QAction *a : menu.actions())
        out << (a->menu() ? a->menu()->objectName() : a->objectName());
    return out;
}

} // namespace

class TestWizardConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newActionsFollowTheSelection();
    void wizardFromTheMenuSelectsTheNewObject();
    void openPropertiesOpensTheSheet();
    void newSmtpConnectorIsPrefilled();
    void connectorCommandLineAndLdifCreateTheSame();
    void internetMailCommandLinesCreateTheSame();

private:
    bool select(const QString &dn, NodeType type);
    template <class W> W *openedWizard();
    // Deletes `dns` (last first) with ldapmodify.
    bool remove(const QStringList &dns);
    // Runs the result page's command line in a shell, with the real program and password file.
    int runCommandLine(const QString &commandLine, QString *output);

    DirectoryUnderTest m_dir;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_temp;
};

void TestWizardConsole::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestWizardConsole::init() {
    QVERIFY(m_dir.start());
    m_window = new MainWindow;
    QSignalSpy loaded(m_window, &MainWindow::loaded);
    m_window->show();
    m_window->connectTo(m_dir.fixture()->adminSettings());
    QVERIFY(loaded.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), console::DirectorySession::State::Live, 5000);
}

void TestWizardConsole::cleanup() {
    delete m_window;
    m_window = nullptr;
    m_dir.stop();
}

bool TestWizardConsole::select(const QString &dn, NodeType type) {
    m_window->treeView()->setFocus();
    return m_window->selectNode(Dn::parse(dn), int(type));
}

template <class W> W *TestWizardConsole::openedWizard() {
    W *wizard = nullptr;
    return QTest::qWaitFor([&] { return (wizard = m_window->findChild<W *>()) && wizard->isVisible(); })
               ? wizard
               : nullptr;
}

bool TestWizardConsole::remove(const QStringList &dns) {
    QString ldif;
    for (qsizetype i = dns.size() - 1; i >= 0; --i)
        ldif += QStringLiteral("dn: %1\nchangetype: delete\n\n").arg(dns.at(i));
    return m_dir.fixture().ldapmodify(ldif);
}

int TestWizardConsole::runCommandLine(const QString &commandLine, QString *output) {
    QFile password(m_temp.filePath(QStringLiteral("password")));
    if (!password.open(QIODevice::WriteOnly))
        return -1;
    password.write(m_dir.fixture()->adminSettings().password.toUtf8() + '\n');
    password.close();
    QString script = commandLine;
    script.replace(QStringLiteral("--password-file PASSWORD-FILE"),
                   QStringLiteral("--password-file ") + password.fileName());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    // `bridgehead` as a user has it on the PATH.
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(BRIDGEHEAD_BINARY)).absolutePath() +
                                           QLatin1Char(':') + env.value("PATH"));
    QProcess shell;
    shell.setProcessEnvironment(env);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(60000))
        return -1;
    *output = QString::fromUtf8(shell.readAll());
    return shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
}

void TestWizardConsole::newActionsFollowTheSelection() {
    commands::ActionController *actions = m_window->actions();
    auto *newButton = m_window->findChild<QToolButton *>(QStringLiteral("newButton"));
    QVERIFY(newButton);
    const auto enabled = [actions](const char *id) {
        return actions->action(QLatin1String(id))->isEnabled();
    };

    // A server's SMTP node: New › SMTP Virtual Server…, in the Action and context menus and on the toolbar.
    QVERIFY(select(Gw1Smtp, NodeType::Smtp));
    QVERIFY(enabled("newVirtualServerAction"));
    QVERIFY(!enabled("newConnectorAction"));
    QVERIFY(!enabled("internetMailAction"));
    QVERIFY(newButton->isEnabled());
    QMenu menu;
    actions->fillMenu(&menu);
    QCOMPARE(actionNames(menu).first(), QStringLiteral("newMenu"));
    QMenu *newMenu = menu.findChild<QMenu *>(QStringLiteral("newMenu"));
    QCOMPARE(actionNames(*newMenu), QStringList{QStringLiteral("newVirtualServerAction")});
    QCOMPARE(newMenu->actions().first()->text(), QStringLiteral("SMTP &Virtual Server…"));
    Q_EMIT newButton->menu()->aboutToShow();
    QCOMPARE(actionNames(*newButton->menu()), QStringList{QStringLiteral("newVirtualServerAction")});
    auto *actionMenu = m_window->findChild<QMenu *>(QStringLiteral("actionMenu"));
    Q_EMIT actionMenu->aboutToShow();
    QVERIFY(actionNames(*actionMenu).contains(QStringLiteral("newMenu")));

    // A routing group's Connectors node, and the routing group itself.
    QVERIFY(select(FirstRgConnections, NodeType::Connectors));
    QVERIFY(enabled("newConnectorAction"));
    QVERIFY(!enabled("newVirtualServerAction"));
    QVERIFY(select(FirstRg, NodeType::RoutingGroup));
    QVERIFY(enabled("newConnectorAction"));

    // The organization and an administrative group: the Internet Mail Wizard, on its own in the menu.
    QVERIFY(select(Org, NodeType::Organization));
    QVERIFY(enabled("internetMailAction"));
    QMenu orgMenu;
    actions->fillMenu(&orgMenu);
    QVERIFY(actionNames(orgMenu).contains(QStringLiteral("internetMailAction")));
    QVERIFY(!actionNames(orgMenu).contains(QStringLiteral("newMenu")));
    QVERIFY(newButton->isEnabled());
    QVERIFY(select(Europe, NodeType::AdminGroup));
    QVERIFY(enabled("internetMailAction"));

    // Nothing to create on a virtual server.
    QVERIFY(select(vs(Gw1, 1), NodeType::VirtualServer));
    for (const char *id : {"newVirtualServerAction", "newConnectorAction", "internetMailAction"})
        QVERIFY2(!enabled(id), id);
    QVERIFY(!newButton->isEnabled());
}

void TestWizardConsole::wizardFromTheMenuSelectsTheNewObject() {
    QVERIFY(select(Gw1Smtp, NodeType::Smtp));
    m_window->actions()->action(QStringLiteral("newVirtualServerAction"))->trigger();
    auto *wizard = openedWizard<wizards::NewVirtualServerWizard>();
    QVERIFY(wizard);
    typeInto(child<QComboBox>(wizard->generalTab(), "addressCombo")->lineEdit(), QStringLiteral("10.1.0.9"));
    QVERIFY(clickNext(wizard));
    QVERIFY(clickNext(wizard));
    QVERIFY(waitForResult(wizard));
    QVERIFY2(wizard->resultPage()->isWritten(), qPrintable(wizard->resultPage()->result().message));
    // The tree moves to the new virtual server once the change feed brings it.
    const Dn created = Dn::parse(vs(Gw1, 3));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->treeModel()->nodeRef(m_window->treeView()->currentIndex()).dn,
                              created, 5000);
    QCOMPARE(m_window->treeModel()->nodeRef(m_window->treeView()->currentIndex()).type,
             NodeType::VirtualServer);
    QPointer<QWizard> closing = wizard;
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!closing); // closed and gone
}

void TestWizardConsole::openPropertiesOpensTheSheet() {
    QVERIFY(select(FirstRgConnections, NodeType::Connectors));
    m_window->actions()->action(QStringLiteral("newConnectorAction"))->trigger();
    auto *wizard = openedWizard<wizards::NewConnectorWizard>();
    QVERIFY(wizard);
    QVERIFY(addBridgeheads(wizard->generalTab(), {QStringLiteral("GW1 – Internet SMTP Virtual Server")}));
    QVERIFY(clickNext(wizard));
    QVERIFY(clickNext(wizard));
    QVERIFY(clickNext(wizard));
    QVERIFY(waitForResult(wizard));
    QVERIFY(wizard->resultPage()->isWritten());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->resultPage()->openPropertiesButton()->isEnabled(), 5000);
    wizard->resultPage()->openPropertiesButton()->click();
    properties::PropertySheet *sheet = nullptr;
    QTRY_VERIFY((sheet = m_window->findChild<properties::PropertySheet *>()) && sheet->isVisible());
    const Dn created = Dn::parse(QStringLiteral("CN=SMTP Connector for GW1,") + FirstRgConnections);
    QCOMPARE(sheet->dn(), created);
    QCOMPARE(sheet->windowTitle(), QStringLiteral("SMTP Connector for GW1 Properties"));
    sheet->reject();
}

void TestWizardConsole::newSmtpConnectorIsPrefilled() {
    // What the analyzer's "gateway without an outbound connector" fix opens: GW2's virtual server as
    // the bridgehead, * as the address space, the name from it.
    commands::CommandContext *context = m_window;
    context->newSmtpConnector(Dn::parse(EuropeRg), {Dn::parse(vs(Gw2, 1))});
    auto *wizard = openedWizard<wizards::NewConnectorWizard>();
    QVERIFY(wizard);
    auto *bridgeheads = child<QTreeWidget>(wizard->generalTab(), "bridgeheadsList");
    QCOMPARE(bridgeheads->topLevelItemCount(), 1);
    QCOMPARE(bridgeheads->topLevelItem(0)->text(0), QStringLiteral("GW2"));
    QCOMPARE(child<QLineEdit>(wizard->generalTab(), "nameEdit")->text(),
             QStringLiteral("SMTP Connector for GW2"));
    QVERIFY(next(wizard)->isEnabled());
    QVERIFY(clickNext(wizard));
    auto *spaces = child<QTreeWidget>(wizard->addressSpaceTab(), "addressSpaceList");
    QCOMPARE(spaces->topLevelItemCount(), 1);
    QCOMPARE(spaces->topLevelItem(0)->text(1), QStringLiteral("*"));
    QVERIFY(clickNext(wizard));
    QVERIFY(clickNext(wizard));
    QVERIFY(waitForResult(wizard));
    QVERIFY(wizard->resultPage()->isWritten());
    const Dn created = Dn::parse(QStringLiteral("CN=SMTP Connector for GW2,CN=Connections,") + EuropeRg);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->treeModel()->nodeRef(m_window->treeView()->currentIndex()).dn,
                              created, 5000);
}

void TestWizardConsole::connectorCommandLineAndLdifCreateTheSame() {
    const QString name = QStringLiteral("Partner, \"Two\" Zürich");
    auto *wizard = new wizards::NewConnectorWizard(m_window->session(), Dn::parse(FirstRg), {}, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    typeInto(child<QLineEdit>(wizard->generalTab(), "nameEdit"), name);
    QVERIFY(addBridgeheads(wizard->generalTab(), {QStringLiteral("GW1 – Internet SMTP Virtual Server"),
                                                  QStringLiteral("EXMBX1 – Default SMTP Virtual Server")}));
    child<QRadioButton>(wizard->generalTab(), "forwardRadio")->click();
    typeInto(child<QLineEdit>(wizard->generalTab(), "smartHostEdit"),
             QStringLiteral("relay.example.net;[192.0.2.9]"));
    QVERIFY(clickNext(wizard));
    QVERIFY(!addAddressSpace(wizard->addressSpaceTab(), QStringLiteral("*.partner.example"), 9));
    child<QRadioButton>(wizard->addressSpaceTab(), "routingGroupScopeRadio")->click();
    QVERIFY(clickNext(wizard));
    QVERIFY(clickNext(wizard));
    QVERIFY(waitForResult(wizard));
    QVERIFY2(wizard->resultPage()->isWritten(), qPrintable(wizard->resultPage()->result().message));
    const QString commandLine = wizard->resultPage()->commandLine();
    const QString ldif = wizard->resultPage()->ldif();
    const QString dn = Dn::parse(FirstRgConnections).child(QStringLiteral("CN"), name).toString();
    const auto byWizard = contents(m_dir.entry(dn));
    QVERIFY(!byWizard.isEmpty());
    wizard->close();

    // The command line, run in a shell, makes the same entry.
    QVERIFY(remove({dn}));
    QString output;
    QCOMPARE(runCommandLine(commandLine, &output), 0);
    QVERIFY2(Dn::parse(output.trimmed()) == Dn::parse(dn), qPrintable(output));
    QCOMPARE(contents(m_dir.entry(dn)), byWizard);
    // And so does the LDIF, given to ldapmodify.
    QVERIFY(remove({dn}));
    QVERIFY2(m_dir.fixture().ldapmodify(ldif, &output), qPrintable(output));
    QCOMPARE(contents(m_dir.entry(dn)), byWizard);
}

void TestWizardConsole::internetMailCommandLinesCreateTheSame() {
    auto *wizard = new wizards::InternetMailWizard(m_window->session(), Dn::parse(Org), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    QComboBox *gateways = child<QComboBox>(wizard, "gatewayCombo");
    gateways->setCurrentIndex(gateways->findText(QStringLiteral("GW2 (Europe Routing Group)")));
    QVERIFY(clickNext(wizard));
    wizard->virtualServerPage()->newRadio()->click();
    QVERIFY(clickNext(wizard));
    typeInto(child<QComboBox>(wizard->virtualServerTab(), "addressCombo")->lineEdit(),
             QStringLiteral("198.51.100.26"));
    typeInto(child<QSpinBox>(wizard->virtualServerTab(), "portSpin"), 2525);
    QVERIFY(clickNext(wizard));
    QVERIFY(clickNext(wizard));
    QVERIFY(clickNext(wizard));
    QVERIFY(waitForResult(wizard));
    QVERIFY2(wizard->resultPage()->isWritten(), qPrintable(wizard->resultPage()->result().message));
    const QString commandLine = wizard->resultPage()->commandLine();
    const QString connector =
        QStringLiteral("CN=Internet Mail SMTP Connector (GW2),CN=Connections,") + EuropeRg;
    const QStringList created{vs(Gw2, 2), connector};
    const auto server = contents(m_dir.entry(created.first()));
    const auto mail = contents(m_dir.entry(connector));
    wizard->close();

    // Two commands: the virtual server new internet-mail would not make by itself, then the rest.
    QVERIFY(remove(created));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->topology()->find(Dn::parse(connector)), 5000);
    QString output;
    QCOMPARE(runCommandLine(commandLine, &output), 0);
    QCOMPARE(contents(m_dir.entry(created.first())), server);
    QCOMPARE(contents(m_dir.entry(connector)), mail);
}

QTEST_MAIN(TestWizardConsole)
#include "tst_wizardconsole.moc"
