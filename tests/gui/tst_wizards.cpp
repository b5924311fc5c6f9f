// The New SMTP Virtual Server and New SMTP Connector wizards, offscreen, against a real slapd with the
// demo organization: typing and clicking Next and Finish as a user does, the created entries read
// back through a second connection, invalid input keeping Next and Finish disabled with the reason
// at the field, names that need escaping, and a failed write leaving the directory as it was, with
// transactions and without. Every test starts its own directory.

#include "WizardTesting.h"

#include "ConnectorAddressSpaceTab.h"
#include "ConnectorChecks.h"
#include "ConnectorGeneralTab.h"
#include "FieldMessage.h"
#include "NewConnectorWizard.h"
#include "NewVirtualServerWizard.h"
#include "SummaryPage.h"
#include "VirtualServerGeneralTab.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTreeWidget>

using namespace wizardtesting;
using testsupport::demo::FirstRg;
using testsupport::demo::Gw1;
using widgets::FieldMessage;
using wizards::CreationWizard;
using wizards::NewConnectorWizard;
using wizards::NewVirtualServerWizard;

class TestWizards : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void virtualServerWizardCreates();
    void virtualServerWizardRefusesAtTheField();
    void virtualServerWizardStartsFree_data();
    void virtualServerWizardStartsFree();
    void virtualServerWizardRefusesAnAddressOfAllUnassigned();
    void connectorWizardCreatesItsContainer_data();
    void connectorWizardCreatesItsContainer();
    void connectorWizardRefusesAtTheField();
    void connectorWithoutBridgeheadNeedsConsent();
    void connectorWriteFailureLeavesNothing_data();
    void connectorWriteFailureLeavesNothing();
    void hostileNamesRoundTrip_data();
    void hostileNamesRoundTrip();

private:
    // Branch Routing Group without its CN=Connections (and the connector that was in it).
    bool removeBranchConnections();

    DirectoryUnderTest m_dir;
};

void TestWizards::init() {
    QVERIFY(m_dir.start());
}

void TestWizards::cleanup() {
    m_dir.stop();
}

bool TestWizards::removeBranchConnections() {
    return m_dir.fixture().ldapmodify(QStringLiteral("dn: CN=Internal Domains Connector,CN=Connections,%1\n"
                                                     "changetype: delete\n\ndn: CN=Connections,%1\n"
                                                     "changetype: delete\n")
                                          .arg(BranchRg));
}

