// Property sheets of SMTP connectors and virtual servers against a real slapd and a real Samba AD
// DC, each holding the demo organization: edits round-trip to the directory, a concurrent change by another
// client is detected and resolved (overwrite or reload), and bad input is refused at its field with nothing
// written. Every test starts its own directory, so each one begins from the demo data.

#include "AddressSpaceDialog.h"
#include "BindingDialog.h"
#include "BridgeheadChooserDialog.h"
#include "ConflictDialog.h"
#include "Connection.h"
#include "ConnectorAddressSpaceTab.h"
#include "ConnectorAdvancedTab.h"
#include "ConnectorContentRestrictionsTab.h"
#include "ConnectorGeneralTab.h"
#include "DemoOrganization.h"
#include "DetailsTab.h"
#include "DirectoryFixture.h"
#include "FieldMessage.h"
#include "GenericTab.h"
#include "NetworkIsolation.h"
#include "PropertySheet.h"
#include "RoutingGroupGeneralTab.h"
#include "ServerGeneralTab.h"
#include "TestServer.h"
#include "Topology.h"
#include "VirtualServerDeliveryTab.h"
#include "VirtualServerGeneralTab.h"
#include "VirtualServerMessagesTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <utility>

using namespace properties;
using directory::Dn;
using directory::Entry;
using testsupport::waitFor;
using widgets::FieldMessage;

namespace {

using testsupport::demo::FirstAg;
using testsupport::demo::FirstRgConnections;
using testsupport::demo::Gw1;
const QString InternetConnector =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + FirstRgConnections;
const QString PartnerConnector = QStringLiteral("CN=Partner Connector,") + FirstRgConnections;
const QString InternalConnector =
    QStringLiteral(
        "CN=Internal Domains Connector,CN=Connections,CN=Branch Routing Group,CN=Routing Groups,") +
    FirstAg;
const QString Gw1Vs1 = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + Gw1;
const QString Gw1Vs2 = QStringLiteral("CN=2,CN=SMTP,CN=Protocols,") + Gw1;
const QString Exmbx1Vs1 = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,CN=EXMBX1,CN=Servers,") + FirstAg;
const QString Exmbx1Vs2 = QStringLiteral("CN=2,CN=SMTP,CN=Protocols,CN=EXMBX1,CN=Servers,") + FirstAg;

// "attribute: value" lines, sorted, attribute names in lower case: compares entries with a readable diff.
// What Active Directory updates by itself on every write (its change number and time) is left out.
QStringList lines(const Entry &entry) {
    QStringList out;
    for (const directory::Attribute &attribute : entry.attributes())
        for (const QByteArray &value : attribute.values)
            if (attribute.name.compare(QLatin1String("uSNChanged"), Qt::CaseInsensitive) != 0 &&
                attribute.name.compare(QLatin1String("whenChanged"), Qt::CaseInsensitive) != 0)
                out << attribute.name.toLower() + QStringLiteral(": ") + QString::fromUtf8(value);
    out.sort();
    return out;
}

template <class T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

void typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void typeInto(QSpinBox *spin, int value) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

} // namespace

class TestProperties : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testsupport::TestServer::addRows(); }
    void init();
    void cleanup();

    // (a) edits round-trip to the directory
    void connectorSmartHostAndCostRoundTrip();
    void connectorBridgeheadsFlagsAndLimits();
    void connectorDnsRoutingRemovesSmartHost();
    void virtualServerBindingAndRecipientsRoundTrip();
    void missingMasterReplaced();
    // (b) a concurrent change by another client
    void conflictOverwrite();
    void conflictReload();
    void unrelatedConcurrentChangeIsKept();
    void deletedEntryReportsTheError();
    // (c) bad input refused at the field, nothing written
    void bareIpSmartHostRefused();
    void costOutsideRangeRefused();
    void bindingUsedByAnotherVirtualServerRefused();
    void emptyAddressSpaceListRefused();
    // robustness and the other kinds
    void survivesTheObjectLeavingTheTopology();
    void otherObjectsGetAReadOnlyGeneralTab();
    void lookOfTheSheets();

private:
    Entry readEntry(const QString &dn);
    std::unique_ptr<PropertySheet> openSheet(const QString &dn);

    std::unique_ptr<testsupport::TestServer> m_dir;
    std::unique_ptr<directory::Connection> m_connection;
    std::unique_ptr<topology::Topology> m_topology;
};

void TestProperties::init() {
    m_dir = std::make_unique<testsupport::TestServer>();
    QVERIFY(m_dir->startDemo(testsupport::TestServer::currentKind()));
    m_connection = std::make_unique<directory::Connection>();
    m_connection->setSettings(m_dir->adminSettings());
    m_topology = std::make_unique<topology::Topology>();

    directory::SearchRequest everything;
    everything.base = m_dir->demoBase();
    everything.scope = directory::SearchRequest::Scope::Subtree;
    directory::DirectoryReply *reply = m_connection->search(everything);
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
    m_topology->addEntries(reply->entries());
    reply->deleteLater();
    QVERIFY(m_topology->find(Dn::parse(InternetConnector)));
}

void TestProperties::cleanup() {
    m_connection.reset();
    m_topology.reset();
    m_dir.reset();
}

