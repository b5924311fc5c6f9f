// The console models on the demo organization in a real slapd and in a real Samba AD DC: every
// level of the ESM tree, the details columns, and live updates by another client (ldapmodify) that
// keep expansion and selection, with what Active Directory does differently (renames only of
// objects created allowing them, deleted objects kept in Deleted Objects) as a user sees it.

#include "AdOrganizationLoader.h"
#include "ConsoleTreeModel.h"
#include "DemoOrganization.h"
#include "DetailsModel.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "NetworkIsolation.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using console::ConsoleTreeModel;
using console::DetailsModel;
using console::DirectorySession;
using console::NodeType;
using directory::Dn;

using testsupport::demo::FirstAg;
using testsupport::demo::FirstRg;
using testsupport::demo::Gw1;

class TestConsoleModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testsupport::TestServer::addRows(); }
    void init();
    void cleanup();
    void everyLevelIsThere();
    void detailsColumnsFitTheNode();
    void membersShowTheirRole();
    void emptyNodesExplainThemselves();
    void liveAddKeepsExpansionAndSelection();
    void liveRenameAndDelete();
    void membersFollowHomeRoutingGroup();
    void adStyleExportShows();

private:
    QStringList childNames(const QModelIndex &parent) const;
    QModelIndex child(const QModelIndex &parent, const QString &name) const;
    void closeModels();
    // An SMTP connector added by another client; on AD with the systemFlags Exchange writes, so
    // that it can be renamed (AD's configuration partition refuses renames of other objects).
    bool addConnector(const QString &dn, bool renamable = true);

    testsupport::TestServer m_dir;
    DirectorySession *m_session = nullptr;
    ConsoleTreeModel *m_tree = nullptr;
    DetailsModel *m_details = nullptr;
};

// Every function begins from a fresh demo directory, so each passes alone and in any order.
void TestConsoleModels::init() {
    QVERIFY(m_dir.startDemo(testsupport::TestServer::currentKind()));
    m_session = new DirectorySession(this);
    m_tree = new ConsoleTreeModel(m_session->topology(), this);
    m_details = new DetailsModel(m_tree, m_session->topology(), this);
    new QAbstractItemModelTester(m_tree, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_details, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    QSignalSpy loaded(m_session, &DirectorySession::loaded);
    QSignalSpy progress(m_session, &DirectorySession::progress);
    m_session->open(m_dir.adminSettings());
    QVERIFY(loaded.wait(15000));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(m_session->topology()->objectCount(), m_dir.demoObjectCount());
    QCOMPARE(m_session->isActiveDirectory(), m_dir.isActiveDirectory());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), DirectorySession::State::Live, 5000);
}

void TestConsoleModels::cleanup() {
    closeModels();
    m_dir.stop();
}

void TestConsoleModels::closeModels() {
    delete m_details;
    delete m_tree;
    delete m_session;
    m_details = nullptr;
    m_tree = nullptr;
    m_session = nullptr;
}

bool TestConsoleModels::addConnector(const QString &dn, bool renamable) {
    const QString flags =
        m_dir.isActiveDirectory() && renamable
            ? QStringLiteral("systemFlags: 1610612736\n") // FLAG_CONFIG_ALLOW_RENAME | _MOVE
            : QString();
    return m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: msExchRoutingSMTPConnector\ncn: %2\n"
                       "routingList: SMTP:added.example;5\nhomeMTA: CN=Microsoft MTA,%3\n"
                       "deliveryMechanism: 2\n%4")
            .arg(dn, Dn::parse(dn).rdnValue(), Gw1, flags));
}

QStringList TestConsoleModels::childNames(const QModelIndex &parent) const {
    QStringList names;
    for (int r = 0; r < m_tree->rowCount(parent); ++r)
        names << m_tree->index(r, 0, parent).data().toString();
    return names;
}

QModelIndex TestConsoleModels::child(const QModelIndex &parent, const QString &name) const {
    for (int r = 0; r < m_tree->rowCount(parent); ++r)
        if (m_tree->index(r, 0, parent).data().toString() == name)
            return m_tree->index(r, 0, parent);
    return QModelIndex();
}

