// The property tabs added toward ESM's, against a real slapd holding the demo organization: each new
// field round-trips to the directory, is refused at the field with the reason (nothing written) when
// out of range or malformed, and is written in one modify that asserts the values the user loaded.
// Every function starts its own directory.

#include "ConnectedRoutingGroupDialog.h"
#include "Connection.h"
#include "ConnectorAdvancedTab.h"
#include "ConnectorConnectedRoutingGroupsTab.h"
#include "ConnectorContentRestrictionsTab.h"
#include "ConnectorDeliveryOptionsTab.h"
#include "ConnectorDeliveryRestrictionsTab.h"
#include "DemoOrganization.h"
#include "DetailsTab.h"
#include "DirectoryFixture.h"
#include "DnEntryDialog.h"
#include "DnListBox.h"
#include "DurationField.h"
#include "FieldMessage.h"
#include "IpAccessEntryDialog.h"
#include "IpAccessListBox.h"
#include "NumberField.h"
#include "OutboundSecurityBox.h"
#include "PropertySheet.h"
#include "RoutingGroupConnectorGeneralTab.h"
#include "RoutingGroupGeneralTab.h"
#include "ScheduleChooser.h"
#include "ScheduleDialog.h"
#include "ScheduleGrid.h"
#include "Topology.h"
#include "VirtualServerAccessTab.h"
#include "VirtualServerDeliveryTab.h"
#include "VirtualServerMessagesTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace properties;
using directory::Dn;
using directory::Entry;
using testsupport::waitFor;
using topology::ConnectionSchedule;

namespace {

using testsupport::demo::FirstAg;
using testsupport::demo::FirstRg;
using testsupport::demo::FirstRgConnections;
using testsupport::demo::Gw1;
const QString InternetConnector =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + FirstRgConnections;
const QString RoutingGroupConnector = QStringLiteral("CN=First RG to Europe RG,") + FirstRgConnections;
const QString Gw1Vs1 = QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + Gw1;

template <class T> T *child(QObject *parent, const QString &name) {
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
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

void choose(QComboBox *combo, const QString &text) {
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

QString shown(const widgets::FieldMessage *message) {
    return message && message->isVisibleTo(message->window()) ? message->text() : QString();
}

// A picture of the sheet as loaded, named after the test, when BRIDGEHEAD_SHEET_SCREENSHOTS names a
// folder (run under Xvfb with QT_QPA_PLATFORM=xcb to look at it: tests/tools/sheet-screenshots.sh).
void picture(QWidget *sheet) {
    const QString folder = qEnvironmentVariable("BRIDGEHEAD_SHEET_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    sheet->grab().save(
        QDir(folder).filePath(QLatin1String(QTest::currentTestFunction()) + QStringLiteral(".png")));
}

} // namespace

class TestPropertyTabs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void deliveryOptionsRoundTrip();
    void deliveryOptionsRefusedAtTheField();
    void scheduleGridTakesADrag();
    void deliveryRestrictionsRoundTrip();
    void connectedRoutingGroupsRoundTrip();
    void connectorAdvancedRoundTrip();
    void contentRestrictionsRefuseOutOfRange();
    void virtualServerAccessRoundTrip();
    void unreadableAccessListIsKept();
    void virtualServerMessagesRoundTrip();
    void virtualServerDeliveryRoundTrip();
    void virtualServerDeliveryRefusedAtTheField();
    void routingGroupMasterAndConnectorCost();
    void detailsShowWhenCreatedAndChanged();
    void newFieldsAssertWhatWasLoaded_data();
    void newFieldsAssertWhatWasLoaded();

private:
    Entry readEntry(const QString &dn);
    std::unique_ptr<PropertySheet> openSheet(const QString &dn);
    // Apply, and wait until the write has been read back.
    bool applyAndWait(PropertySheet *sheet);

    std::unique_ptr<testsupport::DirectoryFixture> m_dir;
    std::unique_ptr<directory::Connection> m_connection;
    std::unique_ptr<topology::Topology> m_topology;
};

void TestPropertyTabs::init() {
    m_dir = std::make_unique<testsupport::DirectoryFixture>();
    QVERIFY(m_dir->startDemo());
    m_connection = std::make_unique<directory::Connection>();
    m_connection->setSettings((*m_dir)->adminSettings());
    m_topology = std::make_unique<topology::Topology>();
    directory::SearchRequest everything;
    everything.base = (*m_dir)->suffix();
    directory::DirectoryReply *reply = m_connection->search(everything);
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
    m_topology->addEntries(reply->entries());
    reply->deleteLater();
}

void TestPropertyTabs::cleanup() {
    m_connection.reset();
    m_topology.reset();
    m_dir.reset();
}

Entry TestPropertyTabs::readEntry(const QString &dn) {
    directory::Connection reader;
    reader.setSettings((*m_dir)->adminSettings());
    directory::DirectoryReply *reply = reader.searchBase(dn);
    if (!waitFor(reply) || !reply->result().ok() || reply->entries().isEmpty())
        return Entry();
    return reply->entries().first();
}

std::unique_ptr<PropertySheet> TestPropertyTabs::openSheet(const QString &dn) {
    auto sheet = std::make_unique<PropertySheet>(m_connection.get(), m_topology.get(), Dn::parse(dn));
    sheet->show();
    // Active, so the field the sheet sends the user to really has the focus.
    sheet->activateWindow();
    if (!QTest::qWaitForWindowActive(sheet.get()))
        qWarning("the sheet did not become active");
    return sheet;
}

bool TestPropertyTabs::applyAndWait(PropertySheet *sheet) {
    QSignalSpy saved(sheet, &PropertySheet::saved);
    QSignalSpy failed(sheet, &PropertySheet::saveFailed);
    if (!sheet->apply())
        return false;
    return saved.wait(10000) || (!saved.isEmpty() && failed.isEmpty());
}

void TestPropertyTabs::deliveryOptionsRoundTrip() {
    auto sheet = openSheet(InternetConnector);
    auto *tab = sheet->tab<ConnectorDeliveryOptionsTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    QCOMPARE(tab->schedule()->combo()->currentText(), QStringLiteral("Always run")); // nothing stored yet
    choose(tab->schedule()->combo(), QStringLiteral("Run every 2 hours"));
    tab->findChild<QCheckBox *>(QStringLiteral("oversizeCheck"))->setChecked(true);
    typeInto(child<QSpinBox>(tab, QStringLiteral("oversizeSpin")), 5000);
    ConnectionSchedule night = ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Custom);
    for (int slot = 4; slot < 8; ++slot) // Sunday 01:00 to 02:00
        night.set(0, slot, true);
    tab->oversizeSchedule()->setCustomSchedule(night);
    QVERIFY(sheet->applyButton()->isEnabled());
    QVERIFY(applyAndWait(sheet.get()));