// The entry as the directory holds it now, read by a connection of its own.
Entry TestProperties::readEntry(const QString &dn) {
    directory::Connection reader;
    reader.setSettings(m_dir->adminSettings());
    directory::DirectoryReply *reply = reader.searchBase(dn);
    if (!waitFor(reply) || !reply->result().ok() || reply->entries().isEmpty())
        return Entry();
    return reply->entries().first();
}

std::unique_ptr<PropertySheet> TestProperties::openSheet(const QString &dn) {
    auto sheet = std::make_unique<PropertySheet>(m_connection.get(), m_topology.get(), Dn::parse(dn));
    sheet->show();
    return sheet;
}

// ---------------------------------------------------------------------------------------------------
// (a) round trips

void TestProperties::connectorSmartHostAndCostRoundTrip() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    QCOMPARE(sheet->windowTitle(), QStringLiteral("Internet Mail SMTP Connector (GW1) Properties"));
    QCOMPARE(sheet->tabWidget()->count(), 8);
    QStringList titles;
    for (int i = 0; i < sheet->tabWidget()->count(); ++i)
        titles << sheet->tabWidget()->tabText(i);
    QCOMPARE(titles,
             (QStringList{"General", "Address Space", "Connected Routing Groups", "Delivery Restrictions",
                          "Content Restrictions", "Delivery Options", "Advanced", "Details"}));
    QVERIFY(!sheet->applyButton()->isEnabled());

    auto *general = sheet->tab<ConnectorGeneralTab>();
    QVERIFY(child<QRadioButton>(general, "forwardRadio")->isChecked());
    auto *smartHost = child<QLineEdit>(general, "smartHostEdit");
    QCOMPARE(smartHost->text(), QStringLiteral("smarthost.example.net;[192.0.2.25]"));
    typeInto(smartHost, QStringLiteral("  relay.example.net;[192.0.2.7] "));
    QVERIFY(sheet->applyButton()->isEnabled());

    auto *spaces = sheet->tab<ConnectorAddressSpaceTab>();
    sheet->tabWidget()->setCurrentWidget(spaces);
    auto *list = child<QTreeWidget>(spaces, "addressSpaceList");
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(spaces, "editAddressSpaceButton")->click();
    AddressSpaceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = sheet->findChild<AddressSpaceDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "addressEdit")->text(), QStringLiteral("*"));
    typeInto(child<QSpinBox>(dialog, "costSpin"), 7);
    child<QPushButton>(dialog, "dialogOkButton")->click();
    QTRY_VERIFY(!sheet->findChild<AddressSpaceDialog *>());
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("7"));

    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->okButton()->click();
    QVERIFY(sheet->isSaving());
    QVERIFY(saved.wait());
    QTRY_VERIFY(!sheet->isVisible());
    QCOMPARE(sheet->result(), int(QDialog::Accepted));

    const Entry after = readEntry(InternetConnector);
    QCOMPARE(after.strings(QStringLiteral("msExchSmtpSmartHost")),
             QStringList{"relay.example.net;[192.0.2.7]"});
    QCOMPARE(after.strings(QStringLiteral("routingList")), QStringList{"SMTP:*;7"});
    // Nothing else was touched.
    Entry expected = before;
    expected.setStrings(QStringLiteral("msExchSmtpSmartHost"),
                        {QStringLiteral("relay.example.net;[192.0.2.7]")});
    expected.setStrings(QStringLiteral("routingList"), {QStringLiteral("SMTP:*;7")});
    QCOMPARE(lines(after), lines(expected));
}

