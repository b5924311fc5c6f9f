// `bridgehead new virtual-server`, `new connector` and `new internet-mail`, run as processes with no
// display against a real slapd holding the demo organization: what they create (read back through a
// second connection), what they print (text and JSON), and every refusal with its exit status and
// its reason, with nothing written. Every test starts its own directory.

#include "Attributes.h"
#include "Connection.h"
#include "ConnectorChecks.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "Dn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using directory::Dn;
using directory::Entry;
using testsupport::demo::FirstAg;
using testsupport::demo::FirstRg;
using testsupport::demo::FirstRgConnections;
using testsupport::demo::Gw1;

namespace {

const QString Europe = QStringLiteral("CN=Europe,CN=Administrative Groups,") + testsupport::demo::Org;
const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + Europe;
const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + FirstAg;
const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + FirstAg;
const QString BranchRg = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + Europe;

QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,").arg(n) + server;
}

QList<Dn> dns(const QStringList &texts) {
    QList<Dn> out;
    for (const QString &text : texts)
        if (!text.isEmpty())
            out << Dn::parse(text);
    return out;
}

} // namespace

class TestNewCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void virtualServer();
    void virtualServerRefusals_data();
    void virtualServerRefusals();
    void connector();
    void connectorMakesItsContainer();
    void connectorRefusals_data();
    void connectorRefusals();
    void connectorWithoutBridgehead();
    void connectorByDnWithHostileName();
    void internetMail();
    void internetMailRefusals_data();
    void internetMailRefusals();
    void cannotRun_data();
    void cannotRun();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // `bridgehead WORDS… --uri … --base … --bind-dn … --password-file … ARGUMENTS…`, with no display.
    Run run(const QStringList &words, const QStringList &arguments, bool connect = true);
    Entry entry(const QString &dn);
    using Snapshot = QMap<QString, QStringList>;
    Snapshot snapshot();

    testsupport::DirectoryFixture m_dir;
    QTemporaryDir m_temp;
};

void TestNewCommands::init() {
    QVERIFY(m_dir.startDemo());
    QVERIFY(m_temp.isValid());
    QFile password(m_temp.filePath(QStringLiteral("password")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write(m_dir->adminSettings().password.toUtf8() + '\n');
}

void TestNewCommands::cleanup() {
    m_dir.stop();
}

TestNewCommands::Run TestNewCommands::run(const QStringList &words, const QStringList &arguments,
                                          bool connect) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    QStringList all = words;
    if (connect)
        all << QStringLiteral("--uri") << m_dir->adminSettings().uri << QStringLiteral("--base")
            << m_dir->suffix() << QStringLiteral("--bind-dn") << m_dir->adminSettings().bindDn
            << QStringLiteral("--password-file") << m_temp.filePath(QStringLiteral("password"));
    all << arguments;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BRIDGEHEAD_BINARY), all);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

Entry TestNewCommands::entry(const QString &dn) {
    directory::Connection reader;
    reader.setSettings(m_dir->adminSettings());
    directory::DirectoryReply *reply = reader.searchBase(dn);
    return testsupport::waitFor(reply) ? reply->entries().value(0) : Entry();
}

TestNewCommands::Snapshot TestNewCommands::snapshot() {
    directory::Connection reader;
    reader.setSettings(m_dir->adminSettings());
    directory::SearchRequest request;
    request.base = m_dir->suffix();
    request.attributes = {QStringLiteral("*")};
    directory::DirectoryReply *reply = reader.search(request);
    Snapshot out;
    if (!testsupport::waitFor(reply))
        return out;
    for (const Entry &e : reply->entries()) {
        QStringList lines;
        for (const directory::Attribute &a : e.attributes())
            for (const QString &v : e.strings(a.name))
                lines << a.name.toLower() + QLatin1Char('=') + v;
        lines.sort();
        out.insert(Dn::parse(e.dn()).key(), lines);
    }
    return out;
}

const QStringList NewVirtualServer{QStringLiteral("new"), QStringLiteral("virtual-server")};
const QStringList NewConnector{QStringLiteral("new"), QStringLiteral("connector")};
const QStringList NewInternetMail{QStringLiteral("new"), QStringLiteral("internet-mail")};