    const Entry e = readEntry(InternetConnector);
    QCOMPARE(e.string(QStringLiteral("activationStyle")), QStringLiteral("1"));
    QCOMPARE(e.values(QStringLiteral("activationSchedule")).value(0),
             ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Every2Hours).gridValue());
    QCOMPARE(e.values(QStringLiteral("activationSchedule")).value(0).size(), 84);
    QCOMPARE(e.string(QStringLiteral("messageSizeLimit")), QStringLiteral("5000"));
    QCOMPARE(e.string(QStringLiteral("msExchRoutingOversizedStyle")), QStringLiteral("1"));
    QCOMPARE(e.values(QStringLiteral("msExchRoutingOversizedSchedule")).value(0), night.gridValue());

    // A new sheet reads it back as chosen.
    auto again = openSheet(InternetConnector);
    m_topology->addEntries({e});
    again = openSheet(InternetConnector);
    auto *reread = again->tab<ConnectorDeliveryOptionsTab>();
    QCOMPARE(reread->schedule()->combo()->currentText(), QStringLiteral("Run every 2 hours"));
    QVERIFY(reread->findChild<QCheckBox *>(QStringLiteral("oversizeCheck"))->isChecked());
    QCOMPARE(reread->oversizeSchedule()->combo()->currentText(), QStringLiteral("Use custom schedule"));
    QVERIFY(reread->oversizeSchedule()->schedule()->isSet(0, 5));

    // Never run, and no different times for oversize mail: the style says so, the grids go.
    choose(reread->schedule()->combo(), QStringLiteral("Never run"));
    reread->findChild<QCheckBox *>(QStringLiteral("oversizeCheck"))->setChecked(false);
    QVERIFY(applyAndWait(again.get()));
    const Entry after = readEntry(InternetConnector);
    QCOMPARE(after.string(QStringLiteral("activationStyle")), QStringLiteral("0"));
    QVERIFY(!after.has(QStringLiteral("activationSchedule")));
    QVERIFY(!after.has(QStringLiteral("msExchRoutingOversizedStyle")));
    QVERIFY(!after.has(QStringLiteral("messageSizeLimit")));
}

void TestPropertyTabs::deliveryOptionsRefusedAtTheField() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    auto *tab = sheet->tab<ConnectorDeliveryOptionsTab>();
    // A custom schedule with no time in it.
    tab->schedule()->setCustomSchedule(ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Custom));
    QVERIFY(!sheet->apply());
    QCOMPARE(sheet->tabWidget()->currentWidget(), tab);
    QVERIFY2(shown(tab->schedule()->message()).contains(QStringLiteral("Select at least one time")),
             qPrintable(tab->schedule()->message()->text()));
    choose(tab->schedule()->combo(), QStringLiteral("Always run"));
    // An oversize threshold out of range.
    tab->findChild<QCheckBox *>(QStringLiteral("oversizeCheck"))->setChecked(true);
    auto *threshold = child<widgets::NumberField>(tab, QStringLiteral("oversizeSpin"));
    typeInto(threshold, 0);
    QVERIFY(!sheet->apply());
    QCOMPARE(shown(child<widgets::FieldMessage>(tab, QStringLiteral("oversizeSpinMessage"))),
             QStringLiteral("Enter a size from 1 to 2,097,151 KB."));
    QVERIFY(threshold->hasFocus());
    QCOMPARE(readEntry(InternetConnector), before);
}