void TestProperties::connectorBridgeheadsFlagsAndLimits() {
    const Entry before = readEntry(PartnerConnector);
    auto sheet = openSheet(PartnerConnector);
    auto *general = sheet->tab<ConnectorGeneralTab>();
    QVERIFY(child<QRadioButton>(general, "useDnsRadio")->isChecked());
    QVERIFY(!child<QLineEdit>(general, "smartHostEdit")->isEnabled());
    auto *bridgeheads = child<QTreeWidget>(general, "bridgeheadsList");
    QCOMPARE(bridgeheads->topLevelItemCount(), 2);
    // Active Directory keeps the values of a linked attribute in an order of its own.
    const QList<QTreeWidgetItem *> gw1Rows =
        bridgeheads->findItems(QStringLiteral("GW1"), Qt::MatchExactly, 0);
    QCOMPARE(gw1Rows.size(), 1);
    QCOMPARE(gw1Rows.first()->text(1), QStringLiteral("Internet SMTP Virtual Server"));

    // The chooser offers the routing group's virtual servers that are not bridgeheads yet.
    child<QPushButton>(general, "addBridgeheadButton")->click();
    BridgeheadChooserDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = sheet->findChild<BridgeheadChooserDialog *>()) != nullptr);
    auto *choices = child<QListWidget>(chooser, "bridgeheadChoices");
    QStringList offered;
    for (int i = 0; i < choices->count(); ++i)
        offered << choices->item(i)->text();
    offered.sort();
    QCOMPARE(offered, (QStringList{QStringLiteral("EXMBX1 – Client Submission SMTP Virtual Server"),
                                   QStringLiteral("GW1 – Default SMTP Virtual Server")}));
    const QList<QListWidgetItem *> gw1 =
        choices->findItems(QStringLiteral("GW1 – Default SMTP Virtual Server"), Qt::MatchExactly);
    QCOMPARE(gw1.size(), 1);
    gw1.first()->setSelected(true);
    child<QPushButton>(chooser, "dialogOkButton")->click();
    QTRY_VERIFY(!sheet->findChild<BridgeheadChooserDialog *>());
    QCOMPARE(bridgeheads->topLevelItemCount(), 3);

    // Advanced: HELO on, TLS (already set) stays; every other bit of the flag is kept.
    auto *advanced = sheet->tab<ConnectorAdvancedTab>();
    QVERIFY(child<QCheckBox>(advanced, "requireTlsCheck")->isChecked());
    QVERIFY(!child<QCheckBox>(advanced, "heloCheck")->isChecked());
    child<QCheckBox>(advanced, "heloCheck")->click();

    // Content restrictions: a limit in KB.
    auto *content = sheet->tab<ConnectorContentRestrictionsTab>();
    QVERIFY(!child<QCheckBox>(content, "limitMessageSizeCheck")->isChecked());
    child<QCheckBox>(content, "limitMessageSizeCheck")->click();
    typeInto(child<QSpinBox>(content, "messageSizeSpin"), 5120);

    // Details: the description, trimmed.
    auto *details = sheet->tab<DetailsTab>();
    QCOMPARE(child<QLineEdit>(details, "dnEdit")->text(), Dn::parse(PartnerConnector).toDisplayString());
    child<QPlainTextEdit>(details, "descriptionEdit")
        ->setPlainText(QStringLiteral("Partner mail\nover TLS  \n"));

    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->applyButton()->click();
    QVERIFY(saved.wait());
    QVERIFY(sheet->isVisible());                 // Apply keeps the sheet open …
    QVERIFY(!sheet->applyButton()->isEnabled()); // … with nothing left to apply

    const Entry after = readEntry(PartnerConnector);
    QCOMPARE(after.strings(QStringLiteral("msExchSourceBridgeheadServersDN")).size(), 3);
    QList<Dn> bridgeheadDns;
    for (const QString &v : after.strings(QStringLiteral("msExchSourceBridgeheadServersDN")))
        bridgeheadDns << Dn::parse(v);
    QVERIFY(bridgeheadDns.contains(Dn::parse(Gw1Vs1)));
    for (const QString &v : before.strings(QStringLiteral("msExchSourceBridgeheadServersDN")))
        QVERIFY(bridgeheadDns.contains(Dn::parse(v)));
    QCOMPARE(after.string(QStringLiteral("msExchSmtpOutboundSecurityFlag")), QString::number(0x400000 | 0x4));
    QCOMPARE(after.string(QStringLiteral("delivContLength")), QStringLiteral("5120"));
    QCOMPARE(after.string(QStringLiteral("adminDescription")), QStringLiteral("Partner mail\nover TLS"));
    QVERIFY(!after.has(QStringLiteral("msExchSmtpSmartHost")));
    QCOMPARE(after.strings(QStringLiteral("routingList")), before.strings(QStringLiteral("routingList")));
    QCOMPARE(lines(sheet->loadedEntry()), lines(after));
}

void TestProperties::connectorDnsRoutingRemovesSmartHost() {
    auto sheet = openSheet(InternalConnector);
    auto *general = sheet->tab<ConnectorGeneralTab>();
    QVERIFY(child<QRadioButton>(general, "forwardRadio")->isChecked());
    child<QRadioButton>(general, "useDnsRadio")->click();
    // The scope (Local:) is the connector's and survives an edit of the spaces.
    auto *spaces = sheet->tab<ConnectorAddressSpaceTab>();
    QVERIFY(child<QRadioButton>(spaces, "routingGroupScopeRadio")->isChecked());
    child<QPushButton>(spaces, "addAddressSpaceButton")->click();
    AddressSpaceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = sheet->findChild<AddressSpaceDialog *>()) != nullptr);
    typeInto(child<QLineEdit>(dialog, "addressEdit"), QStringLiteral("lab.example"));
    typeInto(child<QSpinBox>(dialog, "costSpin"), 3);
    child<QPushButton>(dialog, "dialogOkButton")->click();
    QTRY_VERIFY(!sheet->findChild<AddressSpaceDialog *>());

    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->okButton()->click();
    QVERIFY(saved.wait());
    const Entry after = readEntry(InternalConnector);
    QVERIFY(!after.has(QStringLiteral("msExchSmtpSmartHost")));
    QCOMPARE(after.strings(QStringLiteral("routingList")),
             (QStringList{"Local:SMTP:*.internal.example;5", "Local:SMTP:lab.example;3"}));
}

void TestProperties::missingMasterReplaced() {
    // The demo's Branch Routing Group names EXBR2 as its master: a server slapd never held, and one
    // deleted in AD, whose link reads there as "CN=EXBR2\0ADEL:<guid>,CN=Deleted Objects,…". The
    // sheet shows it by its name; choosing a member replaces it (AD matches the old value in the
    // delete only by the deleted server's GUID).
    const QString branch = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
    const QString exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + FirstAg;
    auto sheet = openSheet(branch);
    auto *general = sheet->tab<RoutingGroupGeneralTab>();
    QVERIFY(general);
    QComboBox *master = general->masterCombo();
    QCOMPARE(master->currentText(),
             m_dir->isActiveDirectory()
                 ? QStringLiteral("EXBR2 (deleted)")
                 : QStringLiteral("CN=EXBR2,CN=Servers,") + FirstAg + QStringLiteral(" (not a member)"));
    master->setCurrentIndex(master->findText(QStringLiteral("EXBR1")));
    QVERIFY(master->currentIndex() > 0);
    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    QVERIFY(sheet->apply());
    QVERIFY(saved.wait());
    QCOMPARE(Dn::parse(readEntry(branch).string(QStringLiteral("msExchRoutingMasterDN"))), Dn::parse(exbr1));
}