void TestNewCommands::virtualServer() {
    const Run text = run(NewVirtualServer, {"--server", "GW1", "--name", "Relay", "--ip", "10.1.0.9",
                                            "--port", "2525", "--fqdn", "relay.example.com"});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QCOMPARE(dns(text.out.split(QLatin1Char('\n'))), QList<Dn>{Dn::parse(vs(Gw1, 3))});
    const Entry created = entry(vs(Gw1, 3));
    QCOMPARE(created.string(topology::attr::adminDisplayName), QStringLiteral("Relay"));
    QCOMPARE(created.strings(topology::attr::serverBindings), QStringList{QStringLiteral("10.1.0.9:2525:")});
    QCOMPARE(created.string(topology::attr::fqdn), QStringLiteral("relay.example.com"));
    QCOMPARE(created.string(topology::attr::maxRecipients), QStringLiteral("64000"));

    // Without --ip: GW1's virtual servers have port 25 of 10.1.0.5 and 198.51.100.25, so not of all
    // addresses; 10.1.0.9, an address of GW1 now, is free on port 25. The FQDN is the server's. JSON
    // says what was created.
    const Run json =
        run(NewVirtualServer, {"--server", Gw1, "--name", "Everything Else", "--format", "json"});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray created4 = object.value(QStringLiteral("created")).toArray();
    QCOMPARE(created4.size(), 1);
    QCOMPARE(Dn::parse(created4.first().toString()), Dn::parse(vs(Gw1, 4)));
    QCOMPARE(entry(vs(Gw1, 4)).strings(topology::attr::serverBindings),
             QStringList{QStringLiteral("10.1.0.9:25:")});
    QCOMPARE(entry(vs(Gw1, 4)).string(topology::attr::fqdn), QStringLiteral("gw1.example.com"));

    // Every address of GW1 has port 25 now: refused, naming the options, and nothing written.
    const Snapshot before = snapshot();
    const Run full = run(NewVirtualServer, {"--server", "GW1", "--name", "One Too Many"});
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(full.err.contains(QStringLiteral("--ip/--port: (All Unassigned):25 includes 10.1.0.5:25, which "
                                              "“Default SMTP Virtual Server” on this server already uses.")),
             qPrintable(full.err));
    QCOMPARE(snapshot(), before);

    // Only --port: all unassigned addresses of that port, where no virtual server has it.
    const Run port = run(NewVirtualServer, {"--server", "EXMBX1", "--name", "Alternate", "--port", "2525"});
    QVERIFY2(port.exitCode == 0, qPrintable(port.err));
    QCOMPARE(entry(vs(Exmbx1, 3)).strings(topology::attr::serverBindings),
             QStringList{QStringLiteral(":2525:")});
}