void TestPropertyTabs::scheduleGridTakesADrag() {
    ScheduleDialog dialog(ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::Custom));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ScheduleGrid *grid = dialog.grid();
    // OK with nothing chosen is refused in the dialog.
    dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("scheduleMessage"))->isVisible());
    // Drag from Monday 09:00 to Friday 16:00 (the cell of 16:00–17:00).
    const auto cellCenter = [grid](int day, int hour) {
        const int left = 90, top = 18, row = 20;
        const double cell = double(grid->width() - left - 1) / 24;
        return QPoint(left + int((hour + 0.5) * cell), top + day * row + row / 2);
    };
    QTest::mousePress(grid, Qt::LeftButton, Qt::NoModifier, cellCenter(1, 9));
    QTest::mouseMove(grid, cellCenter(5, 16));
    QTest::mouseRelease(grid, Qt::LeftButton, Qt::NoModifier, cellCenter(5, 16));
    const ConnectionSchedule s = dialog.schedule();
    QVERIFY(s.isSet(1, 9 * 4));
    QVERIFY(s.isSet(5, 16 * 4 + 3));
    QVERIFY(s.isSet(3, 12 * 4));
    QVERIFY(!s.isSet(0, 12 * 4)); // Sunday untouched
    QVERIFY(!s.isSet(1, 8 * 4 + 3));
    QVERIFY(!s.isSet(5, 17 * 4));
    dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestPropertyTabs::deliveryRestrictionsRoundTrip() {
    auto sheet = openSheet(InternetConnector);
    auto *tab = sheet->tab<ConnectorDeliveryRestrictionsTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    QVERIFY(tab->acceptedRadio()->isChecked());
    const QString relay = QStringLiteral("CN=Partner Relay,OU=Contacts,DC=example,DC=com");
    const QString spammer = QStringLiteral("CN=Old Sender,OU=Contacts,DC=example,DC=com");

    // Add… takes a DN typed in its own dialog, refusing what is not one at the field.
    tab->acceptList()->addButton()->click();
    DnEntryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab->findChild<DnEntryDialog *>()) && dialog->isVisible());
    typeInto(dialog->edit(), QStringLiteral("Partner Relay"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(shown(child<widgets::FieldMessage>(dialog, QStringLiteral("dnEditMessage")))
                 .contains(QStringLiteral("not a distinguished name")),
             qPrintable(child<widgets::FieldMessage>(dialog, QStringLiteral("dnEditMessage"))->text()));
    typeInto(dialog->edit(), relay);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!tab->findChild<DnEntryDialog *>());
    QCOMPARE(tab->acceptList()->list()->count(), 1);
    // The same sender cannot be on both lists.
    QVERIFY2(tab->rejectList()->addDn(relay).contains(QStringLiteral("accept list")), "");
    QVERIFY(tab->rejectList()->addDn(spammer).isEmpty());
    tab->rejectedRadio()->setChecked(true);
    QVERIFY(applyAndWait(sheet.get()));

    const Entry e = readEntry(InternetConnector);
    QCOMPARE(e.string(QStringLiteral("dLMemDefault")), QStringLiteral("1"));
    QCOMPARE(Dn::parse(e.string(QStringLiteral("authOrig"))), Dn::parse(relay));
    QCOMPARE(Dn::parse(e.string(QStringLiteral("unauthOrig"))), Dn::parse(spammer));

    // Rejected by default with nobody accepted would stop all mail: refused at the list.
    m_topology->addEntries({e});
    auto again = openSheet(InternetConnector);
    auto *reread = again->tab<ConnectorDeliveryRestrictionsTab>();
    QVERIFY(reread->rejectedRadio()->isChecked());
    QCOMPARE(reread->acceptList()->values(QStringLiteral("authOrig")).size(), 1);
    reread->acceptList()->list()->setCurrentRow(0);
    reread->acceptList()->list()->item(0)->setSelected(true);
    reread->acceptList()->removeButton()->click();
    QVERIFY(!again->apply());
    QVERIFY(shown(reread->acceptList()->message()).contains(QStringLiteral("list the senders to accept")));
    QCOMPARE(readEntry(InternetConnector), e);
}

void TestPropertyTabs::connectedRoutingGroupsRoundTrip() {
    auto sheet = openSheet(InternetConnector);
    auto *tab = sheet->tab<ConnectorConnectedRoutingGroupsTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    QCOMPARE(tab->list()->topLevelItemCount(), 0);
    tab->addButton()->click();
    ConnectedRoutingGroupDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab->findChild<ConnectedRoutingGroupDialog *>()) && dialog->isVisible());
    // Its own routing group is not offered.
    QVERIFY(dialog->routingGroupCombo()->findText(QStringLiteral("First Routing Group")) < 0);
    dialog->routingGroupCombo()->setCurrentIndex(
        dialog->routingGroupCombo()->findText(QStringLiteral("Branch Routing Group")));
    typeInto(dialog->costSpin(), 101);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(shown(child<widgets::FieldMessage>(dialog, QStringLiteral("costSpinMessage"))),
             QStringLiteral("Enter a cost from 1 to 100."));
    typeInto(dialog->costSpin(), 20);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!tab->findChild<ConnectedRoutingGroupDialog *>());
    QCOMPARE(tab->list()->topLevelItem(0)->text(0), QStringLiteral("Branch Routing Group"));
    QCOMPARE(tab->list()->topLevelItem(0)->text(1), QStringLiteral("20"));
    QVERIFY(applyAndWait(sheet.get()));

    const Entry e = readEntry(InternetConnector);
    const std::optional<topology::ConnectedRoutingGroup> stored =
        topology::ConnectedRoutingGroup::parse(e.string(QStringLiteral("connectedDomains")));
    QVERIFY(stored);
    QCOMPARE(stored->organization(), QStringLiteral("Example Org"));
    QCOMPARE(stored->adminGroup(), QStringLiteral("First Administrative Group"));
    QCOMPARE(stored->cost(), 20);
    m_topology->addEntries({e});
    auto again = openSheet(InternetConnector);
    QCOMPARE(again->tab<ConnectorConnectedRoutingGroupsTab>()->list()->topLevelItem(0)->text(0),
             QStringLiteral("Branch Routing Group"));
}

