// The Internet Mail wizard, offscreen, against a real slapd with the demo organization: the gateway,
// an existing or a new virtual server, DNS or smart hosts; the virtual server and connector it creates,
// read back through a second connection; and a failed write (the connector made meanwhile by someone
// else) leaving no virtual server behind, with transactions and without.

#include "WizardTesting.h"

#include "ConnectorGeneralTab.h"
#include "FieldMessage.h"
#include "GatewayPage.h"
#include "InternetMailWizard.h"
#include "SummaryPage.h"
#include "VirtualServerChoicePage.h"
#include "VirtualServerGeneralTab.h"

#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>

using namespace wizardtesting;
using testsupport::demo::Gw1;
using testsupport::demo::Org;
using widgets::FieldMessage;
using wizards::CreationWizard;
using wizards::InternetMailWizard;

namespace {

const QString Gw2Connector =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW2),CN=Connections,") + EuropeRg;

bool chooseGateway(InternetMailWizard &wizard, const QString &name) {
    QComboBox *combo = wizard.gatewayPage()->combo();
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemText(i).startsWith(name + QLatin1Char(' '))) {
            combo->setCurrentIndex(i);
            return true;
        }
    return false;
}

} // namespace

class TestInternetMailWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void newVirtualServerAndSmartHost();
    void existingVirtualServerAndDns();
    void goingBackKeepsWhatWasTyped();
    void writeFailureLeavesNothing_data();
    void writeFailureLeavesNothing();

private:
    // Gateway GW2, a new virtual server on 198.51.100.26:2525; stops on the routing page.
    bool upToRouting(InternetMailWizard &wizard);

    DirectoryUnderTest m_dir;
};

void TestInternetMailWizard::init() {
    QVERIFY(m_dir.start());
}

void TestInternetMailWizard::cleanup() {
    m_dir.stop();
}

bool TestInternetMailWizard::upToRouting(InternetMailWizard &wizard) {
    if (!chooseGateway(wizard, QStringLiteral("GW2")) || !clickNext(&wizard))
        return false;
    wizard.virtualServerPage()->newRadio()->click();
    if (!clickNext(&wizard) || wizard.currentId() != InternetMailWizard::NewVirtualServer)
        return false;
    typeInto(child<QComboBox>(wizard.virtualServerTab(), "addressCombo")->lineEdit(),
             QStringLiteral("198.51.100.26"));
    typeInto(child<QSpinBox>(wizard.virtualServerTab(), "portSpin"), 2525);
    return clickNext(&wizard) && wizard.currentId() == InternetMailWizard::Routing;
}