void TestWizards::virtualServerWizardCreates() {
    QVERIFY(m_dir.open());
    NewVirtualServerWizard wizard(m_dir.session(), Dn::parse(Gw1));
    wizard.show();
    QCOMPARE(wizard.currentId(), int(NewVirtualServerWizard::General));
    auto *tab = wizard.generalTab();
    auto *name = child<QLineEdit>(tab, "nameEdit");
    auto *address = child<QComboBox>(tab, "addressCombo");
    auto *port = child<QSpinBox>(tab, "portSpin");
    auto *fqdn = child<QLineEdit>(tab, "fqdnEdit");
    // The Exchange defaults, and the server's addresses to choose from. Port 25 of both of GW1's
    // addresses is taken, so the binding starts as (All Unassigned):25 with the reason, and Next waits.
    QCOMPARE(name->text(), QStringLiteral("SMTP-GW1"));
    QCOMPARE(address->currentText(), QStringLiteral("(All Unassigned)"));
    QCOMPARE(address->findText(QStringLiteral("198.51.100.25")), 2);
    QCOMPARE(port->value(), 25);
    QCOMPARE(fqdn->text(), QStringLiteral("gw1.example.com"));
    auto *addressMessage = child<FieldMessage>(tab, "addressComboMessage");
    QVERIFY(addressMessage->isVisible());
    QCOMPARE(addressMessage->text(), QStringLiteral("(All Unassigned):25 includes 10.1.0.5:25, which “Default "
                                                    "SMTP Virtual Server” on this server already uses."));
    QVERIFY(!next(&wizard)->isEnabled());
    QVERIFY(!clickNext(&wizard));
    picture(&wizard, QStringLiteral("virtual-server-1-general"));

    typeInto(name, QStringLiteral("Relay Virtual Server"));
    typeInto(address->lineEdit(), QStringLiteral("10.1.0.9"));
    QVERIFY(addressMessage->isHidden());
    QVERIFY(next(&wizard)->isEnabled());
    typeInto(port, 2525);
    typeInto(fqdn, QStringLiteral("relay.example.com"));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(CreationWizard::Summary));
    QCOMPARE(next(&wizard)->text(), QStringLiteral("&Finish"));
    const QString summary = child<QLabel>(&wizard, "summarySettings")->text();
    QVERIFY2(summary.contains(QStringLiteral("Listens on: 10.1.0.9:2525")), qPrintable(summary));
    QVERIFY(child<QLabel>(&wizard, "summarySteps")->text().contains(QStringLiteral("(CN=3) on GW1")));
    picture(&wizard, QStringLiteral("virtual-server-2-summary"));

    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(CreationWizard::Result));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    QVERIFY(!back(&wizard)->isEnabled()); // written stays written
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    const QString created = vs(Gw1, 3);
    const Entry entry = m_dir.entry(created);
    QCOMPARE(entry.string(topology::attr::adminDisplayName), QStringLiteral("Relay Virtual Server"));
    QCOMPARE(entry.strings(topology::attr::serverBindings), QStringList{QStringLiteral("10.1.0.9:2525:")});
    QCOMPARE(entry.string(topology::attr::fqdn), QStringLiteral("relay.example.com"));
    QCOMPARE(entry.string(topology::attr::maxRecipients), QStringLiteral("64000"));
    QCOMPARE(entry.string(topology::attr::smartHostType), QStringLiteral("0"));

    auto *result = wizard.resultPage();
    QCOMPARE(Dn::parse(child<QPlainTextEdit>(result, "createdText")->toPlainText()), Dn::parse(created));
    QVERIFY(result->commandLine().startsWith(QStringLiteral("bridgehead new virtual-server")));
    QVERIFY(result->commandLine().contains(QStringLiteral("--ip 10.1.0.9")));
    QVERIFY(result->ldif().contains(QStringLiteral("changetype: add")));
    // Open Properties once the new virtual server has come back through the change feed.
    QTRY_VERIFY_WITH_TIMEOUT(result->openPropertiesButton()->isEnabled(), 5000);
    QSignalSpy properties(&wizard, &CreationWizard::propertiesRequested);
    result->openPropertiesButton()->click();
    QCOMPARE(properties.size(), 1);
    QCOMPARE(properties.first().first().value<Dn>(), Dn::parse(created));
    picture(&wizard, QStringLiteral("virtual-server-3-result"));
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(!wizard.isVisible());
}