void TestPropertyTabs::connectorAdvancedRoundTrip() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    auto *tab = sheet->tab<ConnectorAdvancedTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    OutboundSecurityBox *security = tab->securityBox();
    QVERIFY(security->anonymousRadio()->isChecked());
    QVERIFY(!security->accountEdit()->isEnabled());
    security->basicRadio()->setChecked(true);
    // Basic authentication needs an account: refused at the field.
    QVERIFY(!sheet->apply());
    QCOMPARE(shown(child<widgets::FieldMessage>(tab, QStringLiteral("outboundAccountEditMessage"))),
             QStringLiteral("Enter the account to authenticate with."));
    QCOMPARE(readEntry(InternetConnector), before);
    typeInto(security->accountEdit(), QStringLiteral("relay@example.com"));
    typeInto(security->passwordEdit(), QStringLiteral("s3cret"));
    security->tlsCheck()->setChecked(true);
    // ETRN for two domains from another server; a bad domain is refused at its field first.
    child<QCheckBox>(tab, QStringLiteral("etrnCheck"))->setChecked(true);
    typeInto(child<QLineEdit>(tab, QStringLiteral("etrnDomainsEdit")),
             QStringLiteral("example.com; bad_domain!"));
    QVERIFY(!sheet->apply());
    QVERIFY(shown(child<widgets::FieldMessage>(tab, QStringLiteral("etrnDomainsEditMessage")))
                .contains(QStringLiteral("bad_domain!")));
    typeInto(child<QLineEdit>(tab, QStringLiteral("etrnDomainsEdit")),
             QStringLiteral("example.com; branch.example.com"));
    typeInto(child<QLineEdit>(tab, QStringLiteral("etrnServerEdit")), QStringLiteral("[192.0.2.9]"));
    QVERIFY(applyAndWait(sheet.get()));

    const Entry e = readEntry(InternetConnector);
    const qint64 flags = e.integer(QStringLiteral("msExchSmtpOutboundSecurityFlag"), -1);
    QCOMPARE(flags & 0x3, qint64(1)); // basic
    QVERIFY(flags & 0x4);             // TLS
    QVERIFY(!(flags & 0x400000));     // EHLO
    QCOMPARE(e.string(QStringLiteral("msExchSmtpOutboundSecurityUserName")),
             QStringLiteral("relay@example.com"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpOutboundSecurityPassword")), QStringLiteral("s3cret"));
    QCOMPARE(e.strings(QStringLiteral("msExchRoutingETRNDomains")),
             (QStringList{QStringLiteral("example.com"), QStringLiteral("branch.example.com")}));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpTRNSmartHost")), QStringLiteral("[192.0.2.9]"));

    // Back to anonymous: the account and its password do not stay behind.
    m_topology->addEntries({e});
    auto again = openSheet(InternetConnector);
    auto *reread = again->tab<ConnectorAdvancedTab>();
    QVERIFY(reread->securityBox()->basicRadio()->isChecked());
    reread->securityBox()->anonymousRadio()->setChecked(true);
    QVERIFY(applyAndWait(again.get()));
    const Entry after = readEntry(InternetConnector);
    QCOMPARE(after.integer(QStringLiteral("msExchSmtpOutboundSecurityFlag"), -1) & 0x3, qint64(0));
    QVERIFY(!after.has(QStringLiteral("msExchSmtpOutboundSecurityPassword")));
    QVERIFY(!after.has(QStringLiteral("msExchSmtpOutboundSecurityUserName")));
}

void TestPropertyTabs::contentRestrictionsRefuseOutOfRange() {
    const Entry before = readEntry(InternetConnector);
    auto sheet = openSheet(InternetConnector);
    auto *tab = sheet->tab<ConnectorContentRestrictionsTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    auto *limit = child<QCheckBox>(tab, QStringLiteral("limitMessageSizeCheck"));
    auto *size = child<widgets::NumberField>(tab, QStringLiteral("messageSizeSpin"));
    auto *message = child<widgets::FieldMessage>(tab, QStringLiteral("messageSizeSpinMessage"));
    limit->setChecked(true);
    for (int refused : {0, 999999999}) {
        typeInto(size, refused);
        QVERIFY2(sheet->applyButton()->isEnabled(), "the change is offered, so the reason can be given");
        QVERIFY(!sheet->apply());
        QCOMPARE(shown(message), QStringLiteral("Enter a size from 1 to 2,097,151 KB."));
        QCOMPARE(readEntry(InternetConnector), before);
    }
    typeInto(size, 2097151);
    QVERIFY(shown(message).isEmpty());
    QVERIFY(applyAndWait(sheet.get()));
    QCOMPARE(readEntry(InternetConnector).string(QStringLiteral("delivContLength")),
             QStringLiteral("2097151"));
}

void TestPropertyTabs::virtualServerAccessRoundTrip() {
    auto sheet = openSheet(Gw1Vs1);
    auto *tab = sheet->tab<VirtualServerAccessTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    QVERIFY(tab->anonymousCheck()->isChecked() && tab->basicCheck()->isChecked() &&
            tab->integratedCheck()->isChecked());
    // No way in at all is refused.
    for (QCheckBox *c : {tab->anonymousCheck(), tab->basicCheck(), tab->integratedCheck()})
        c->setChecked(false);
    QVERIFY(!sheet->apply());
    QVERIFY(child<QLabel>(tab, QStringLiteral("authenticationMessage"))->isVisible());
    tab->anonymousCheck()->setChecked(true);
    tab->integratedCheck()->setChecked(true);

    // Connection control: only a single computer and one group; the dialog checks both at the fields.
    IpAccessListBox *connection = tab->connectionControl();
    QVERIFY(connection->exceptRadio()->isChecked()); // nothing stored: everyone may connect
    connection->onlyRadio()->setChecked(true);
    connection->addButton()->click();
    IpAccessEntryDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = connection->findChild<IpAccessEntryDialog *>()) && dialog->isVisible());
    QPushButton *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    typeInto(dialog->addressEdit(), QStringLiteral("10.1"));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(shown(child<widgets::FieldMessage>(dialog, QStringLiteral("ipAddressEditMessage")))
                .contains(QStringLiteral("not an IPv4 address")));
    typeInto(dialog->addressEdit(), QStringLiteral("192.0.2.10"));
    ok->click();
    QTRY_VERIFY(!connection->findChild<IpAccessEntryDialog *>());
    connection->addButton()->click();
    QTRY_VERIFY((dialog = connection->findChild<IpAccessEntryDialog *>()) && dialog->isVisible());
    ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    dialog->groupRadio()->setChecked(true);
    typeInto(dialog->addressEdit(), QStringLiteral("10.1.2.3"));
    typeInto(dialog->maskEdit(), QStringLiteral("255.0.0.0"));
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(shown(child<widgets::FieldMessage>(dialog, QStringLiteral("ipAddressEditMessage")))
                .contains(QStringLiteral("network address")));
    typeInto(dialog->addressEdit(), QStringLiteral("10.0.0.0"));
    ok->click();
    QTRY_VERIFY(!connection->findChild<IpAccessEntryDialog *>());
    QCOMPARE(connection->entriesList()->count(), 2);

    // Relay: everyone except one address, and authenticated computers may not relay regardless.
    IpAccessListBox *relay = tab->relayRestrictions();
    QVERIFY(relay->onlyRadio()->isChecked()); // nothing stored: nobody may relay
    relay->exceptRadio()->setChecked(true);
    QVERIFY(relay->addEntry({QStringLiteral("10.9.9.9"), QString()}).isEmpty());
    tab->relayForAuthCheck()->setChecked(false);
    QVERIFY(applyAndWait(sheet.get()));

    const Entry e = readEntry(Gw1Vs1);
    QCOMPARE(e.string(QStringLiteral("msExchAuthenticationFlags")), QStringLiteral("5"));
    QCOMPARE(e.values(QStringLiteral("msExchIPSecurity")).value(0),
             QByteArray("ONLY;192.0.2.10;10.0.0.0/255.0.0.0"));
    QCOMPARE(e.values(QStringLiteral("msExchSmtpRelayIpList")).value(0), QByteArray("EXCEPT;10.9.9.9"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpRelayForAuth")), QStringLiteral("FALSE"));
    const std::optional<topology::IpAccessList> read =
        topology::IpAccessList::parse(e.values(QStringLiteral("msExchIPSecurity")).value(0));
    QVERIFY(read && read->allows(QStringLiteral("10.200.1.1")) &&
            !read->allows(QStringLiteral("192.0.2.11")));
}

void TestPropertyTabs::unreadableAccessListIsKept() {
    // A list in Exchange's own binary form (here: bytes Bridgehead does not read) is shown as such,
    // cannot be edited, and stays exactly as stored when other fields are saved.
    QVERIFY(m_dir->ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchIPSecurity\n"
                                             "msExchIPSecurity:: AAECAwT/AA==\n")
                                  .arg(Gw1Vs1)));
    const Entry stored = readEntry(Gw1Vs1);
    m_topology->addEntries({stored});
    auto sheet = openSheet(Gw1Vs1);
    auto *tab = sheet->tab<VirtualServerAccessTab>();
    QVERIFY(!tab->connectionControl()->onlyRadio()->isEnabled());
    QVERIFY(!tab->connectionControl()->addButton()->isEnabled());
    tab->basicCheck()->setChecked(false);
    QVERIFY(applyAndWait(sheet.get()));
    const Entry after = readEntry(Gw1Vs1);
    QCOMPARE(after.values(QStringLiteral("msExchIPSecurity")),
             stored.values(QStringLiteral("msExchIPSecurity")));
    QCOMPARE(after.string(QStringLiteral("msExchAuthenticationFlags")), QStringLiteral("5"));
}

