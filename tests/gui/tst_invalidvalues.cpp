// Values that do not parse, as the details pane and the property sheets show them: as stored,
// marked invalid, with the reason (a bare IP address as smart host is not "DNS"; an address space
// with cost 150 is not "no address space"), read from a real slapd after an ldapmodify.

#include "ConsoleTreeModel.h"
#include "DemoOrganization.h"
#include "DetailsModel.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "FieldMessage.h"
#include "PropertySheet.h"
#include "VirtualServerDeliveryTab.h"
#include "VirtualServerGeneralTab.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using console::DetailsModel;
using console::NodeType;
using directory::Dn;
using namespace testsupport::demo;

namespace {

const QString Internet = QStringLiteral("CN=Internet Mail SMTP Connector (GW1),") + FirstRgConnections;
const QString Partner = QStringLiteral("CN=Partner Connector,") + FirstRgConnections;
const QString Gw1Smtp = QStringLiteral("CN=SMTP,CN=Protocols,") + Gw1;
const QString Gw1Vs2 = QStringLiteral("CN=2,") + Gw1Smtp;

QString replace(const QString &dn, const QString &attribute, const QString &value) {
    return QStringLiteral("dn: %1\nchangetype: modify\nreplace: %2\n%2: %3\n\n").arg(dn, attribute, value);
}

template <class T> T *child(QObject *parent, const char *name) {
    return parent->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestInvalidValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectorDetails();
    void virtualServerDetails();
    void virtualServerSheet();

private:
    // Shows the children of `parent` (a node of `type`) in the details pane; the row of `dn`, or -1.
    int showRow(const QString &parent, NodeType type, const QString &dn);

    testsupport::DirectoryFixture m_dir;
    console::DirectorySession *m_session = nullptr;
    console::ConsoleTreeModel *m_tree = nullptr;
    DetailsModel *m_details = nullptr;
};

void TestInvalidValues::initTestCase() {
    QVERIFY(m_dir.startDemo());
    // Unusable values, written as a script or another tool would.
    QVERIFY(m_dir.ldapmodify(
        replace(Internet, QStringLiteral("msExchSmtpSmartHost"), QStringLiteral("10.0.0.1")) +
        replace(Partner, QStringLiteral("routingList"), QStringLiteral("SMTP:*;150")) +
        replace(Gw1Vs2, QStringLiteral("msExchServerBindings"), QStringLiteral("198.51.100.300:25:")) +
        replace(Gw1Vs2, QStringLiteral("msExchSmtpSmartHost"),
                QStringLiteral("relay.example.net; [192.0.2.1]"))));
    m_session = new console::DirectorySession(this);
    m_tree = new console::ConsoleTreeModel(m_session->topology(), this);
    m_details = new DetailsModel(m_tree, m_session->topology(), this);
    new QAbstractItemModelTester(m_details, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy loaded(m_session, &console::DirectorySession::loaded);
    m_session->open(m_dir->adminSettings(), console::DirectorySession::Mode::LoadOnce);
    QVERIFY(loaded.wait(15000));
}

void TestInvalidValues::cleanupTestCase() {
    delete m_session;
    m_session = nullptr;
    m_dir.stop();
}

int TestInvalidValues::showRow(const QString &parent, NodeType type, const QString &dn) {
    m_details->setParentNode(m_tree->indexFor(Dn::parse(parent), type));
    for (int row = 0; row < m_details->rowCount(); ++row)
        if (m_details->nodeRef(row).dn == Dn::parse(dn))
            return row;
    return -1;
}

void TestInvalidValues::connectorDetails() {
    const int internet = showRow(FirstRgConnections, NodeType::Connectors, Internet);
    QVERIFY(internet >= 0);
    QCOMPARE(m_details->layout(), DetailsModel::Layout::Connectors);
    const QModelIndex routing = m_details->index(internet, 4);
    QCOMPARE(routing.data().toString(), QStringLiteral("Smart hosts: 10.0.0.1 (invalid)"));
    QVERIFY2(routing.data(Qt::ToolTipRole).toString().contains(QStringLiteral("[10.0.0.1]")),
             qPrintable(routing.data(Qt::ToolTipRole).toString()));
    QVERIFY(routing.data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_details->index(internet, 1).data(Qt::ForegroundRole).isValid()); // SMTP:* is fine

    const int partner = showRow(FirstRgConnections, NodeType::Connectors, Partner);
    const QModelIndex spaces = m_details->index(partner, 1);
    QCOMPARE(spaces.data().toString(), QStringLiteral("SMTP:*;150 (invalid)"));
    QVERIFY(spaces.data(Qt::ToolTipRole).toString().contains(QStringLiteral("from 1 to 100")));
    QCOMPARE(m_details->index(partner, 4).data().toString(), QStringLiteral("DNS"));
}

void TestInvalidValues::virtualServerDetails() {
    const int vs2 = showRow(Gw1Smtp, NodeType::Smtp, Gw1Vs2);
    QVERIFY(vs2 >= 0);
    QCOMPARE(m_details->layout(), DetailsModel::Layout::VirtualServers);
    QCOMPARE(m_details->index(vs2, 1).data().toString(), QStringLiteral("198.51.100.300:25: (invalid)"));
    QVERIFY(!m_details->index(vs2, 1).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(m_details->index(vs2, 4).data().toString(),
             QStringLiteral("relay.example.net; [192.0.2.1] (invalid)"));
    QVERIFY(m_details->index(vs2, 4).data(Qt::ToolTipRole).toString().contains(QStringLiteral("spaces")));
    const int vs1 = showRow(Gw1Smtp, NodeType::Smtp, QStringLiteral("CN=1,") + Gw1Smtp);
    QCOMPARE(m_details->index(vs1, 1).data().toString(), QStringLiteral("10.1.0.5"));
    QVERIFY(!m_details->index(vs1, 1).data(Qt::ForegroundRole).isValid());
}

void TestInvalidValues::virtualServerSheet() {
    properties::PropertySheet sheet(m_session->connection(), m_session->topology(), Dn::parse(Gw1Vs2));
    sheet.show();
    auto *general = sheet.tab<properties::VirtualServerGeneralTab>();
    auto *bindings = child<QTreeWidget>(general, "bindingsList");
    QCOMPARE(bindings->topLevelItemCount(), 1);
    QCOMPARE(bindings->topLevelItem(0)->text(0), QStringLiteral("198.51.100.300:25:"));
    QCOMPARE(bindings->topLevelItem(0)->text(1), QStringLiteral("(invalid)"));
    auto *bindingsMessage = child<widgets::FieldMessage>(general, "bindingsListMessage");
    QVERIFY(bindingsMessage->isVisible());
    QVERIFY(bindingsMessage->text().contains(QStringLiteral("198.51.100.300:25:")));

    QVERIFY(sheet.showAttribute(QStringLiteral("msExchSmtpSmartHost")));
    auto *delivery = sheet.tab<properties::VirtualServerDeliveryTab>();
    QCOMPARE(sheet.tabWidget()->currentWidget(), delivery);
    auto *smartHost = child<QLineEdit>(delivery, "smartHostEdit");
    QCOMPARE(smartHost->text(), QStringLiteral("relay.example.net; [192.0.2.1]"));
    auto *message = child<widgets::FieldMessage>(delivery, "smartHostEditMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("spaces")), qPrintable(message->text()));
    // Saving as it is writes the form Exchange can use.
    const topology::EntryEdit edit = sheet.pendingEdit();
    QCOMPARE(edit.value(QStringLiteral("msExchSmtpSmartHost")),
             QStringList{QStringLiteral("relay.example.net;[192.0.2.1]")});
}

QTEST_MAIN(TestInvalidValues)
#include "tst_invalidvalues.moc"