void TestConsoleModels::everyLevelIsThere() {
    QCOMPARE(childNames(QModelIndex()), QStringList{QStringLiteral("Example Org (Exchange)")});
    const QModelIndex org = m_tree->index(0, 0);
    QCOMPARE(childNames(org), QStringList{QStringLiteral("Administrative Groups")});
    const QModelIndex ags = m_tree->index(0, 0, org);
    QCOMPARE(childNames(ags),
             (QStringList{QStringLiteral("Europe"), QStringLiteral("First Administrative Group")}));
    const QModelIndex ag = child(ags, QStringLiteral("First Administrative Group"));
    QCOMPARE(childNames(ag), (QStringList{QStringLiteral("Servers"), QStringLiteral("Routing Groups")}));
    const QModelIndex servers = child(ag, QStringLiteral("Servers"));
    QCOMPARE(childNames(servers),
             (QStringList{QStringLiteral("EXBR1"), QStringLiteral("EXMBX1"), QStringLiteral("GW1")}));
    const QModelIndex gw1 = child(servers, QStringLiteral("GW1"));
    QCOMPARE(childNames(gw1), (QStringList{QStringLiteral("Queues"), QStringLiteral("Protocols")}));
    QCOMPARE(NodeType(child(gw1, QStringLiteral("Queues")).data(ConsoleTreeModel::NodeTypeRole).toInt()),
             NodeType::Queues);
    const QModelIndex smtp = child(child(gw1, QStringLiteral("Protocols")), QStringLiteral("SMTP"));
    QVERIFY(smtp.isValid());
    const QStringList vs = childNames(smtp);
    QCOMPARE(vs.size(), 2);
    QVERIFY(vs.contains(QStringLiteral("Default SMTP Virtual Server")));
    QVERIFY(std::is_sorted(vs.begin(), vs.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    }));
    const QModelIndex rgs = child(ag, QStringLiteral("Routing Groups"));
    QCOMPARE(childNames(rgs),
             (QStringList{QStringLiteral("Branch Routing Group"), QStringLiteral("First Routing Group")}));
    const QModelIndex rg = child(rgs, QStringLiteral("First Routing Group"));
    QCOMPARE(childNames(rg), (QStringList{QStringLiteral("Connectors"), QStringLiteral("Members")}));
    QVERIFY(childNames(child(rg, QStringLiteral("Connectors")))
                .contains(QStringLiteral("Internet Mail SMTP Connector (GW1)")));
    QCOMPARE(childNames(child(rg, QStringLiteral("Members"))),
             (QStringList{QStringLiteral("EXMBX1"), QStringLiteral("GW1")}));
    // Every node has an icon, and a tool tip with its whole name and its DN.
    QVERIFY(!gw1.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QStringList tip = gw1.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    QCOMPARE(tip.value(0), QStringLiteral("GW1"));
    QCOMPARE(Dn::parse(tip.value(1)), Dn::parse(Gw1));
}