void TestPropertyTabs::virtualServerMessagesRoundTrip() {
    const Entry before = readEntry(Gw1Vs1);
    auto sheet = openSheet(Gw1Vs1);
    auto *tab = sheet->tab<VirtualServerMessagesTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    child<QCheckBox>(tab, QStringLiteral("limitSessionSizeCheck"))->setChecked(true);
    typeInto(child<QSpinBox>(tab, QStringLiteral("sessionSizeSpin")), 0);
    QVERIFY(!sheet->apply());
    QCOMPARE(shown(child<widgets::FieldMessage>(tab, QStringLiteral("sessionSizeSpinMessage"))),
             QStringLiteral("Enter a size from 1 to 2,097,151 KB."));
    typeInto(child<QSpinBox>(tab, QStringLiteral("sessionSizeSpin")), 2048);
    child<QCheckBox>(tab, QStringLiteral("limitMessagesPerConnectionCheck"))->setChecked(true);
    typeInto(child<QSpinBox>(tab, QStringLiteral("messagesPerConnectionSpin")), 30);
    typeInto(child<QLineEdit>(tab, QStringLiteral("sendNdrToEdit")), QStringLiteral("postmaster"));
    QVERIFY(!sheet->apply());
    QVERIFY(shown(child<widgets::FieldMessage>(tab, QStringLiteral("sendNdrToEditMessage")))
                .contains(QStringLiteral("not a mail address")));
    QCOMPARE(readEntry(Gw1Vs1), before);
    typeInto(child<QLineEdit>(tab, QStringLiteral("sendNdrToEdit")),
             QStringLiteral("postmaster@example.com"));
    typeInto(child<QLineEdit>(tab, QStringLiteral("badmailDirectoryEdit")),
             QStringLiteral("D:\\Mailroot\\Badmail"));
    QVERIFY(applyAndWait(sheet.get()));
    const Entry e = readEntry(Gw1Vs1);
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMaxSessionSize")), QStringLiteral("2097152"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMaxOutboundMsgPerDomainFlag")), QStringLiteral("TRUE"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMaxOutboundMsgPerDomain")), QStringLiteral("30"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpSendNDRTo")), QStringLiteral("postmaster@example.com"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpBadMailDirectory")), QStringLiteral("D:\\Mailroot\\Badmail"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMaxMessageSize")),
             before.string(QStringLiteral("msExchSmtpMaxMessageSize")));
}