void TestWizards::virtualServerWizardRefusesAtTheField() {
    QVERIFY(m_dir.open());
    const auto before = m_dir.snapshot();
    NewVirtualServerWizard wizard(m_dir.session(), Dn::parse(Gw1));
    wizard.show();
    auto *tab = wizard.generalTab();
    auto *address = child<QComboBox>(tab, "addressCombo");
    auto *addressMessage = child<FieldMessage>(tab, "addressComboMessage");

    // GW1's default virtual server listens on 10.1.0.5:25.
    address->setCurrentIndex(address->findText(QStringLiteral("10.1.0.5")));
    QVERIFY(!next(&wizard)->isEnabled());
    QVERIFY(addressMessage->isVisible());
    QCOMPARE(addressMessage->text(),
             QStringLiteral("10.1.0.5:25 is already used by “Default SMTP Virtual Server” on this server."));
    picture(&wizard, QStringLiteral("virtual-server-refused"));
    typeInto(child<QSpinBox>(tab, "portSpin"), 2525);
    QVERIFY(next(&wizard)->isEnabled());
    QVERIFY(addressMessage->isHidden());

    typeInto(address->lineEdit(), QStringLiteral("10.1.0"));
    QVERIFY(!next(&wizard)->isEnabled());
    QVERIFY(addressMessage->text().startsWith(QStringLiteral("\"10.1.0\" is not a valid IP address.")));
    typeInto(address->lineEdit(), QStringLiteral("10.1.0.5"));
    QVERIFY(next(&wizard)->isEnabled());

    auto *fqdn = child<QLineEdit>(tab, "fqdnEdit");
    typeInto(fqdn, QStringLiteral("192.0.2.1"));
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(child<FieldMessage>(tab, "fqdnEditMessage")->text(),
             QStringLiteral("Type a host name such as mail.example.com, not an IP address."));
    typeInto(fqdn, QStringLiteral("mail.example.com"));

    auto *name = child<QLineEdit>(tab, "nameEdit");
    typeInto(name, QString());
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(child<FieldMessage>(tab, "nameEditMessage")->text(),
             QStringLiteral("Type a name for the virtual server."));
    typeInto(name, QStringLiteral("internet smtp virtual server"));
    QVERIFY(!next(&wizard)->isEnabled());
    QVERIFY(child<FieldMessage>(tab, "nameEditMessage")
                ->text()
                .startsWith(QStringLiteral("Another virtual server")));
    QVERIFY(!clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(NewVirtualServerWizard::General));
    {
        const auto after = m_dir.snapshot();
        QVERIFY2(after == before, qPrintable(DirectoryUnderTest::difference(before, after)));
    }
}

void TestWizards::virtualServerWizardStartsFree_data() {
    QTest::addColumn<QString>("ldif");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("written");
    // GW1 is known by an IP address no virtual server listens on.
    QTest::newRow("an address of the server")
        << QStringLiteral("dn: %1\nchangetype: modify\nadd: networkAddress\nnetworkAddress: "
                          "ncacn_ip_tcp:10.1.0.9\n")
               .arg(Gw1)
        << Gw1 << QStringLiteral("10.1.0.9") << QStringLiteral("10.1.0.9:25:");
    // EXBR1's only virtual server moves to port 2525: port 25 is free on every address.
    QTest::newRow("all unassigned addresses")
        << QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchServerBindings\n"
                          "msExchServerBindings: 10.1.0.30:2525:\n")
               .arg(vs(Exbr1, 1))
        << Exbr1 << QStringLiteral("(All Unassigned)") << QStringLiteral(":25:");
}

void TestWizards::virtualServerWizardStartsFree() {
    QFETCH(QString, ldif);
    QFETCH(QString, server);
    QFETCH(QString, address);
    QFETCH(QString, written);
    QVERIFY(m_dir.fixture().ldapmodify(ldif));
    QVERIFY(m_dir.open());
    NewVirtualServerWizard wizard(m_dir.session(), Dn::parse(server));
    wizard.show();
    auto *tab = wizard.generalTab();
    QCOMPARE(child<QComboBox>(tab, "addressCombo")->currentText(), address);
    QCOMPARE(child<QSpinBox>(tab, "portSpin")->value(), 25);
    QVERIFY(child<FieldMessage>(tab, "addressComboMessage")->isHidden());
    QVERIFY(next(&wizard)->isEnabled());
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    const QString created = wizard.resultPage()->object().toString();
    QCOMPARE(m_dir.entry(created).strings(topology::attr::serverBindings), QStringList{written});
    // The command line says where, whatever the default is when it runs.
    const QString command = wizard.resultPage()->commandLine();
    QVERIFY2(command.contains(address.startsWith(QLatin1Char('('))
                                  ? QStringLiteral("--all-unassigned \\\n    --port 25")
                                  : QStringLiteral("--ip ") + address + QStringLiteral(" \\\n    --port 25")),
             qPrintable(command));
}