void TestConsoleModels::detailsColumnsFitTheNode() {
    m_details->setParentNode(m_tree->indexFor(Dn::parse(QStringLiteral("CN=Connections,") + FirstRg)));
    QCOMPARE(m_details->layout(), DetailsModel::Layout::Connectors);
    QStringList headers;
    for (int c = 0; c < m_details->columnCount(); ++c)
        headers << m_details->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("Address spaces"),
                          QStringLiteral("Cost"), QStringLiteral("Scope"), QStringLiteral("Routing"),
                          QStringLiteral("Local bridgeheads")}));
    int internet = -1;
    for (int r = 0; r < m_details->rowCount(); ++r)
        if (m_details->index(r, 0).data().toString() == QStringLiteral("Internet Mail SMTP Connector (GW1)"))
            internet = r;
    QVERIFY(internet >= 0);
    QCOMPARE(m_details->index(internet, 1).data().toString(), QStringLiteral("SMTP connector"));
    QCOMPARE(m_details->index(internet, 2).data().toString(), QStringLiteral("SMTP:*"));
    QCOMPARE(m_details->index(internet, 3).data().toString(), QStringLiteral("1"));
    QCOMPARE(m_details->index(internet, 4).data().toString(), QStringLiteral("Entire organization"));
    QVERIFY(m_details->index(internet, 5)
                .data()
                .toString()
                .startsWith(QStringLiteral("Smart hosts: smarthost.example.net")));
    QVERIFY(m_details->index(internet, 6).data().toString().startsWith(QStringLiteral("GW1 – ")));
    // A list too long for its column has the whole value as a tool tip.
    QCOMPARE(m_details->index(internet, 6).data(Qt::ToolTipRole).toString(),
             m_details->index(internet, 6).data().toString());

    m_details->setParentNode(m_tree->indexFor(Dn::parse(QStringLiteral("CN=SMTP,CN=Protocols,") + Gw1)));
    QCOMPARE(m_details->layout(), DetailsModel::Layout::VirtualServers);
    QCOMPARE(m_details->columnCount(), 5);
    QCOMPARE(m_details->headerData(1, Qt::Horizontal).toString(), QStringLiteral("IP address"));
    QStringList addresses;
    for (int r = 0; r < m_details->rowCount(); ++r)
        addresses << m_details->index(r, 1).data().toString();
    QVERIFY(addresses.contains(QStringLiteral("10.1.0.5")));
    QVERIFY(addresses.contains(QStringLiteral("198.51.100.25")));
    m_details->setParentNode(
        m_tree->indexFor(Dn::parse(QStringLiteral("CN=SMTP,CN=Protocols,CN=EXMBX1,CN=Servers,") + FirstAg)));
    addresses.clear();
    QStringList ports;
    for (int r = 0; r < m_details->rowCount(); ++r) {
        addresses << m_details->index(r, 1).data().toString();
        ports << m_details->index(r, 2).data().toString();
    }
    QCOMPARE(addresses,
             (QStringList{QStringLiteral("(All Unassigned)"), QStringLiteral("(All Unassigned)")}));
    QVERIFY(ports.contains(QStringLiteral("587")));

    m_details->setParentNode(m_tree->indexFor(Dn::parse(QStringLiteral("CN=Servers,") + FirstAg)));
    QCOMPARE(m_details->layout(), DetailsModel::Layout::Servers);
    QCOMPARE(m_details->rowCount(), 3);
    QCOMPARE(m_details->index(2, 0).data().toString(), QStringLiteral("GW1"));
    QCOMPARE(m_details->index(2, 1).data().toString(), QStringLiteral("First Routing Group"));
    QVERIFY(m_details->index(2, 2).data().toString().startsWith(QStringLiteral("Version 6.5")));

    const QString csv = m_details->toCsv();
    QVERIFY(csv.startsWith(QStringLiteral("Name,Routing group,Version\r\n")));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 4);
}

void TestConsoleModels::membersShowTheirRole() {
    // msExchRoutingMasterDN of the First Routing Group names EXMBX1.
    m_details->setParentNode(m_tree->indexFor(Dn::parse(FirstRg), NodeType::Members));
    QCOMPARE(m_details->layout(), DetailsModel::Layout::Members);
    QCOMPARE(m_details->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Role"));
    QMap<QString, QString> roles;
    for (int r = 0; r < m_details->rowCount(); ++r)
        roles.insert(m_details->index(r, 0).data().toString(), m_details->index(r, 1).data().toString());
    QCOMPARE(roles.value(QStringLiteral("EXMBX1")), QStringLiteral("Master"));
    QCOMPARE(roles.value(QStringLiteral("GW1")), QStringLiteral("Member"));
    // The master changes elsewhere: the roles follow.
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: msExchRoutingMasterDN\n"
                                            "msExchRoutingMasterDN: %2\n")
                                 .arg(FirstRg, Gw1)));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < m_details->rowCount(); ++r)
                if (m_details->index(r, 0).data().toString() == QLatin1String("GW1"))
                    return m_details->index(r, 1).data().toString() == QLatin1String("Master");
            return false;
        }(),
        5000);
}