void TestPropertyTabs::virtualServerDeliveryRoundTrip() {
    auto sheet = openSheet(Gw1Vs1);
    auto *tab = sheet->tab<VirtualServerDeliveryTab>();
    sheet->tabWidget()->setCurrentWidget(tab);
    picture(sheet.get());
    // What the demo stores, and Exchange's defaults for what it does not.
    QCOMPARE(child<QSpinBox>(tab, QStringLiteral("firstRetrySpin"))->value(), 15);
    QCOMPARE(child<QSpinBox>(tab, QStringLiteral("connectionTimeoutSpin"))->value(), 10);
    QCOMPARE(child<QComboBox>(tab, QStringLiteral("localDelayUnit"))->currentText(), QStringLiteral("Hours"));
    QCOMPARE(child<QSpinBox>(tab, QStringLiteral("localDelaySpin"))->value(), 12);

    const std::pair<const char *, int> numbers[] = {
        {"firstRetrySpin", 10},       {"secondRetrySpin", 20},     {"thirdRetrySpin", 30},
        {"subsequentRetrySpin", 120}, {"maxConnectionsSpin", 500}, {"maxConnectionsPerDomainSpin", 50},
        {"connectionTimeoutSpin", 5}, {"hopCountSpin", 30}};
    for (const auto &[name, value] : numbers)
        typeInto(child<QSpinBox>(tab, QString::fromLatin1(name)), value);
    typeInto(child<QSpinBox>(tab, QStringLiteral("localDelaySpin")), 6);
    child<QComboBox>(tab, QStringLiteral("remoteExpirationUnit"))->setCurrentIndex(2); // days
    typeInto(child<QSpinBox>(tab, QStringLiteral("remoteExpirationSpin")), 3);
    child<QCheckBox>(tab, QStringLiteral("masqueradeCheck"))->setChecked(true);
    typeInto(child<QLineEdit>(tab, QStringLiteral("masqueradeDomainEdit")), QStringLiteral("example.com"));
    child<QCheckBox>(tab, QStringLiteral("reverseDnsCheck"))->setChecked(true);
    tab->securityBox()->integratedRadio()->setChecked(true);
    typeInto(tab->securityBox()->accountEdit(), QStringLiteral("EXAMPLE\\relay"));
    QVERIFY(applyAndWait(sheet.get()));

    const Entry e = readEntry(Gw1Vs1);
    QCOMPARE(e.string(QStringLiteral("msExchSmtpRemoteQueueRetries")), QStringLiteral("10,20,30,120"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMaxOutgoingConnections")), QStringLiteral("500"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMaxOutgoingConnectionsPerDomain")), QStringLiteral("50"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpOutgoingConnectionTimeout")), QStringLiteral("300"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMaxHopCount")), QStringLiteral("30"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpLocalQueueDelayNotification")), QStringLiteral("360"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpRemoteQueueExpirationTimeout")), QStringLiteral("4320"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpDoMasquerade")), QStringLiteral("TRUE"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpMasqueradeDomain")), QStringLiteral("example.com"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpPerformReverseDnsLookup")), QStringLiteral("TRUE"));
    QCOMPARE(e.integer(QStringLiteral("msExchSmtpOutboundSecurityFlag"), -1) & 0x3, qint64(2));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpOutboundSecurityUserName")),
             QStringLiteral("EXAMPLE\\relay"));
    // What the tab did not change stays as it was.
    QCOMPARE(e.string(QStringLiteral("msExchSmtpLocalQueueExpirationTimeout")), QStringLiteral("2880"));
    QCOMPARE(e.string(QStringLiteral("msExchSmtpOutgoingPort")), QStringLiteral("25"));
}