void TestProperties::virtualServerBindingAndRecipientsRoundTrip() {
    const Entry before = readEntry(Gw1Vs1);
    auto sheet = openSheet(Gw1Vs1);
    QCOMPARE(sheet->windowTitle(), QStringLiteral("Default SMTP Virtual Server Properties"));
    QCOMPARE(sheet->tabWidget()->count(), 5);

    auto *general = sheet->tab<VirtualServerGeneralTab>();
    auto *bindings = child<QTreeWidget>(general, "bindingsList");
    QCOMPARE(bindings->topLevelItemCount(), 1);
    QCOMPARE(bindings->headerItem()->text(0), QStringLiteral("IP address"));
    QCOMPARE(bindings->topLevelItem(0)->text(0), QStringLiteral("10.1.0.5"));
    QCOMPARE(bindings->topLevelItem(0)->text(1), QStringLiteral("25"));

    child<QPushButton>(general, "addBindingButton")->click();
    BindingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = sheet->findChild<BindingDialog *>()) != nullptr);
    auto *address = child<QComboBox>(dialog, "addressCombo");
    QCOMPARE(address->currentText(), QStringLiteral("(All Unassigned)"));
    // A bad address is refused in the dialog, at the field.
    typeInto(address->lineEdit(), QStringLiteral("10.9.9"));
    typeInto(child<QSpinBox>(dialog, "portSpin"), 2525);
    child<QPushButton>(dialog, "dialogOkButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(child<FieldMessage>(dialog, "addressComboMessage")->text().contains(QStringLiteral("10.9.9")));
    typeInto(address->lineEdit(), QStringLiteral("10.9.9.9"));
    QVERIFY(child<FieldMessage>(dialog, "addressComboMessage")->isHidden()); // cleared on edit
    child<QPushButton>(dialog, "dialogOkButton")->click();
    QTRY_VERIFY(!sheet->findChild<BindingDialog *>());
    QCOMPARE(bindings->topLevelItemCount(), 2);
    QCOMPARE(bindings->topLevelItem(1)->text(0), QStringLiteral("10.9.9.9"));
    QCOMPARE(bindings->topLevelItem(1)->text(1), QStringLiteral("2525"));

    auto *messages = sheet->tab<VirtualServerMessagesTab>();
    QVERIFY(child<QCheckBox>(messages, "limitRecipientsCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(messages, "maxRecipientsSpin")->value(), 64000);
    QCOMPARE(child<QSpinBox>(messages, "messageSizeSpin")->value(), 10240); // 10485760 bytes
    typeInto(child<QSpinBox>(messages, "maxRecipientsSpin"), 5000);

    auto *delivery = sheet->tab<VirtualServerDeliveryTab>();
    QCOMPARE(child<QSpinBox>(delivery, "outgoingPortSpin")->value(), 25);
    QVERIFY(child<QLabel>(delivery, "smartHostNote")->text().contains(QStringLiteral("connector")));

    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->okButton()->click();
    QVERIFY(saved.wait());
    QTRY_VERIFY(!sheet->isVisible());

    const Entry after = readEntry(Gw1Vs1);
    QStringList stored = after.strings(QStringLiteral("msExchServerBindings"));
    stored.sort();
    QCOMPARE(stored, (QStringList{"10.1.0.5:25:", "10.9.9.9:2525:"}));
    QCOMPARE(after.string(QStringLiteral("msExchSmtpMaxRecipients")), QStringLiteral("5000"));
    Entry expected = before;
    expected.setStrings(QStringLiteral("msExchServerBindings"),
                        after.strings(QStringLiteral("msExchServerBindings")));
    expected.setStrings(QStringLiteral("msExchSmtpMaxRecipients"), {QStringLiteral("5000")});
    QCOMPARE(lines(after), lines(expected));
}

// ---------------------------------------------------------------------------------------------------
// (b) concurrent changes

void TestProperties::conflictOverwrite() {
    auto sheet = openSheet(InternetConnector);
    QVERIFY(m_dir->ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchSmtpSmartHost\n"
                                             "msExchSmtpSmartHost: other.example.net\n-\n")
                                  .arg(InternetConnector)));
    typeInto(child<QLineEdit>(sheet->tab<ConnectorGeneralTab>(), "smartHostEdit"),
             QStringLiteral("mine.example.net"));

    QSignalSpy conflict(sheet.get(), &PropertySheet::conflictShown);
    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->applyButton()->click();
    QVERIFY(conflict.wait());
    auto *dialog = sheet->findChild<ConflictDialog *>(QStringLiteral("conflictDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTableWidget *table = dialog->table();
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("When you opened it"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString().toLower(),
             QStringLiteral("msexchsmtpsmarthost"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Smart hosts (msExchSmtpSmartHost)"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("smarthost.example.net;[192.0.2.25]"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("other.example.net"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("mine.example.net"));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(readEntry(InternetConnector).string(QStringLiteral("msExchSmtpSmartHost")),
             QStringLiteral("other.example.net"));

    child<QPushButton>(dialog, "overwriteButton")->click();
    QVERIFY(saved.wait());
    QCOMPARE(readEntry(InternetConnector).string(QStringLiteral("msExchSmtpSmartHost")),
             QStringLiteral("mine.example.net"));
    QVERIFY(sheet->isVisible());
    QCOMPARE(sheet->loadedEntry().string(QStringLiteral("msExchSmtpSmartHost")),
             QStringLiteral("mine.example.net"));
}

void TestProperties::conflictReload() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    QVERIFY(m_dir->ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchSmtpSmartHost\n"
                                             "msExchSmtpSmartHost: other.example.net\n-\n")
                                  .arg(InternetConnector)));
    auto *smartHost = child<QLineEdit>(sheet->tab<ConnectorGeneralTab>(), "smartHostEdit");
    typeInto(smartHost, QStringLiteral("mine.example.net"));
    // A second edit on another tab: Reload discards it too.
    auto *content = sheet->tab<ConnectorContentRestrictionsTab>();
    typeInto(child<QSpinBox>(content, "messageSizeSpin"), 999);

    QSignalSpy conflict(sheet.get(), &PropertySheet::conflictShown);
    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->applyButton()->click();
    QVERIFY(conflict.wait());
    auto *dialog = sheet->findChild<ConflictDialog *>(QStringLiteral("conflictDialog"));
    QVERIFY(dialog);
    child<QPushButton>(dialog, "reloadButton")->click();
    QTRY_VERIFY(!sheet->findChild<ConflictDialog *>());

    QCOMPARE(smartHost->text(), QStringLiteral("other.example.net"));
    QCOMPARE(child<QSpinBox>(content, "messageSizeSpin")->value(), 20480);
    QVERIFY(!sheet->applyButton()->isEnabled());
    QCOMPARE(saved.count(), 0);
    Entry expected = before;
    expected.setStrings(QStringLiteral("msExchSmtpSmartHost"), {QStringLiteral("other.example.net")});
    QCOMPARE(lines(readEntry(InternetConnector)), lines(expected));

    // OK with nothing changed since the reload closes without writing.
    sheet->okButton()->click();
    QTRY_VERIFY(!sheet->isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(lines(readEntry(InternetConnector)), lines(expected));
}

void TestProperties::unrelatedConcurrentChangeIsKept() {
    auto sheet = openSheet(InternetConnector);
    QVERIFY(m_dir->ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: adminDescription\n"
                                             "adminDescription: changed elsewhere\n-\n")
                                  .arg(InternetConnector)));
    typeInto(child<QLineEdit>(sheet->tab<ConnectorGeneralTab>(), "smartHostEdit"),
             QStringLiteral("[192.0.2.99]"));
    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    QSignalSpy conflict(sheet.get(), &PropertySheet::conflictShown);
    sheet->okButton()->click();
    QVERIFY(saved.wait());
    QCOMPARE(conflict.count(), 0);
    const Entry after = readEntry(InternetConnector);
    QCOMPARE(after.string(QStringLiteral("msExchSmtpSmartHost")), QStringLiteral("[192.0.2.99]"));
    QCOMPARE(after.string(QStringLiteral("adminDescription")), QStringLiteral("changed elsewhere"));
}