void TestInternetMailWizard::newVirtualServerAndSmartHost() {
    QVERIFY(m_dir.open());
    InternetMailWizard wizard(m_dir.session(), Dn::parse(Org));
    wizard.show();
    // Every server of the organization, with its routing group.
    QComboBox *gateways = wizard.gatewayPage()->combo();
    QCOMPARE(gateways->count(), 5);
    QVERIFY(chooseGateway(wizard, QStringLiteral("GW2")));
    QCOMPARE(gateways->currentText(), QStringLiteral("GW2 (Europe Routing Group)"));
    QCOMPARE(child<QLabel>(&wizard, "gatewayDetails")->text(), QStringLiteral("Internet gateway (Europe)"));
    picture(&wizard, QStringLiteral("internet-mail-1-gateway"));
    QVERIFY(clickNext(&wizard));

    auto *choice = wizard.virtualServerPage();
    QVERIFY(choice->existingRadio()->isChecked());
    QCOMPARE(choice->combo()->currentText(),
             QStringLiteral("Default SMTP Virtual Server ((All Unassigned):25)"));
    choice->newRadio()->click();
    picture(&wizard, QStringLiteral("internet-mail-2-virtual-server"));
    QVERIFY(clickNext(&wizard));

    QCOMPARE(wizard.currentId(), int(InternetMailWizard::NewVirtualServer));
    auto *tab = wizard.virtualServerTab();
    QCOMPARE(child<QLineEdit>(tab, "nameEdit")->text(), QStringLiteral("SMTP-GW2"));
    // GW2's default virtual server has port 25 of every unassigned address.
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(child<FieldMessage>(tab, "addressComboMessage")->text(),
             QStringLiteral(
                 "(All Unassigned):25 is already used by “Default SMTP Virtual Server” on this server."));
    // An address of its own is not enough: port 25 of every address is the default virtual server's.
    typeInto(child<QComboBox>(tab, "addressCombo")->lineEdit(), QStringLiteral("198.51.100.26"));
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(child<FieldMessage>(tab, "addressComboMessage")->text(),
             QStringLiteral("198.51.100.26:25 is already used by “Default SMTP Virtual Server” on this server, "
                            "which listens on port 25 of all unassigned addresses."));
    typeInto(child<QSpinBox>(tab, "portSpin"), 2525);
    QVERIFY(next(&wizard)->isEnabled());
    picture(&wizard, QStringLiteral("internet-mail-3-new-virtual-server"));
    QVERIFY(clickNext(&wizard));

    QCOMPARE(wizard.currentId(), int(InternetMailWizard::Routing));
    auto *routing = wizard.routingTab();
    auto *name = child<QLineEdit>(routing, "nameEdit");
    QCOMPARE(name->text(), QStringLiteral("Internet Mail SMTP Connector (GW2)"));
    QVERIFY(name->isReadOnly());
    QVERIFY(!routing->findChild<QTreeWidget *>(QStringLiteral("bridgeheadsList"))->isVisibleTo(routing));
    child<QRadioButton>(routing, "forwardRadio")->click();
    QVERIFY(!next(&wizard)->isEnabled());
    typeInto(child<QLineEdit>(routing, "smartHostEdit"), QStringLiteral("smarthost-eu.example.net"));
    picture(&wizard, QStringLiteral("internet-mail-4-routing"));
    QVERIFY(clickNext(&wizard));

    QCOMPARE(wizard.currentId(), int(CreationWizard::Summary));
    QCOMPARE(wizard.summaryPage()->plan()->changes.size(), 2);
    picture(&wizard, QStringLiteral("internet-mail-5-summary"));
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    picture(&wizard, QStringLiteral("internet-mail-6-result"));

    const Entry server = m_dir.entry(vs(Gw2, 2));
    QCOMPARE(server.string(topology::attr::adminDisplayName), QStringLiteral("SMTP-GW2"));
    QCOMPARE(server.strings(topology::attr::serverBindings),
             QStringList{QStringLiteral("198.51.100.26:2525:")});
    const Entry connector = m_dir.entry(Gw2Connector);
    QCOMPARE(connector.strings(topology::attr::routingList), QStringList{QStringLiteral("SMTP:*;1")});
    QCOMPARE(Dn::parse(connector.string(topology::attr::sourceBridgeheads)), Dn::parse(vs(Gw2, 2)));
    QCOMPARE(connector.string(topology::attr::smartHost), QStringLiteral("smarthost-eu.example.net"));
    // new internet-mail makes the virtual server too, where the wizard said it listens.
    const QString command = wizard.resultPage()->commandLine();
    QVERIFY2(command.startsWith(QStringLiteral("bridgehead new internet-mail")), qPrintable(command));
    QVERIFY2(!command.contains(QStringLiteral("new virtual-server")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("--virtual-server SMTP-GW2")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("--ip 198.51.100.26")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("--port 2525")), qPrintable(command));
}

void TestInternetMailWizard::existingVirtualServerAndDns() {
    QVERIFY(m_dir.open());
    // On the Europe administrative group only its own servers are offered.
    InternetMailWizard wizard(m_dir.session(), Dn::parse(Europe));
    wizard.show();
    QCOMPARE(wizard.gatewayPage()->combo()->count(), 2);
    QVERIFY(!chooseGateway(wizard, QStringLiteral("GW1")));
    QVERIFY(chooseGateway(wizard, QStringLiteral("GW2")));
    QVERIFY(clickNext(&wizard));
    QVERIFY(wizard.virtualServerPage()->existingRadio()->isChecked());
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(InternetMailWizard::Routing)); // no new virtual server to set up
    QVERIFY(child<QRadioButton>(wizard.routingTab(), "useDnsRadio")->isChecked());
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.summaryPage()->plan()->changes.size(), 1);
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    const Entry connector = m_dir.entry(Gw2Connector);
    QCOMPARE(Dn::parse(connector.string(topology::attr::sourceBridgeheads)), Dn::parse(vs(Gw2, 1)));
    QVERIFY(!connector.has(topology::attr::smartHost));
    QCOMPARE(Dn::parse(connector.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Gw2));
    const QString command = wizard.resultPage()->commandLine();
    QVERIFY2(command.startsWith(QStringLiteral("bridgehead new internet-mail")), qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("--gateway GW2")));
    QVERIFY(command.contains(QStringLiteral("--virtual-server 'Default SMTP Virtual Server'")));
    QVERIFY(command.endsWith(QStringLiteral("--dns")));
    // Open Properties opens the connector.
    QTRY_VERIFY_WITH_TIMEOUT(wizard.resultPage()->openPropertiesButton()->isEnabled(), 5000);
    QCOMPARE(wizard.resultPage()->object(), Dn::parse(Gw2Connector));
}