void TestNewCommands::virtualServerRefusals_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no name") << QStringList{"--server", "GW1"} << "Name the virtual server with --name.";
    QTest::newRow("no server") << QStringList{"--name", "X"} << "Say on which server with --server.";
    QTest::newRow("ip and all unassigned")
        << QStringList{"--server", "GW1", "--name", "X", "--ip", "10.1.0.9", "--all-unassigned"}
        << "Use either --ip or --all-unassigned, not both.";
    QTest::newRow("bad ip") << QStringList{"--server", "GW1", "--name", "X", "--ip", "10.1.0"}
                            << "--ip: \"10.1.0\" is not a valid IP address.";
    QTest::newRow("bad port") << QStringList{"--server", "GW1", "--name", "X", "--port", "70000"}
                              << "--port: The port must be a number from 1 to 65535.";
    QTest::newRow("fqdn is an address")
        << QStringList{"--server", "GW1", "--name", "X", "--fqdn", "192.0.2.1"}
        << "--fqdn: Type a host name such as mail.example.com, not an IP address.";
    QTest::newRow("address taken")
        << QStringList{"--server", "GW1", "--name", "X", "--ip", "10.1.0.5"}
        << "--ip/--port: 10.1.0.5:25 is already used by “Default SMTP Virtual Server” "
           "on this server.";
    QTest::newRow("all unassigned taken") << QStringList{"--server", "EXMBX1", "--name", "X"}
                                          << "--ip/--port: (All Unassigned):25 is already used by “Default "
                                             "SMTP Virtual Server” on this server.";
    QTest::newRow("address under all unassigned")
        << QStringList{"--server", "EXMBX1", "--name", "X", "--ip", "10.1.0.7", "--port", "587"}
        << "--ip/--port: 10.1.0.7:587 is already used by “Client Submission SMTP Virtual Server” on this "
           "server, which listens on port 587 of all unassigned addresses.";
    QTest::newRow("all unassigned over an address")
        << QStringList{"--server", "GW1", "--name", "X", "--all-unassigned"}
        << "--ip/--port: (All Unassigned):25 includes 10.1.0.5:25, which “Default SMTP Virtual Server” "
           "on this server already uses.";
    QTest::newRow("no free address of the server")
        << QStringList{"--server", "GW1", "--name", "X"}
        << "--ip/--port: (All Unassigned):25 includes 10.1.0.5:25, which “Default SMTP Virtual Server” "
           "on this server already uses.";
    QTest::newRow("name taken") << QStringList{"--server", "GW1",
                                               "--name",   "Internet SMTP Virtual Server",
                                               "--ip",     "10.1.0.9"}
                                << "--name: Another virtual server on this server is already called";
    QTest::newRow("unknown server") << QStringList{"--server", "NOPE", "--name", "X"}
                                    << "--server: There is no server named “NOPE” in the organization.";
    QTest::newRow("not a server") << QStringList{"--server", FirstRg, "--name", "X"} << "is not a server";
    QTest::newRow("bad format") << QStringList{"--server", "GW1", "--name", "X", "--format", "xml"}
                                << "--format is text or json, not \"xml\".";
}

void TestNewCommands::virtualServerRefusals() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Snapshot before = snapshot();
    const Run r = run(NewVirtualServer, arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(snapshot(), before);
}

void TestNewCommands::connector() {
    const Run r =
        run(NewConnector,
            {"--routing-group", "First Routing Group", "--name", "Partner Two", "--bridgehead",
             "GW1/Internet SMTP Virtual Server", "--bridgehead", "EXMBX1/default smtp virtual server",
             "--address-space", "SMTP:partner2.example;10", "--address-space", "smtp:*.partner2.example",
             "--scope", "routing-group", "--smart-host", " [192.0.2.8] ; relay.partner2.example "});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString dn = QStringLiteral("CN=Partner Two,") + FirstRgConnections;
    QCOMPARE(dns(r.out.split(QLatin1Char('\n'))), QList<Dn>{Dn::parse(dn)});
    const Entry created = entry(dn);
    QCOMPARE(created.strings(topology::attr::routingList),
             (QStringList{"Local:SMTP:partner2.example;10", "Local:SMTP:*.partner2.example;1"}));
    QCOMPARE(dns(created.strings(topology::attr::sourceBridgeheads)),
             (QList<Dn>{Dn::parse(vs(Gw1, 2)), Dn::parse(vs(Exmbx1, 1))}));
    QCOMPARE(created.string(topology::attr::smartHost), QStringLiteral("relay.partner2.example;[192.0.2.8]"));
    QCOMPARE(Dn::parse(created.string(topology::attr::homeMta)),
             Dn::parse(QStringLiteral("CN=Microsoft MTA,") + Gw1));
}