void TestConsoleModels::emptyNodesExplainThemselves() {
    // A leaf and a Queues node say what they are instead of showing an empty list.
    m_details->setParentNode(m_tree->indexFor(Dn::parse(QStringLiteral("CN=1,CN=SMTP,CN=Protocols,") + Gw1)));
    QCOMPARE(m_details->rowCount(), 0);
    QVERIFY2(m_details->explanation().contains(QStringLiteral("property sheet")),
             qPrintable(m_details->explanation()));
    m_details->setParentNode(m_tree->indexFor(Dn::parse(Gw1), NodeType::Queues));
    QVERIFY2(m_details->explanation().contains(QStringLiteral("GW1")), qPrintable(m_details->explanation()));
    // A node with rows has no explanation.
    m_details->setParentNode(m_tree->indexFor(Dn::parse(QStringLiteral("CN=Connections,") + FirstRg)));
    QVERIFY(m_details->rowCount() > 0);
    QVERIFY(m_details->explanation().isEmpty());
}

void TestConsoleModels::liveAddKeepsExpansionAndSelection() {
    const QString connectors = QStringLiteral("CN=Connections,") + FirstRg;
    m_details->setParentNode(m_tree->indexFor(Dn::parse(connectors)));
    const int before = m_details->rowCount();
    const QPersistentModelIndex selected =
        m_tree->indexFor(Dn::parse(QStringLiteral("CN=Partner Connector,") + connectors));
    QVERIFY(selected.isValid());
    const QString dn = QStringLiteral("CN=Added Live,") + connectors;
    QVERIFY(addConnector(dn));
    QTRY_VERIFY_WITH_TIMEOUT(m_tree->indexFor(Dn::parse(dn)).isValid(), 5000);
    QCOMPARE(m_details->rowCount(), before + 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), QStringLiteral("Partner Connector"));
    // Sorted into place: "Added Live" comes first.
    QCOMPARE(m_tree->indexFor(Dn::parse(dn)).row(), 0);
}

void TestConsoleModels::liveRenameAndDelete() {
    const QString connectors = QStringLiteral("CN=Connections,") + FirstRg;
    const QModelIndex parent = m_tree->indexFor(Dn::parse(connectors));
    QVERIFY(parent.isValid());
    const int before = m_tree->rowCount(parent);
    const QString dn = QStringLiteral("CN=Added Live,") + connectors;
    QVERIFY(addConnector(dn));
    QTRY_VERIFY_WITH_TIMEOUT(m_tree->indexFor(Dn::parse(dn)).isValid(), 5000);
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modrdn\nnewrdn: CN=Zz Renamed\ndeleteoldrdn: 1\n").arg(dn)));
    const Dn renamed = Dn::parse(QStringLiteral("CN=Zz Renamed,") + connectors);
    QTRY_VERIFY_WITH_TIMEOUT(m_tree->indexFor(renamed).isValid(), 5000);
    QVERIFY(!m_tree->indexFor(Dn::parse(dn)).isValid());
    QCOMPARE(m_tree->indexFor(renamed).data().toString(), QStringLiteral("Zz Renamed"));
    QCOMPARE(m_tree->indexFor(renamed).parent(), QModelIndex(parent));
    QCOMPARE(m_tree->indexFor(renamed).row(), m_tree->rowCount(parent) - 1);
    QCOMPARE(m_tree->rowCount(parent), before + 1);
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: delete\n").arg(renamed.toString())));
    QTRY_VERIFY_WITH_TIMEOUT(!m_tree->indexFor(renamed).isValid(), 5000);
    // AD keeps a deleted object as a tombstone in Deleted Objects ("Zz Renamed\nDEL:<guid>"): the
    // console shows it nowhere.
    QCOMPARE(m_tree->rowCount(parent), before);
    QVERIFY(!childNames(parent).contains(QStringLiteral("Zz Renamed")));
    QCOMPARE(m_session->topology()->objectCount(), m_dir.demoObjectCount());

    if (m_dir.isActiveDirectory()) {
        // An object created without permission to be renamed (no systemFlags, as an LDIF import
        // writes it): the DC refuses the rename, and the console keeps showing it under its name.
        const QString plain = QStringLiteral("CN=Plain Import,") + connectors;
        QVERIFY(addConnector(plain, false));
        QTRY_VERIFY_WITH_TIMEOUT(m_tree->indexFor(Dn::parse(plain)).isValid(), 5000);
        QString refusal;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^ldapmodify failed \\(53\\)")));
        QVERIFY(!m_dir.ldapmodify(
            QStringLiteral("dn: %1\nchangetype: modrdn\nnewrdn: CN=Fancy\ndeleteoldrdn: 1\n").arg(plain),
            &refusal));
        QVERIFY2(refusal.contains(QStringLiteral("config partition")), qPrintable(refusal));
        // Another change made after the refused one arrives, and the name has stayed.
        QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: adminDescription\n"
                                                "adminDescription: still here\n")
                                     .arg(plain)));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->topology()->find(Dn::parse(plain))->description(),
                                  QStringLiteral("still here"), 5000);
        QVERIFY(m_tree->indexFor(Dn::parse(plain)).isValid());
        QVERIFY(!childNames(parent).contains(QStringLiteral("Fancy")));
    }
}