void TestInternetMailWizard::goingBackKeepsWhatWasTyped() {
    QVERIFY(m_dir.open());
    InternetMailWizard wizard(m_dir.session(), Dn::parse(Org));
    wizard.show();
    QVERIFY(upToRouting(wizard));
    child<QRadioButton>(wizard.routingTab(), "forwardRadio")->click();
    typeInto(child<QLineEdit>(wizard.routingTab(), "smartHostEdit"), QStringLiteral("kept.example.net"));
    back(&wizard)->click();
    QCOMPARE(wizard.currentId(), int(InternetMailWizard::NewVirtualServer));
    QCOMPARE(child<QComboBox>(wizard.virtualServerTab(), "addressCombo")->currentText(),
             QStringLiteral("198.51.100.26"));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(child<QLineEdit>(wizard.routingTab(), "smartHostEdit")->text(),
             QStringLiteral("kept.example.net"));
    // Another gateway starts the later pages again.
    for (int i = 0; i < 3; ++i)
        back(&wizard)->click();
    QCOMPARE(wizard.currentId(), int(InternetMailWizard::Gateway));
    QVERIFY(chooseGateway(wizard, QStringLiteral("GW1")));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.virtualServerPage()->combo()->count(), 2);
    wizard.virtualServerPage()->newRadio()->click();
    QVERIFY(clickNext(&wizard));
    QCOMPARE(child<QLineEdit>(wizard.virtualServerTab(), "nameEdit")->text(), QStringLiteral("SMTP-GW1"));
    QCOMPARE(child<QComboBox>(wizard.virtualServerTab(), "addressCombo")->currentText(),
             QStringLiteral("(All Unassigned)"));
}

void TestInternetMailWizard::writeFailureLeavesNothing_data() {
    // With transactions allowed, a new virtual server still goes step by step on slapd 2.5 (its
    // attributes are new to the demo; see DirectorySession::canWriteAsTransaction).
    QTest::addColumn<bool>("transactions");
    QTest::newRow("transactions allowed") << true;
    QTest::newRow("transactions off") << false;
}

void TestInternetMailWizard::writeFailureLeavesNothing() {
    // The new virtual server is written first; the connector then collides with one that someone made
    // meanwhile with ldapadd. The virtual server must not stay behind.
    QFETCH(bool, transactions);
    QVERIFY(m_dir.open(transactions));
    InternetMailWizard wizard(m_dir.session(), Dn::parse(Org));
    wizard.show();
    QVERIFY(upToRouting(wizard));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(CreationWizard::Summary));
    // The directory before, and what someone else adds once Finish is clicked (ldapmodify blocks, so
    // nothing else happens meanwhile).
    const DirectoryUnderTest::Snapshot before = m_dir.snapshot();
    bool injected = false;
    beforeTheWrite(&wizard, [this, &injected] {
        injected = m_dir.fixture().ldapmodify(
            QStringLiteral(
                "dn: %1\nchangetype: add\nobjectClass: top\nobjectClass: msExchConnector\nobjectClass: "
                "mailGateway\nobjectClass: msExchRoutingSMTPConnector\ncn: Internet Mail SMTP Connector "
                "(GW2)\nhomeMTA: CN=Microsoft MTA,%2\ndeliveryMechanism: 2\n")
                .arg(Gw2Connector, Gw2));
    });
    QVERIFY(clickNext(&wizard));
    QVERIFY(injected);
    QVERIFY(waitForResult(&wizard));
    const topology::ChangeSetResult &result = wizard.resultPage()->result();
    QVERIFY(!result.ok());
    QCOMPARE(result.failedStep, 1);
    QCOMPARE(result.error.code(), int(directory::LdapResult::AlreadyExists));
    QVERIFY(result.leftWritten.isEmpty());
    {
        // Exactly as it was, but for what someone else added.
        DirectoryUnderTest::Snapshot after = m_dir.snapshot();
        QVERIFY(after.remove(Dn::parse(Gw2Connector).key()) == 1);
        QVERIFY2(after == before, qPrintable(DirectoryUnderTest::difference(before, after)));
    }
    QVERIFY(!m_dir.exists(vs(Gw2, 2)));
    const QString status = child<QLabel>(wizard.resultPage(), "resultStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Create SMTP connector “Internet Mail SMTP Connector (GW2)”")),
             qPrintable(status));
    if (!m_dir.session()->canWriteAsTransaction(wizard.summaryPage()->plan()->changes))
        QVERIFY2(status.contains(QStringLiteral("undone")), qPrintable(status));
    QCOMPARE(wizard.resultPage()->subTitle(), QStringLiteral("Nothing was created."));
    picture(&wizard, QStringLiteral("internet-mail-failed"));

    // Back on the summary the connector gets a free name, and Finish goes through.
    QVERIFY(back(&wizard)->isEnabled());
    back(&wizard)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.summaryPage()->plan() &&
                                 wizard.summaryPage()->plan()->connectorName ==
                                     QStringLiteral("Internet Mail SMTP Connector (GW2) (2)"),
                             5000);
    // slapd reports a transaction's adds before it knows the outcome; once the console has read the
    // directory again, the summary plans CN=2 once more.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.summaryPage()->plan()->virtualServer, Dn::parse(vs(Gw2, 2)), 5000);
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    QVERIFY(m_dir.exists(vs(Gw2, 2)));
}

QTEST_MAIN(TestInternetMailWizard)
#include "tst_internetmailwizard.moc"