void TestProperties::deletedEntryReportsTheError() {
    auto sheet = openSheet(InternalConnector);
    QVERIFY(m_dir->ldapmodify(QStringLiteral("dn: %1\nchangetype: delete\n").arg(InternalConnector)));
    auto *details = sheet->tab<DetailsTab>();
    child<QPlainTextEdit>(details, "descriptionEdit")->setPlainText(QStringLiteral("gone meanwhile"));
    QSignalSpy failed(sheet.get(), &PropertySheet::saveFailed);
    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->applyButton()->click();
    QVERIFY(failed.wait());
    QCOMPARE(saved.count(), 0);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = sheet->findChild<QMessageBox *>(QStringLiteral("saveErrorBox"))) != nullptr);
    QVERIFY(box->isVisible());
    box->button(QMessageBox::Ok)->click();
    // The user's edit is still there to copy or retry.
    QVERIFY(!sheet->isSaving());
    QCOMPARE(child<QPlainTextEdit>(details, "descriptionEdit")->toPlainText(),
             QStringLiteral("gone meanwhile"));
    QVERIFY(sheet->applyButton()->isEnabled());
    QVERIFY(readEntry(InternalConnector).dn().isEmpty());
}

// ---------------------------------------------------------------------------------------------------
// (c) refused input