void TestPropertyTabs::virtualServerDeliveryRefusedAtTheField() {
    const Entry before = readEntry(Gw1Vs1);
    auto sheet = openSheet(Gw1Vs1);
    auto *tab = sheet->tab<VirtualServerDeliveryTab>();
    const struct {
        const char *field;
        int value;
        QString expected;
    } cases[] = {
        {"hopCountSpin", 5, QStringLiteral("Enter a hop count from 10 to 256.")},
        {"firstRetrySpin", 0, QStringLiteral("First retry interval: Enter a time from 1 to 9,999 minutes.")},
        {"maxConnectionsPerDomainSpin", 5000,
         QStringLiteral("The connections to one domain cannot be more than all connections (1,000).")},
        {"outgoingPortSpin", 70000, QStringLiteral("Enter a port from 1 to 65,535.")},
        {"localDelaySpin", 10000, QStringLiteral("Enter a number from 1 to 9,999 hours.")},
    };
    for (const auto &c : cases) {
        auto *spin = child<QSpinBox>(tab, QString::fromLatin1(c.field));
        const int original = spin->value();
        typeInto(spin, c.value);
        QVERIFY(!sheet->apply());
        QCOMPARE(sheet->tabWidget()->currentWidget(), tab);
        QCOMPARE(shown(child<widgets::FieldMessage>(tab, QString::fromLatin1(c.field) +
                                                             QStringLiteral("Message"))),
                 c.expected);
        QVERIFY2(spin->hasFocus(), c.field);
        typeInto(spin, original);
    }
    child<QCheckBox>(tab, QStringLiteral("masqueradeCheck"))->setChecked(true);
    typeInto(child<QLineEdit>(tab, QStringLiteral("masqueradeDomainEdit")), QStringLiteral("[10.0.0.1]"));
    QVERIFY(!sheet->apply());
    QVERIFY(shown(child<widgets::FieldMessage>(tab, QStringLiteral("masqueradeDomainEditMessage")))
                .contains(QStringLiteral("IP address")));
    QCOMPARE(readEntry(Gw1Vs1), before);
}

void TestPropertyTabs::routingGroupMasterAndConnectorCost() {
    auto sheet = openSheet(FirstRg);
    auto *general = sheet->tab<RoutingGroupGeneralTab>();
    QVERIFY(general);
    QCOMPARE(general->masterCombo()->currentText(), QStringLiteral("EXMBX1"));
    general->masterCombo()->setCurrentIndex(general->masterCombo()->findText(QStringLiteral("GW1")));
    QTreeWidget *members = general->membersList();
    for (int i = 0; i < members->topLevelItemCount(); ++i)
        QCOMPARE(members->topLevelItem(i)->text(1), members->topLevelItem(i)->text(0) == QLatin1String("GW1")
                                                        ? QStringLiteral("Master")
                                                        : QStringLiteral("Member"));
    general->masterCombo()->setCurrentIndex(0); // (none) is refused while there are members
    QVERIFY(!sheet->apply());
    QVERIFY(shown(child<widgets::FieldMessage>(general, QStringLiteral("masterComboMessage")))
                .contains(QStringLiteral("needs one")));
    general->masterCombo()->setCurrentIndex(general->masterCombo()->findText(QStringLiteral("GW1")));
    QVERIFY(applyAndWait(sheet.get()));
    QCOMPARE(Dn::parse(readEntry(FirstRg).string(QStringLiteral("msExchRoutingMasterDN"))), Dn::parse(Gw1));

    auto rgc = openSheet(RoutingGroupConnector);
    auto *tab = rgc->tab<RoutingGroupConnectorGeneralTab>();
    QVERIFY(tab);
    QCOMPARE(tab->costSpin()->value(), 10);
    typeInto(tab->costSpin(), 0);
    QVERIFY(!rgc->apply());
    QCOMPARE(shown(child<widgets::FieldMessage>(tab, QStringLiteral("costSpinMessage"))),
             QStringLiteral("Enter a cost from 1 to 100."));
    typeInto(tab->costSpin(), 42);
    QVERIFY(applyAndWait(rgc.get()));
    QCOMPARE(readEntry(RoutingGroupConnector).string(QStringLiteral("cost")), QStringLiteral("42"));
}