void TestNewCommands::connectorMakesItsContainer() {
    QVERIFY(
        m_dir.ldapmodify(QStringLiteral("dn: CN=Internal Domains Connector,CN=Connections,%1\nchangetype: "
                                        "delete\n\ndn: CN=Connections,%1\nchangetype: delete\n")
                             .arg(BranchRg)));
    const Run r =
        run(NewConnector, {"--routing-group", "Branch Routing Group", "--name", "Branch Out", "--bridgehead",
                           "EXBR1", "--address-space", "SMTP:*;1", "--dns", "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray created =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("created")).toArray();
    QCOMPARE(created.size(), 2);
    const QString connections = QStringLiteral("CN=Connections,") + BranchRg;
    QCOMPARE(Dn::parse(created.at(0).toString()), Dn::parse(connections));
    QCOMPARE(Dn::parse(created.at(1).toString()), Dn::parse(QStringLiteral("CN=Branch Out,") + connections));
    QVERIFY(entry(connections).hasObjectClass(QStringLiteral("msExchConnectors")));
    QVERIFY(!entry(QStringLiteral("CN=Branch Out,") + connections).has(topology::attr::smartHost));
}

void TestNewCommands::connectorRefusals_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QStringList base{"--routing-group", "First Routing Group", "--name", "New One"};
    const QStringList bridgehead{"--bridgehead", "GW1/Internet SMTP Virtual Server"};
    const QStringList star{"--address-space", "SMTP:*;1"};
    QTest::newRow("no bridgehead") << base + star
                                   << "--bridgehead: " + topology::ConnectorChecks::noBridgeheadRisk() +
                                          " Give --allow-no-bridgehead to create it anyway.";
    QTest::newRow("server with two virtual servers")
        << base + star + QStringList{"--bridgehead", "GW1"}
        << "--bridgehead: GW1 has several SMTP virtual servers (Default SMTP Virtual Server, Internet SMTP "
           "Virtual "
           "Server). Say which, as in GW1/Default SMTP Virtual Server.";
    QTest::newRow("bridgehead of another routing group")
        << base + star + QStringList{"--bridgehead", "GW2"}
        << "is not an SMTP virtual server of a server in “First Routing Group”";
    QTest::newRow("no address space")
        << base + bridgehead
        << "--address-space: Add at least one address space. Use SMTP with address * "
           "for all Internet mail.";
    QTest::newRow("domain with a space")
        << base + bridgehead + QStringList{"--address-space", "SMTP:exa mple.com;1"}
        << "--address-space: A domain cannot contain spaces.";
    QTest::newRow("wildcard inside") << base + bridgehead +
                                            QStringList{"--address-space", "SMTP:mail.*.example;1"}
                                     << "Use * on its own or as the first part of a domain";
    QTest::newRow("cost 0") << base + bridgehead + QStringList{"--address-space", "SMTP:*;0"}
                            << "--address-space: The cost must be a whole number from 1 to 100.";
    QTest::newRow("scope in the address space")
        << base + bridgehead + QStringList{"--address-space", "Local:SMTP:*;1"} << "--scope routing-group";
    QTest::newRow("listed twice") << base + bridgehead + star + QStringList{"--address-space", "SMTP:*;5"}
                                  << "--address-space: SMTP:* is listed more than once.";
    QTest::newRow("bare IP smart host") << base + bridgehead + star + QStringList{"--smart-host", "192.0.2.1"}
                                        << "--smart-host: Put IP addresses in square brackets: [192.0.2.1]";
    QTest::newRow("smart host and DNS")
        << base + bridgehead + star + QStringList{"--smart-host", "a.example", "--dns"}
        << "Use either --smart-host or --dns, not both.";
    QTest::newRow("scope") << base + bridgehead + star + QStringList{"--scope", "world"}
                           << "--scope: The scope is organization or routing-group, not \"world\".";
    QTest::newRow("name taken")
        << QStringList{"--routing-group", "First Routing Group", "--name", "PARTNER CONNECTOR"} + bridgehead +
               star
        << "--name: “Partner Connector” already exists in this routing group. Choose another name.";
    QTest::newRow("unknown routing group")
        << QStringList{"--routing-group", "Nowhere", "--name", "X"} + bridgehead + star
        << "--routing-group: There is no routing group named “Nowhere” in the organization.";
}

void TestNewCommands::connectorRefusals() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Snapshot before = snapshot();
    const Run r = run(NewConnector, arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(snapshot(), before);
}

void TestNewCommands::connectorWithoutBridgehead() {
    const Run r = run(NewConnector, {"--routing-group", "First Routing Group", "--name", "Anyone",
                                     "--address-space", "SMTP:*;1", "--allow-no-bridgehead"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Entry created = entry(QStringLiteral("CN=Anyone,") + FirstRgConnections);
    QVERIFY(created.hasObjectClass(QStringLiteral("msExchRoutingSMTPConnector")));
    QVERIFY(!created.has(topology::attr::sourceBridgeheads));
}

void TestNewCommands::connectorByDnWithHostileName() {
    const QString name = QStringLiteral(" Partner, \"EU\" + <2>; #1 = a\\b Zürich ");
    const Run r = run(NewConnector, {"--routing-group", FirstRg.toLower(), "--name", name, "--bridgehead",
                                     vs(Gw1, 2), "--address-space", "SMTP:*;1"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Dn dn = Dn::parse(FirstRgConnections).child(QStringLiteral("CN"), name);
    QCOMPARE(dns(r.out.split(QLatin1Char('\n'))), QList<Dn>{dn});
    const Entry created = entry(dn.toString());
    QCOMPARE(created.string(QStringLiteral("cn")), name);
    QCOMPARE(Dn::parse(created.dn()).rdnValue(), name);
}

void TestNewCommands::internetMail() {
    // GW2, Europe's gateway, gets an outbound connector through its existing virtual server.
    const Run r = run(NewInternetMail, {"--gateway", "GW2", "--virtual-server", "Default SMTP Virtual Server",
                                        "--smart-host", "smarthost-eu.example.net", "--format", "json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString dn = QStringLiteral("CN=Internet Mail SMTP Connector (GW2),CN=Connections,") + EuropeRg;
    const QJsonArray created =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("created")).toArray();
    QCOMPARE(created.size(), 1);
    QCOMPARE(Dn::parse(created.first().toString()), Dn::parse(dn));
    const Entry connector = entry(dn);
    QCOMPARE(connector.strings(topology::attr::routingList), QStringList{QStringLiteral("SMTP:*;1")});
    QCOMPARE(dns(connector.strings(topology::attr::sourceBridgeheads)), QList<Dn>{Dn::parse(vs(Gw2, 1))});
    QCOMPARE(connector.string(topology::attr::smartHost), QStringLiteral("smarthost-eu.example.net"));

    // EXBR1 has one virtual server, which is used without being named; DNS is the default.
    const Run branch = run(NewInternetMail, {"--gateway", "EXBR1"});
    QVERIFY2(branch.exitCode == 0, qPrintable(branch.err));
    const Entry branchConnector =
        entry(QStringLiteral("CN=Internet Mail SMTP Connector (EXBR1),CN=Connections,") + BranchRg);
    QCOMPARE(dns(branchConnector.strings(topology::attr::sourceBridgeheads)),
             QList<Dn>{Dn::parse(vs(Exbr1, 1))});
    QVERIFY(!branchConnector.has(topology::attr::smartHost));

    // A name GW1 has no virtual server of makes one, on an address of its own: port 25 of GW1's
    // addresses is taken.
    const Run fresh = run(NewInternetMail,
                          {"--gateway", "GW1", "--virtual-server", "Outbound", "--ip", "10.1.0.9", "--dns"});
    QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err));
    QCOMPARE(dns(fresh.out.split(QLatin1Char('\n'))),
             (QList<Dn>{Dn::parse(vs(Gw1, 3)),
                        Dn::parse(QStringLiteral("CN=Internet Mail SMTP Connector (GW1) (2),") +
                                  FirstRgConnections)}));
    QCOMPARE(entry(vs(Gw1, 3)).string(topology::attr::adminDisplayName), QStringLiteral("Outbound"));
    QCOMPARE(entry(vs(Gw1, 3)).strings(topology::attr::serverBindings),
             QStringList{QStringLiteral("10.1.0.9:25:")});

    // Only --port: all unassigned addresses of it, free on GW2.
    const Run port =
        run(NewInternetMail, {"--gateway", "GW2", "--virtual-server", "Submission", "--port", "2525"});
    QVERIFY2(port.exitCode == 0, qPrintable(port.err));
    QCOMPARE(entry(vs(Gw2, 2)).strings(topology::attr::serverBindings), QStringList{QStringLiteral(":2525:")});
    QCOMPARE(Dn::parse(entry(QStringLiteral("CN=Internet Mail SMTP Connector (GW2) (2),CN=Connections,") +
                             EuropeRg)
                           .string(topology::attr::sourceBridgeheads)),
             Dn::parse(vs(Gw2, 2)));
}

void TestNewCommands::internetMailRefusals_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no gateway") << QStringList{} << "Say which server is the gateway with --gateway.";
    QTest::newRow("several virtual servers")
        << QStringList{"--gateway", "EXMBX1"}
        << "--virtual-server: EXMBX1 has several SMTP virtual servers (Client Submission SMTP Virtual "
           "Server, "
           "Default SMTP Virtual Server). Say which with --virtual-server.";
    QTest::newRow("new one collides")
        << QStringList{"--gateway", "GW2", "--virtual-server", "Second"}
        << "--ip/--port: (All Unassigned):25 is already used by “Default SMTP "
           "Virtual Server” on this server.";
    QTest::newRow("new one under all unassigned")
        << QStringList{"--gateway", "GW2", "--virtual-server", "Second", "--ip", "198.51.100.26"}
        << "--ip/--port: 198.51.100.26:25 is already used by “Default SMTP Virtual Server” on this "
           "server, which listens on port 25 of all unassigned addresses.";
    QTest::newRow("new one over an address")
        << QStringList{"--gateway", "GW1", "--virtual-server", "Second", "--all-unassigned"}
        << "--ip/--port: (All Unassigned):25 includes 10.1.0.5:25, which “Default SMTP Virtual Server” "
           "on this server already uses.";
    QTest::newRow("binding of an existing one")
        << QStringList{"--gateway", "GW2", "--virtual-server", "Default SMTP Virtual Server", "--port", "2525"}
        << "--ip/--port: “Default SMTP Virtual Server” exists already; --ip, --all-unassigned and --port are "
           "for a new virtual server.";
    QTest::newRow("binding of the only one")
        << QStringList{"--gateway", "EXBR1", "--ip", "10.1.0.9"}
        << "--ip/--port: “Default SMTP Virtual Server” exists already;";
    QTest::newRow("ip and all unassigned")
        << QStringList{"--gateway", "GW1", "--virtual-server", "Second", "--ip", "10.1.0.9", "--all-unassigned"}
        << "Use either --ip or --all-unassigned, not both.";
    QTest::newRow("bad port") << QStringList{"--gateway", "GW1", "--virtual-server", "Second", "--port", "0"}
                              << "--port: The port must be a number from 1 to 65535.";
    QTest::newRow("another server's virtual server")
        << QStringList{"--gateway", "GW2", "--virtual-server", vs(Gw1, 1)}
        << "is not an SMTP virtual server of GW2";
    QTest::newRow("bad smart host") << QStringList{"--gateway", "EXBR1", "--smart-host", "[300.1.1.1]"}
                                    << "--smart-host: \"[300.1.1.1]\" is not a valid IP address.";
    QTest::newRow("unknown gateway") << QStringList{"--gateway", "GW9"}
                                     << "--gateway: There is no server named “GW9” in the organization.";
}

void TestNewCommands::internetMailRefusals() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Snapshot before = snapshot();
    const Run r = run(NewInternetMail, arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(snapshot(), before);
}

void TestNewCommands::cannotRun_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no directory") << QStringList{"--server", "GW1", "--name", "X"} << "--uri";
    QTest::newRow("nobody listening")
        << QStringList{"--uri", "ldap://127.0.0.1:1", "--server", "GW1", "--name", "X"}
        << "Could not connect";
    QTest::newRow("no organization here")
        << QStringList{"--uri",           "URI",          "--bind-dn", "BINDDN",
                       "--password-file", "PASSWORDFILE", "--base",    "CN=Servers," + FirstAg,
                       "--server",        "GW1",          "--name",    "X"}
        << "There is no Exchange organization under CN=Servers,";
    QTest::newRow("wrong password") << QStringList{"--uri",           "URI",       "--bind-dn", "BINDDN",
                                                   "--password-file", "WRONGFILE", "--server",  "GW1",
                                                   "--name",          "X"}
                                    << "Could not connect";
}

void TestNewCommands::cannotRun() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QFile wrong(m_temp.filePath(QStringLiteral("wrong")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not the password\n");
    wrong.close();
    for (QString &argument : arguments) {
        if (argument == QLatin1String("URI"))
            argument = m_dir->adminSettings().uri;
        else if (argument == QLatin1String("BINDDN"))
            argument = m_dir->adminSettings().bindDn;
        else if (argument == QLatin1String("PASSWORDFILE"))
            argument = m_temp.filePath(QStringLiteral("password"));
        else if (argument == QLatin1String("WRONGFILE"))
            argument = wrong.fileName();
    }
    const Snapshot before = snapshot();
    const Run r = run(NewVirtualServer, arguments, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestNewCommands)
#include "tst_newcommands.moc"