void TestProperties::bareIpSmartHostRefused() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    // A valid change on another tab is not written either while one tab is invalid.
    auto *content = sheet->tab<ConnectorContentRestrictionsTab>();
    typeInto(child<QSpinBox>(content, "messageSizeSpin"), 4096);
    sheet->tabWidget()->setCurrentWidget(content);

    auto *general = sheet->tab<ConnectorGeneralTab>();
    typeInto(child<QLineEdit>(general, "smartHostEdit"), QStringLiteral("10.0.0.1"));
    sheet->okButton()->click();
    QVERIFY(sheet->isVisible());
    QVERIFY(!sheet->isSaving());
    QCOMPARE(sheet->tabWidget()->currentWidget(), general);
    auto *message = child<FieldMessage>(general, "smartHostEditMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Put IP addresses in square brackets: [10.0.0.1]"));
    QCOMPARE(lines(readEntry(InternetConnector)), lines(before));

    // The forward option with no smart host is refused too.
    typeInto(child<QLineEdit>(general, "smartHostEdit"), QString());
    QVERIFY(message->isHidden()); // cleared as soon as the field is edited
    sheet->applyButton()->click();
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("Use DNS")));
    QCOMPARE(lines(readEntry(InternetConnector)), lines(before));

    // The same rule on a virtual server's smart host.
    const Entry vsBefore = readEntry(Gw1Vs1);
    auto vsSheet = openSheet(Gw1Vs1);
    auto *delivery = vsSheet->tab<VirtualServerDeliveryTab>();
    typeInto(child<QLineEdit>(delivery, "smartHostEdit"), QStringLiteral("10.0.0.1"));
    vsSheet->okButton()->click();
    QCOMPARE(vsSheet->tabWidget()->currentWidget(), delivery);
    QCOMPARE(child<FieldMessage>(delivery, "smartHostEditMessage")->text(),
             QStringLiteral("Put IP addresses in square brackets: [10.0.0.1]"));
    QCOMPARE(lines(readEntry(Gw1Vs1)), lines(vsBefore));

    // Fixed, it is written with the smart host type.
    typeInto(child<QLineEdit>(delivery, "smartHostEdit"), QStringLiteral("[10.0.0.1]"));
    QSignalSpy saved(vsSheet.get(), &PropertySheet::saved);
    vsSheet->okButton()->click();
    QVERIFY(saved.wait());
    const Entry vsAfter = readEntry(Gw1Vs1);
    QCOMPARE(vsAfter.string(QStringLiteral("msExchSmtpSmartHost")), QStringLiteral("[10.0.0.1]"));
    QCOMPARE(vsAfter.string(QStringLiteral("msExchSmtpSmartHostType")), QStringLiteral("2"));
}

void TestProperties::costOutsideRangeRefused() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    auto *spaces = sheet->tab<ConnectorAddressSpaceTab>();
    sheet->tabWidget()->setCurrentWidget(spaces);
    auto *list = child<QTreeWidget>(spaces, "addressSpaceList");
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(spaces, "editAddressSpaceButton")->click();
    AddressSpaceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = sheet->findChild<AddressSpaceDialog *>()) != nullptr);
    auto *cost = child<QSpinBox>(dialog, "costSpin");
    auto *message = child<FieldMessage>(dialog, "costSpinMessage");

    for (int bad : {0, 101}) {
        typeInto(cost, bad);
        QCOMPARE(cost->value(), bad);
        child<QPushButton>(dialog, "dialogOkButton")->click();
        QVERIFY2(dialog->isVisible(), "the dialog stays open");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("The cost must be a whole number from 1 to 100."));
    }
    // The address is checked at its own field as well.
    typeInto(cost, 5);
    typeInto(child<QLineEdit>(dialog, "addressEdit"), QStringLiteral("user@contoso.com"));
    child<QPushButton>(dialog, "dialogOkButton")->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(message->isHidden());
    QCOMPARE(child<FieldMessage>(dialog, "addressEditMessage")->text(),
             topology::AddressSpace::validateSmtpPattern(QStringLiteral("user@contoso.com")));

    child<QPushButton>(dialog, "dialogCancelButton")->click();
    QTRY_VERIFY(!sheet->findChild<AddressSpaceDialog *>());
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("1"));

    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->okButton()->click(); // nothing changed: closes without writing
    QTRY_VERIFY(!sheet->isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(lines(readEntry(InternetConnector)), lines(before));
}