void TestWizards::virtualServerWizardRefusesAnAddressOfAllUnassigned() {
    // EXMBX1's virtual servers listen on port 25 and port 587 of all unassigned addresses: no address
    // is left on either port, however it is typed.
    QVERIFY(m_dir.open());
    const auto before = m_dir.snapshot();
    NewVirtualServerWizard wizard(m_dir.session(), Dn::parse(Exmbx1));
    wizard.show();
    auto *tab = wizard.generalTab();
    auto *address = child<QComboBox>(tab, "addressCombo");
    auto *port = child<QSpinBox>(tab, "portSpin");
    auto *addressMessage = child<FieldMessage>(tab, "addressComboMessage");
    QCOMPARE(address->currentText(), QStringLiteral("(All Unassigned)"));
    QCOMPARE(addressMessage->text(),
             QStringLiteral(
                 "(All Unassigned):25 is already used by “Default SMTP Virtual Server” on this server."));
    QVERIFY(!next(&wizard)->isEnabled());

    typeInto(address->lineEdit(), QStringLiteral("10.1.0.7"));
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(addressMessage->text(),
             QStringLiteral("10.1.0.7:25 is already used by “Default SMTP Virtual Server” on this server, which "
                            "listens on port 25 of all unassigned addresses."));
    typeInto(port, 587);
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(addressMessage->text(),
             QStringLiteral("10.1.0.7:587 is already used by “Client Submission SMTP Virtual Server” on this "
                            "server, which listens on port 587 of all unassigned addresses."));
    typeInto(address->lineEdit(), QStringLiteral("2001:db8::7"));
    QCOMPARE(addressMessage->text(),
             QStringLiteral("[2001:db8::7]:587 is already used by “Client Submission SMTP Virtual Server” on "
                            "this server, which listens on port 587 of all unassigned addresses."));
    picture(&wizard, QStringLiteral("virtual-server-refused-all-unassigned"));
    QVERIFY(!clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(NewVirtualServerWizard::General));
    {
        const auto after = m_dir.snapshot();
        QVERIFY2(after == before, qPrintable(DirectoryUnderTest::difference(before, after)));
    }

    // A port nobody has is free on that address, and on all unassigned addresses.
    typeInto(port, 2525);
    QVERIFY(addressMessage->isHidden());
    QVERIFY(next(&wizard)->isEnabled());
    address->setCurrentIndex(address->findText(QStringLiteral("(All Unassigned)")));
    QVERIFY(addressMessage->isHidden());
    QVERIFY(next(&wizard)->isEnabled());
    typeInto(address->lineEdit(), QStringLiteral("10.1.0.7"));
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    QCOMPARE(m_dir.entry(vs(Exmbx1, 3)).strings(topology::attr::serverBindings),
             QStringList{QStringLiteral("10.1.0.7:2525:")});
}

void TestWizards::connectorWizardCreatesItsContainer_data() {
    QTest::addColumn<bool>("transactions");
    QTest::newRow("one transaction") << true;
    QTest::newRow("ordered steps") << false;
}