void TestPropertyTabs::detailsShowWhenCreatedAndChanged() {
    directory::Connection reader;
    reader.setSettings((*m_dir)->adminSettings());
    directory::DirectoryReply *reply =
        reader.searchBase(InternetConnector, {QStringLiteral("createTimestamp")});
    QVERIFY(waitFor(reply));
    const QString created =
        DetailsTab::formatTime(reply->entries().value(0).string(QStringLiteral("createTimestamp")));
    QVERIFY(!created.isEmpty());
    for (const QString &dn : {InternetConnector, Gw1Vs1, Gw1, FirstRg, FirstRgConnections}) {
        auto sheet = openSheet(dn);
        QCOMPARE(sheet->tabWidget()->tabText(sheet->tabWidget()->count() - 1), QStringLiteral("Details"));
        auto *details = sheet->tab<DetailsTab>();
        QTRY_VERIFY(!child<QLabel>(details, QStringLiteral("createdLabel"))
                         ->text()
                         .contains(QStringLiteral("reading")));
        QVERIFY2(!child<QLabel>(details, QStringLiteral("createdLabel"))
                      ->text()
                      .contains(QStringLiteral("not available")),
                 qPrintable(dn));
        QCOMPARE(Dn::parse(child<QLineEdit>(details, QStringLiteral("dnEdit"))->text()), Dn::parse(dn));
        if (dn == InternetConnector)
            QCOMPARE(child<QLabel>(details, QStringLiteral("createdLabel"))->text(), created);
    }
    // "Connections" is shown as the tree names it.
    QCOMPARE(openSheet(FirstRgConnections)->windowTitle(), QStringLiteral("Connectors Properties"));
}

void TestPropertyTabs::newFieldsAssertWhatWasLoaded_data() {
    QTest::addColumn<QString>("dn");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("theirs");
    QTest::addRow("schedule") << InternetConnector << "activationStyle"
                              << "0";
    QTest::addRow("restrictions") << InternetConnector << "dLMemDefault"
                                  << "1";
    QTest::addRow("outbound security") << InternetConnector << "msExchSmtpOutboundSecurityFlag"
                                       << "2";
    QTest::addRow("authentication") << Gw1Vs1 << "msExchAuthenticationFlags"
                                    << "1";
    QTest::addRow("hop count") << Gw1Vs1 << "msExchSmtpMaxHopCount"
                               << "99";
}

void TestPropertyTabs::newFieldsAssertWhatWasLoaded() {
    QFETCH(QString, dn);
    QFETCH(QString, attribute);
    QFETCH(QString, theirs);
    auto sheet = openSheet(dn);
    // The sheet's change to that attribute…
    if (attribute == QLatin1String("activationStyle"))
        choose(sheet->tab<ConnectorDeliveryOptionsTab>()->schedule()->combo(),
               QStringLiteral("Run every hour"));
    else if (attribute == QLatin1String("dLMemDefault")) {
        auto *restrictions = sheet->tab<ConnectorDeliveryRestrictionsTab>();
        QVERIFY(restrictions->acceptList()->addDn(QStringLiteral("CN=A,DC=example,DC=com")).isEmpty());
        restrictions->rejectedRadio()->setChecked(true);
    } else if (attribute == QLatin1String("msExchSmtpOutboundSecurityFlag"))
        sheet->tab<ConnectorAdvancedTab>()->securityBox()->tlsCheck()->setChecked(true);
    else if (attribute == QLatin1String("msExchAuthenticationFlags"))
        sheet->tab<VirtualServerAccessTab>()->basicCheck()->setChecked(false);
    else
        typeInto(child<QSpinBox>(sheet->tab<VirtualServerDeliveryTab>(), QStringLiteral("hopCountSpin")), 40);
    // …goes in one modify that asserts what was loaded.
    const directory::ChangeRequest modify = sheet->pendingEdit().toModify();
    QCOMPARE(modify.kind, directory::ChangeRequest::Kind::Modify);
    QVERIFY2(modify.assertion.contains(attribute, Qt::CaseInsensitive), qPrintable(modify.assertion));
    // Someone else changes it meanwhile: the sheet does not overwrite it without asking.
    QVERIFY(m_dir->ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modify\nreplace: %2\n%2: %3\n").arg(dn, attribute, theirs)));
    QSignalSpy conflict(sheet.get(), &PropertySheet::conflictShown);
    QVERIFY(sheet->apply());
    QVERIFY(conflict.wait(10000));
    QCOMPARE(readEntry(dn).string(attribute), theirs);
}

QTEST_MAIN(TestPropertyTabs)
#include "tst_propertytabs.moc"