void TestProperties::bindingUsedByAnotherVirtualServerRefused() {
    const Entry before = readEntry(Gw1Vs1);
    auto sheet = openSheet(Gw1Vs1);
    auto *general = sheet->tab<VirtualServerGeneralTab>();
    auto *bindings = child<QTreeWidget>(general, "bindingsList");
    auto *message = child<FieldMessage>(general, "bindingsListMessage");
    const auto addBinding = [&](const QString &address, int port) {
        child<QPushButton>(general, "addBindingButton")->click();
        BindingDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = sheet->findChild<BindingDialog *>()) != nullptr);
        typeInto(child<QComboBox>(dialog, "addressCombo")->lineEdit(), address);
        typeInto(child<QSpinBox>(dialog, "portSpin"), port);
        child<QPushButton>(dialog, "dialogOkButton")->click();
        QTRY_VERIFY(!sheet->findChild<BindingDialog *>());
    };

    addBinding(QStringLiteral("198.51.100.25"), 25); // GW1's Internet SMTP Virtual Server listens there
    QCOMPARE(bindings->topLevelItemCount(), 2);
    QVERIFY(message->isVisible()); // said at once, not only on OK
    sheet->tabWidget()->setCurrentIndex(2);
    sheet->okButton()->click();
    QVERIFY(sheet->isVisible());
    QCOMPARE(sheet->tabWidget()->currentWidget(), general);
    QVERIFY(message->isVisible());
    QCOMPARE(
        message->text(),
        QStringLiteral("198.51.100.25:25 is already used by “Internet SMTP Virtual Server” on this server."));
    QCOMPARE(lines(readEntry(Gw1Vs1)), lines(before));

    // A duplicate within the list is refused as well.
    bindings->setCurrentItem(bindings->topLevelItem(1));
    child<QPushButton>(general, "removeBindingButton")->click();
    QVERIFY(message->isHidden());
    addBinding(QStringLiteral("10.1.0.5"), 25);
    sheet->applyButton()->click();
    QCOMPARE(message->text(), QStringLiteral("10.1.0.5:25 is listed more than once."));
    QCOMPARE(lines(readEntry(Gw1Vs1)), lines(before));

    // So is an empty list.
    while (bindings->topLevelItemCount() > 0) {
        bindings->setCurrentItem(bindings->topLevelItem(0));
        child<QPushButton>(general, "removeBindingButton")->click();
    }
    sheet->okButton()->click();
    QVERIFY(sheet->isVisible());
    QVERIFY(message->text().startsWith(QStringLiteral("Add at least one")));
    QCOMPARE(lines(readEntry(Gw1Vs1)), lines(before));

    // A sibling on all unassigned addresses takes the port everywhere: EXMBX1's second virtual server
    // listens on :587.
    const Entry exmbxBefore = readEntry(Exmbx1Vs1);
    auto exmbx = openSheet(Exmbx1Vs1);
    auto *exmbxGeneral = exmbx->tab<VirtualServerGeneralTab>();
    auto *exmbxMessage = child<FieldMessage>(exmbxGeneral, "bindingsListMessage");
    child<QPushButton>(exmbxGeneral, "addBindingButton")->click();
    BindingDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = exmbx->findChild<BindingDialog *>()) != nullptr);
    typeInto(child<QComboBox>(dialog, "addressCombo")->lineEdit(), QStringLiteral("10.1.0.7"));
    typeInto(child<QSpinBox>(dialog, "portSpin"), 587);
    child<QPushButton>(dialog, "dialogOkButton")->click();
    QTRY_VERIFY(!exmbx->findChild<BindingDialog *>());
    QVERIFY(!exmbxGeneral->isComplete());
    exmbx->okButton()->click();
    QCOMPARE(exmbxMessage->text(),
             QStringLiteral("10.1.0.7:587 is already used by “Client Submission SMTP Virtual Server” on this "
                            "server, which listens on port 587 of all unassigned addresses."));
    QCOMPARE(lines(readEntry(Exmbx1Vs1)), lines(exmbxBefore));
}

void TestProperties::emptyAddressSpaceListRefused() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    auto *spaces = sheet->tab<ConnectorAddressSpaceTab>();
    sheet->tabWidget()->setCurrentWidget(spaces);
    auto *list = child<QTreeWidget>(spaces, "addressSpaceList");
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(spaces, "removeAddressSpaceButton")->click();
    QCOMPARE(list->topLevelItemCount(), 0);

    sheet->tabWidget()->setCurrentIndex(0);
    sheet->okButton()->click();
    QVERIFY(sheet->isVisible());
    QCOMPARE(sheet->tabWidget()->currentWidget(), spaces);
    auto *message = child<FieldMessage>(spaces, "addressSpaceListMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(
        message->text(),
        QStringLiteral("Add at least one address space. Use SMTP with address * for all Internet mail."));
    QCOMPARE(lines(readEntry(InternetConnector)), lines(before));
}

// ---------------------------------------------------------------------------------------------------

void TestProperties::survivesTheObjectLeavingTheTopology() {
    auto sheet = openSheet(InternetConnector);
    m_topology->clear(); // as after a reconnect, or the object deleted and reported by the change feed
    auto *details = sheet->tab<DetailsTab>();
    child<QPlainTextEdit>(details, "descriptionEdit")->setPlainText(QStringLiteral("still editable"));
    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->applyButton()->click();
    QVERIFY(saved.wait());
    QCOMPARE(readEntry(InternetConnector).string(QStringLiteral("adminDescription")),
             QStringLiteral("still editable"));
    m_topology.reset(); // even the topology itself may go
    child<QPlainTextEdit>(details, "descriptionEdit")->setPlainText(QStringLiteral("and again"));
    sheet->okButton()->click();
    QVERIFY(saved.wait());
    QCOMPARE(readEntry(InternetConnector).string(QStringLiteral("adminDescription")),
             QStringLiteral("and again"));

    // A sheet for a DN the topology does not know says so and closes on OK.
    topology::Topology empty;
    PropertySheet unknown(m_connection.get(), &empty, Dn::parse(InternetConnector));
    unknown.show();
    QCOMPARE(unknown.tabs().size(), 0);
    unknown.okButton()->click();
    QTRY_VERIFY(!unknown.isVisible());
}