void TestWizards::connectorWizardCreatesItsContainer() {
    QFETCH(bool, transactions);
    QVERIFY(removeBranchConnections());
    QVERIFY(m_dir.open(transactions));
    NewConnectorWizard wizard(m_dir.session(), Dn::parse(BranchRg));
    wizard.show();
    auto *general = wizard.generalTab();
    auto *name = child<QLineEdit>(general, "nameEdit");
    QVERIFY(name->text().isEmpty());
    QVERIFY(!next(&wizard)->isEnabled()); // no name yet
    QVERIFY(child<QLabel>(&wizard, "noBridgeheadNote")->isVisible());

    QVERIFY(addBridgeheads(general, {QStringLiteral("EXBR1 – Default SMTP Virtual Server")}));
    QCOMPARE(name->text(), QStringLiteral("SMTP Connector for EXBR1"));
    QVERIFY(child<QLabel>(&wizard, "noBridgeheadNote")->isHidden());
    child<QRadioButton>(general, "forwardRadio")->click();
    QVERIFY(!next(&wizard)->isEnabled()); // forwarding to no smart host
    typeInto(child<QLineEdit>(general, "smartHostEdit"), QStringLiteral(" [192.0.2.5] ; relay.example.net "));
    QVERIFY(next(&wizard)->isEnabled());
    picture(&wizard, QStringLiteral("connector-1-general"));
    QVERIFY(clickNext(&wizard));

    QCOMPARE(wizard.currentId(), int(NewConnectorWizard::AddressSpace));
    auto *spaces = wizard.addressSpaceTab();
    auto *list = child<QTreeWidget>(spaces, "addressSpaceList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("*"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("1"));
    QVERIFY(!addAddressSpace(spaces, QStringLiteral("*.branch.example"), 5));
    QCOMPARE(list->topLevelItemCount(), 2);
    child<QRadioButton>(spaces, "routingGroupScopeRadio")->click();
    picture(&wizard, QStringLiteral("connector-2-address-space"));
    QVERIFY(clickNext(&wizard));

    QCOMPARE(wizard.currentId(), int(CreationWizard::Summary));
    QCOMPARE(wizard.summaryPage()->plan()->changes.size(), 2); // the container, then the connector
    picture(&wizard, QStringLiteral("connector-3-summary"));
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    picture(&wizard, QStringLiteral("connector-4-result"));

    const QString connections = QStringLiteral("CN=Connections,") + BranchRg;
    QVERIFY(m_dir.entry(connections).hasObjectClass(QStringLiteral("msExchConnectors")));
    const Entry created = m_dir.entry(QStringLiteral("CN=SMTP Connector for EXBR1,") + connections);
    QCOMPARE(
        created.strings(topology::attr::routingList),
        (QStringList{QStringLiteral("Local:SMTP:*;1"), QStringLiteral("Local:SMTP:*.branch.example;5")}));
    QCOMPARE(created.string(topology::attr::smartHost), QStringLiteral("relay.example.net;[192.0.2.5]"));
    QCOMPARE(Dn::parse(created.string(topology::attr::sourceBridgeheads)), Dn::parse(vs(Exbr1, 1)));
    QCOMPARE(Dn::parse(created.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Exbr1));
    QCOMPARE(created.string(topology::attr::deliveryMechanism), QStringLiteral("2"));
}

void TestWizards::connectorWizardRefusesAtTheField() {
    QVERIFY(m_dir.open());
    const auto before = m_dir.snapshot();
    NewConnectorWizard wizard(m_dir.session(), Dn::parse(FirstRg));
    wizard.show();
    auto *general = wizard.generalTab();
    QVERIFY(addBridgeheads(general, {QStringLiteral("GW1 – Internet SMTP Virtual Server")}));
    auto *name = child<QLineEdit>(general, "nameEdit");
    auto *nameMessage = child<FieldMessage>(general, "nameEditMessage");
    typeInto(name, QStringLiteral(" partner connector"));
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(
        nameMessage->text(),
        QStringLiteral("“Partner Connector” already exists in this routing group. Choose another name."));
    typeInto(name, QString(65, QLatin1Char('x')));
    QCOMPARE(nameMessage->text(), QStringLiteral("A name can have at most 64 characters."));
    typeInto(name, QStringLiteral("Outbound"));
    QVERIFY(nameMessage->isHidden());
    QVERIFY(next(&wizard)->isEnabled());

    child<QRadioButton>(general, "forwardRadio")->click();
    auto *smartHost = child<QLineEdit>(general, "smartHostEdit");
    auto *smartHostMessage = child<FieldMessage>(general, "smartHostEditMessage");
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(
        smartHostMessage->text(),
        QStringLiteral("Type at least one smart host, or choose “Use DNS to route to each address space”."));
    typeInto(smartHost, QStringLiteral("192.0.2.1"));
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(smartHostMessage->text(), QStringLiteral("Put IP addresses in square brackets: [192.0.2.1]"));
    picture(&wizard, QStringLiteral("connector-refused"));
    typeInto(smartHost, QStringLiteral("[192.0.2.1]"));
    QVERIFY(clickNext(&wizard));

    auto *spaces = wizard.addressSpaceTab();
    auto *list = child<QTreeWidget>(spaces, "addressSpaceList");
    auto *listMessage = child<FieldMessage>(spaces, "addressSpaceListMessage");
    // Only SMTP domains with * as the first part are taken.
    properties::AddressSpaceDialog *refused = addAddressSpace(spaces, QStringLiteral("mail.*.example"), 1);
    QVERIFY(refused);
    QCOMPARE(child<FieldMessage>(refused, "addressEditMessage")->text(),
             QStringLiteral("Use * on its own or as the first part of a domain, as in *.contoso.com."));
    child<QPushButton>(refused, "dialogCancelButton")->click();
    QTRY_VERIFY(!spaces->findChild<properties::AddressSpaceDialog *>());
    QVERIFY(!addAddressSpace(spaces, QStringLiteral("*"), 7));
    QVERIFY(!next(&wizard)->isEnabled());
    QCOMPARE(listMessage->text(), QStringLiteral("SMTP:* is listed more than once."));
    for (int i = list->topLevelItemCount() - 1; i >= 0; --i) {
        list->setCurrentItem(list->topLevelItem(i));
        child<QPushButton>(spaces, "removeAddressSpaceButton")->click();
    }
    QVERIFY(!next(&wizard)->isEnabled());
    QVERIFY(listMessage->text().startsWith(QStringLiteral("Add at least one address space.")));
    QVERIFY(!clickNext(&wizard));
    {
        const auto after = m_dir.snapshot();
        QVERIFY2(after == before, qPrintable(DirectoryUnderTest::difference(before, after)));
    }
}

void TestWizards::connectorWithoutBridgeheadNeedsConsent() {
    QVERIFY(m_dir.open());
    NewConnectorWizard wizard(m_dir.session(), Dn::parse(FirstRg));
    wizard.show();
    typeInto(child<QLineEdit>(wizard.generalTab(), "nameEdit"), QStringLiteral("Anyone Sends"));
    auto *note = child<QLabel>(&wizard, "noBridgeheadNote");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), topology::ConnectorChecks::noBridgeheadRisk());
    QVERIFY(!next(&wizard)->isEnabled());
    wizard.noBridgeheadCheck()->click();
    QVERIFY(next(&wizard)->isEnabled());
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QVERIFY(child<QLabel>(&wizard, "summarySettings")->text().contains(QStringLiteral("none (any server")));
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY(wizard.resultPage()->isWritten());
    QVERIFY(wizard.resultPage()->commandLine().contains(QStringLiteral("--allow-no-bridgehead")));
    const Entry created =
        m_dir.entry(QStringLiteral("CN=Anyone Sends,") + testsupport::demo::FirstRgConnections);
    QVERIFY(created.hasObjectClass(QStringLiteral("msExchRoutingSMTPConnector")));
    QVERIFY(!created.has(topology::attr::sourceBridgeheads));
    QCOMPARE(created.strings(topology::attr::routingList), QStringList{QStringLiteral("SMTP:*;1")});
}