void TestConsoleModels::membersFollowHomeRoutingGroup() {
    const QString branch = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
    const QModelIndex branchMembers = m_tree->indexFor(Dn::parse(branch), NodeType::Members);
    const QModelIndex firstMembers = m_tree->indexFor(Dn::parse(FirstRg), NodeType::Members);
    QVERIFY(branchMembers.isValid() && firstMembers.isValid());
    const int branchBefore = m_tree->rowCount(branchMembers);
    const int firstBefore = m_tree->rowCount(firstMembers);
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: CN=EXMBX1,CN=Servers,%1\nchangetype: modify\nreplace: "
                                            "msExchHomeRoutingGroup\nmsExchHomeRoutingGroup: %2\n")
                                 .arg(FirstAg, branch)));
    QTRY_COMPARE_WITH_TIMEOUT(m_tree->rowCount(branchMembers), branchBefore + 1, 5000);
    QCOMPARE(m_tree->rowCount(firstMembers), firstBefore - 1);
}

void TestConsoleModels::adStyleExportShows() {
    // An ldifde export of an AD configuration partition (every objectClass of the chain, Exchange's
    // defaults): in slapd as its own database, into AD imported as `ldifde -i -c` would, with the
    // forest's name replaced. Either way the console opened on the configuration partition shows it.
    const QString exportFile = QStringLiteral(BRIDGEHEAD_SOURCE_DIR "/tests/fixtures/ad-export.ldif");
    closeModels();
    testsupport::DirectoryFixture slapd;
    QTemporaryDir scratch;
    directory::ConnectionSettings s;
    if (m_dir.isActiveDirectory()) {
        // AD holds one forest, and an Exchange organization per forest: a DC without the demo.
        QVERIFY(m_dir.start(testsupport::TestServer::Kind::Samba));
        QFile in(exportFile);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QStringLiteral("DC=corp,DC=example"), m_dir.suffix(), Qt::CaseInsensitive);
        QFile out(scratch.filePath(QStringLiteral("export.ldif")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        QString error;
        QVERIFY2(testsupport::AdOrganizationLoader::loadFile(m_dir.adminSettings(), out.fileName(), &error),
                 qPrintable(error));
        s = m_dir.adminSettings();
        s.baseDn = QStringLiteral("CN=Configuration,") + m_dir.suffix();
    } else {
        directory::LocalDirectory::Options o;
        o.databases = {
            directory::LocalDirectory::Database{QStringLiteral("dc=corp,dc=example"), {exportFile}}};
        QVERIFY(slapd.start(o));
        s = slapd->adminSettings();
        s.baseDn = QStringLiteral("CN=Configuration,DC=corp,DC=example");
    }
    DirectorySession session;
    ConsoleTreeModel tree(session.topology());
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&session, &DirectorySession::loaded);
    session.open(s);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(tree.rowCount(), 1);
    QVERIFY(tree.index(0, 0).data().toString().startsWith(QStringLiteral("Corp")));
    QCOMPARE(session.topology()->objectsOfKind(topology::ObjectKind::Server).size(), 2);
    QCOMPARE(session.topology()->objectsOfKind(topology::ObjectKind::SmtpConnector).size(), 1);
    QCOMPARE(session.topology()->objectsOfKind(topology::ObjectKind::VirtualServer).size(), 2);
}

BRIDGEHEAD_GUI_TEST_MAIN(TestConsoleModels)
#include "tst_consolemodels.moc"