void TestProperties::otherObjectsGetAReadOnlyGeneralTab() {
    // A server shows its real fields, not an attribute dump, and ends with Details like every sheet.
    auto sheet = openSheet(Gw1);
    QCOMPARE(sheet->windowTitle(), QStringLiteral("GW1 Properties"));
    QCOMPARE(sheet->tabs().size(), 2);
    QVERIFY(!sheet->tab<GenericTab>());
    auto *general = sheet->tab<ServerGeneralTab>();
    QVERIFY(general);
    QCOMPARE(general->title(), QStringLiteral("General"));
    QVERIFY(child<QLabel>(general, "versionLabel")->text().startsWith(QStringLiteral("Version 6.5")));
    QCOMPARE(child<QLabel>(general, "routingGroupLabel")->text(), QStringLiteral("First Routing Group"));
    QCOMPARE(general->roleLabel()->text(), QStringLiteral("Member")); // EXMBX1 is the master
    QCOMPARE(general->virtualServers()->topLevelItemCount(), 2);
    auto *details = sheet->tab<DetailsTab>();
    QCOMPARE(child<QLabel>(general, "descriptionLabel")->text(), QStringLiteral("Internet gateway (HQ)"));
    QCOMPARE(Dn::parse(child<QLineEdit>(details, "dnEdit")->text()), Dn::parse(Gw1));
    QSignalSpy saved(sheet.get(), &PropertySheet::saved);
    sheet->okButton()->click();
    QTRY_VERIFY(!sheet->isVisible());
    QCOMPARE(saved.count(), 0);
}

// Renders both sheets (every tab), a refused field, the dialogs and the conflict the way a person sees
// them. With BRIDGEHEAD_SCREENSHOT_DIR set the pictures are saved there for a look; nothing is written
// otherwise.
void TestProperties::lookOfTheSheets() {
    const QString dir = qEnvironmentVariable("BRIDGEHEAD_SCREENSHOT_DIR");
    // What a person checks: every label, button and field shown lies inside the window and gets the
    // room it asks for, so nothing is cut off.
    const auto snap = [&dir](QWidget *widget, const QString &name) {
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        const QRect window = widget->rect();
        for (QWidget *w : widget->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(widget) ||
                !(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                  qobject_cast<QLineEdit *>(w)))
                continue;
            const QRect inWindow(w->mapTo(widget, QPoint(0, 0)), w->size());
            QVERIFY2(window.contains(inWindow), qPrintable(name + QStringLiteral(": ") + w->objectName() +
                                                           QStringLiteral(" lies outside the window")));
            const auto *label = qobject_cast<QLabel *>(w);
            if (!label || !label->wordWrap())
                QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                         qPrintable(name + QStringLiteral(": ") + w->objectName() +
                                    QStringLiteral(" is cut off")));
        }
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    };
    for (const auto &[dn, name] : {std::pair{InternetConnector, QStringLiteral("connector")},
                                   std::pair{Gw1Vs1, QStringLiteral("vs")}}) {
        auto sheet = openSheet(dn);
        for (int i = 0; i < sheet->tabWidget()->count(); ++i) {
            sheet->tabWidget()->setCurrentIndex(i);
            snap(sheet.get(), QStringLiteral("sheet-%1-%2").arg(name).arg(i));
        }
    }

    auto sheet = openSheet(InternetConnector);
    typeInto(child<QLineEdit>(sheet->tab<ConnectorGeneralTab>(), "smartHostEdit"),
             QStringLiteral("10.0.0.1"));
    sheet->okButton()->click();
    snap(sheet.get(), QStringLiteral("refused-smart-host"));

    auto *spaces = sheet->tab<ConnectorAddressSpaceTab>();
    sheet->tabWidget()->setCurrentWidget(spaces);
    child<QTreeWidget>(spaces, "addressSpaceList")
        ->setCurrentItem(child<QTreeWidget>(spaces, "addressSpaceList")->topLevelItem(0));
    child<QPushButton>(spaces, "editAddressSpaceButton")->click();
    AddressSpaceDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = sheet->findChild<AddressSpaceDialog *>()) != nullptr);
    typeInto(child<QSpinBox>(dialog, "costSpin"), 101);
    child<QPushButton>(dialog, "dialogOkButton")->click();
    snap(dialog, QStringLiteral("refused-cost"));
    child<QPushButton>(dialog, "dialogCancelButton")->click();
    QTRY_VERIFY(!sheet->findChild<AddressSpaceDialog *>());

    auto vs = openSheet(Gw1Vs1);
    child<QPushButton>(vs->tab<VirtualServerGeneralTab>(), "addBindingButton")->click();
    BindingDialog *binding = nullptr;
    QTRY_VERIFY((binding = vs->findChild<BindingDialog *>()) != nullptr);
    typeInto(child<QComboBox>(binding, "addressCombo")->lineEdit(), QStringLiteral("198.51.100.25"));
    snap(binding, QStringLiteral("binding-dialog"));
    child<QPushButton>(binding, "dialogOkButton")->click();
    QTRY_VERIFY(!vs->findChild<BindingDialog *>());
    vs->okButton()->click();
    snap(vs.get(), QStringLiteral("refused-binding"));

    typeInto(child<QLineEdit>(sheet->tab<ConnectorGeneralTab>(), "smartHostEdit"),
             QStringLiteral("mine.example.net"));
    QVERIFY(m_dir->ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchSmtpSmartHost\n"
                                             "msExchSmtpSmartHost: other.example.net\n-\n")
                                  .arg(InternetConnector)));
    QSignalSpy conflict(sheet.get(), &PropertySheet::conflictShown);
    sheet->applyButton()->click();
    QVERIFY(conflict.wait());
    snap(sheet->findChild<ConflictDialog *>(), QStringLiteral("conflict"));
}

BRIDGEHEAD_TEST_MAIN(TestProperties)
#include "tst_properties.moc"