void TestWizards::connectorWriteFailureLeavesNothing_data() {
    QTest::addColumn<bool>("transactions");
    QTest::newRow("one transaction") << true;
    QTest::newRow("ordered steps, undone") << false;
}

void TestWizards::connectorWriteFailureLeavesNothing() {
    // The connector and its container are planned; meanwhile someone else creates the container.
    QFETCH(bool, transactions);
    QVERIFY(removeBranchConnections());
    QVERIFY(m_dir.open(transactions));
    NewConnectorWizard wizard(m_dir.session(), Dn::parse(BranchRg), {Dn::parse(vs(Exbr1, 1))});
    wizard.show();
    QCOMPARE(child<QLineEdit>(wizard.generalTab(), "nameEdit")->text(),
             QStringLiteral("SMTP Connector for EXBR1"));
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QCOMPARE(wizard.currentId(), int(CreationWizard::Summary));
    QCOMPARE(wizard.summaryPage()->plan()->changes.size(), 2);
    // The directory before, and what someone else adds once Finish is clicked (ldapmodify blocks, so
    // nothing else happens meanwhile).
    const DirectoryUnderTest::Snapshot before = m_dir.snapshot();
    bool injected = false;
    beforeTheWrite(&wizard, [this, &injected] {
        injected = m_dir.fixture().ldapmodify(
            QStringLiteral("dn: CN=Connections,%1\nchangetype: add\nobjectClass: "
                           "container\nobjectClass: msExchConnectors\ncn: Connections\n")
                .arg(BranchRg));
    });
    // Finish writes what the summary showed.
    QVERIFY(clickNext(&wizard));
    QVERIFY(injected);
    QVERIFY(waitForResult(&wizard));
    QVERIFY(!wizard.resultPage()->isWritten());
    QCOMPARE(wizard.resultPage()->result().error.code(), int(directory::LdapResult::AlreadyExists));
    const QString status = child<QLabel>(wizard.resultPage(), "resultStatus")->text();
    QVERIFY2(status.contains(QStringLiteral("Create the Connectors container of “Branch Routing Group”")),
             qPrintable(status));
    {
        // Exactly as it was, but for what someone else added.
        DirectoryUnderTest::Snapshot after = m_dir.snapshot();
        QVERIFY(after.remove(Dn::parse(QStringLiteral("CN=Connections,") + BranchRg).key()) == 1);
        QVERIFY2(after == before, qPrintable(DirectoryUnderTest::difference(before, after)));
    }
    // Back to the summary, which plans again with the container the directory has now.
    QVERIFY(back(&wizard)->isEnabled());
    back(&wizard)->click();
    QCOMPARE(wizard.currentId(), int(CreationWizard::Summary));
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard.summaryPage()->plan() && wizard.summaryPage()->plan()->changes.size() == 1, 5000);
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    QVERIFY(m_dir.exists(QStringLiteral("CN=SMTP Connector for EXBR1,CN=Connections,") + BranchRg));
}

void TestWizards::hostileNamesRoundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("specials") << QStringLiteral("Partner, \"EU\" + <2>; #1 = a\\b");
    QTest::newRow("spaces") << QStringLiteral(" leading and trailing ");
    QTest::newRow("non-ASCII") << QStringLiteral("Zürich–Genève");
    QTest::newRow("hash first") << QStringLiteral("#first");
}

void TestWizards::hostileNamesRoundTrip() {
    QFETCH(QString, name);
    QVERIFY(m_dir.open());
    NewConnectorWizard wizard(m_dir.session(), Dn::parse(FirstRg), {Dn::parse(vs(Gw1, 2))});
    wizard.show();
    typeInto(child<QLineEdit>(wizard.generalTab(), "nameEdit"), name);
    QCOMPARE(child<QLineEdit>(wizard.generalTab(), "nameEdit")->text(), name);
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QVERIFY(clickNext(&wizard));
    QVERIFY(waitForResult(&wizard));
    QVERIFY2(wizard.resultPage()->isWritten(), qPrintable(wizard.resultPage()->result().message));
    const Dn dn = Dn::parse(testsupport::demo::FirstRgConnections).child(QStringLiteral("CN"), name);
    const Entry created = m_dir.entry(dn.toString());
    QCOMPARE(created.string(QStringLiteral("cn")), name);
    QCOMPARE(Dn::parse(created.dn()).rdnValue(), name);
    QCOMPARE(Dn::parse(created.dn()), dn);
    // It arrives in the console under the same name.
    QTRY_VERIFY_WITH_TIMEOUT(m_dir.topology().find(dn), 5000);
    QCOMPARE(m_dir.topology().find(dn)->name(), name);
}

QTEST_MAIN(TestWizards)
#include "tst_wizards.moc"
