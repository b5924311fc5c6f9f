// The Postfix configuration rendered from hand-made organizations: listeners from virtual-server
// bindings with their limits, transport entries per address space with the connector's route
// (smart hosts, DNS, a bridgehead first, a fallback relay, the connector's own settings), the
// relay host of a virtual server's own smart host, and a map that the real postmap reads back
// with the value each address space should get.

#include "OrganizationBuilder.h"
#include "PostfixConfigGenerator.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using postfix::PostfixConfig;
using postfix::PostfixConfigGenerator;
using testsupport::OrganizationBuilder;
using Vs = testsupport::OrganizationBuilder::VirtualServer;
using Connector = testsupport::OrganizationBuilder::Connector;

namespace {

const QString Hq = QStringLiteral("HQ");
const QString Europe = QStringLiteral("Europe");

Connector connector(const QStringList &spaces, const QStringList &bridgeheads = {},
                    const QString &smartHost = {}) {
    Connector c;
    c.addressSpaces = spaces;
    c.bridgeheads = bridgeheads;
    c.smartHost = smartHost;
    return c;
}

// GW1 (two virtual servers) and MBX1 in HQ, EU1 in Europe; an Internet connector on GW1 with two
// smart hosts, a partner connector by DNS requiring TLS, and Europe's Internet connector behind a
// routing group connector as the costlier way out.
OrganizationBuilder organization() {
    OrganizationBuilder org;
    org.routingGroup(Hq).routingGroup(Europe);
    org.server(QStringLiteral("GW1"), Hq)
        .server(QStringLiteral("MBX1"), Hq)
        .server(QStringLiteral("EU1"), Europe);
    Vs gw1;
    gw1.binding = QStringLiteral("10.0.0.1:25:");
    gw1.fqdn = QStringLiteral("mail.example.com");
    gw1.maxMessageSize = 10485760;
    gw1.maxRecipients = 500;
    Vs gw1b;
    gw1b.binding = QStringLiteral(":2525: [2001:db8::1]:25:");
    org.virtualServer(QStringLiteral("GW1"), QStringLiteral("1"), gw1)
        .virtualServer(QStringLiteral("GW1"), QStringLiteral("2"), gw1b)
        .virtualServer(QStringLiteral("MBX1"))
        .virtualServer(QStringLiteral("EU1"));
    org.smtpConnector(Hq, QStringLiteral("Internet"),
                      connector({QStringLiteral("SMTP:*;1")}, {QStringLiteral("GW1/1")},
                                QStringLiteral("relay.example.net;[192.0.2.1]")))
        .smtpConnector(Hq, QStringLiteral("Partner"),
                       connector({QStringLiteral("SMTP:partner.example;5")}, {QStringLiteral("GW1/1")}))
        .set(OrganizationBuilder::connectorDn(Hq, QStringLiteral("Partner")),
             QStringLiteral("msExchSmtpOutboundSecurityFlag"), {QStringLiteral("4")})
        .smtpConnector(Europe, QStringLiteral("Europe Internet"),
                       connector({QStringLiteral("SMTP:*;1")}, {}, QStringLiteral("[198.51.100.40]")))
        .routingGroupConnector(Hq, QStringLiteral("HQ to Europe"), Europe, 10, {QStringLiteral("GW1/1")},
                               {QStringLiteral("EU1/1")});
    return org;
}

PostfixConfig generate(const OrganizationBuilder &org, const QString &server,
                       const PostfixConfigGenerator::Options &options = {}) {
    topology::Topology t;
    org.load(t);
    QString error;
    const std::optional<PostfixConfig> config = PostfixConfigGenerator::generate(
        t, directory::Dn::parse(OrganizationBuilder::serverDn(server)), options, &error);
    if (!config)
        qWarning("%s", qPrintable(error));
    return config.value_or(PostfixConfig());
}

int run(const QString &program, const QStringList &arguments, QString *output) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(30000))
        return -1;
    *output = QString::fromUtf8(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestPostfixConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listenersFromBindings();
    void gatewayEntries();
    void otherServersHandToTheBridgehead();
    void addressesCanBeMoved();
    void outsideDestinationsCanBeRedirected();
    void virtualServerSmartHostIsTheRelayHost();
    void fragmentsAndComments();
    void postmapReadsEveryAddressSpace();
    void unknownServerIsRefused();
};

void TestPostfixConfig::listenersFromBindings() {
    const PostfixConfig config = generate(organization(), QStringLiteral("GW1"));
    QCOMPARE(config.listeners.size(), 3);
    const postfix::Listener *first = config.listener(QStringLiteral("10.0.0.1:25"));
    QVERIFY(first);
    QVERIFY(first->overrides.contains(QStringLiteral("myhostname=mail.example.com")));
    QVERIFY(first->overrides.contains(QStringLiteral("message_size_limit=10485760")));
    QVERIFY(first->overrides.contains(QStringLiteral("smtpd_recipient_limit=500")));
    QVERIFY(first->overrides.filter(QStringLiteral("syslog_name="))
                .first()
                .endsWith(QStringLiteral("/bh-gw1-vs1")));
    // "(All Unassigned)" listens on every address: a bare port.
    const postfix::Listener *all = config.listener(QStringLiteral("2525"));
    QVERIFY(all);
    QVERIFY(all->overrides.contains(QStringLiteral("message_size_limit=0"))); // no limit, in both
    QVERIFY(config.listener(QStringLiteral("[2001:db8::1]:25")));
}

void TestPostfixConfig::gatewayEntries() {
    const PostfixConfig config = generate(organization(), QStringLiteral("GW1"));
    // The default route: the Internet connector's smart hosts in order, Europe's connector (one
    // routing group connector away, cost 11) as fallback relay through its remote bridgehead.
    const postfix::TransportEntry *star = config.entry(QStringLiteral("*"));
    QVERIFY(star);
    QCOMPARE(star->nexthop, QStringLiteral("[relay.example.net]:25, [192.0.2.1]:25"));
    QCOMPARE(star->connector, QStringLiteral("Internet"));
    QVERIFY(star->comment.contains(QStringLiteral("Internet (SMTP:*;1, cost 1)")));
    QVERIFY(star->comment.contains(QStringLiteral("then Europe Internet as fallback relay")));
    const postfix::Transport *withFallback = config.transport(star->transport);
    QVERIFY(withFallback);
    QCOMPARE(withFallback->overrides,
             QStringList{QStringLiteral("smtp_fallback_relay=[eu1.example.com]:25")});

    // The partner domain and its subdomains: DNS, TLS required by the connector.
    const postfix::TransportEntry *partner = config.entry(QStringLiteral("partner.example"));
    const postfix::TransportEntry *partnerSubdomains = config.entry(QStringLiteral(".partner.example"));
    QVERIFY(partner && partnerSubdomains);
    QCOMPARE(partner->value(), partnerSubdomains->value());
    QCOMPARE(partner->nexthop, QString());
    const postfix::Transport *tls = config.transport(partner->transport);
    QVERIFY(tls);
    QCOMPARE(tls->overrides, QStringList{QStringLiteral("smtp_tls_security_level=encrypt")});
    QCOMPARE(config.entries.size(), 3);
}

void TestPostfixConfig::otherServersHandToTheBridgehead() {
    const PostfixConfig config = generate(organization(), QStringLiteral("MBX1"));
    // MBX1 is no bridgehead: everything goes to GW1's bound address first; GW1 applies TLS.
    const postfix::TransportEntry *partner = config.entry(QStringLiteral("partner.example"));
    QVERIFY(partner);
    QCOMPARE(partner->value(), QStringLiteral("smtp:[10.0.0.1]:25"));
    QVERIFY(partner->comment.contains(QStringLiteral("first to GW1")));
    const postfix::TransportEntry *star = config.entry(QStringLiteral("*"));
    QCOMPARE(star->nexthop, QStringLiteral("[10.0.0.1]:25"));
    // Its fallback leaves through the routing group connector, whose local bridgehead is GW1 too.
    QCOMPARE(config.transport(star->transport)->overrides,
             QStringList{QStringLiteral("smtp_fallback_relay=[10.0.0.1]:25")});
    QCOMPARE(config.listeners.size(), 1);
    QVERIFY(config.listener(QStringLiteral("25")));
}

void TestPostfixConfig::addressesCanBeMoved() {
    // As the demo does: each virtual server on a loopback port of its own, and the routes follow.
    PostfixConfigGenerator::Options options;
    options.addressOf = [](const topology::SmtpVirtualServer &vs,
                           int binding) -> std::optional<routing::NextHop::Host> {
        if (vs.serverDn().rdnValue() == QLatin1String("GW1") && vs.name() == QLatin1String("1") &&
            binding == 0)
            return routing::NextHop::Host{QStringLiteral("127.0.0.1"), true, 2601};
        return std::nullopt;
    };
    QVERIFY(
        generate(organization(), QStringLiteral("GW1"), options).listener(QStringLiteral("127.0.0.1:2601")));
    QCOMPARE(generate(organization(), QStringLiteral("MBX1"), options).entry(QStringLiteral("*"))->nexthop,
             QStringLiteral("[127.0.0.1]:2601"));
}

void TestPostfixConfig::outsideDestinationsCanBeRedirected() {
    // As the demo does: nothing leaves the loopback interface.
    PostfixConfigGenerator::Options options;
    options.sendTo = [](const routing::NextHop::Host &) {
        return std::optional<routing::NextHop::Host>(
            routing::NextHop::Host{QStringLiteral("127.0.0.1"), true, 9});
    };
    const PostfixConfig config = generate(organization(), QStringLiteral("GW1"), options);
    QCOMPARE(config.entry(QStringLiteral("*"))->nexthop, QStringLiteral("[127.0.0.1]:9"));
    QCOMPARE(config.entry(QStringLiteral("partner.example"))->nexthop,
             QStringLiteral("[127.0.0.1]:9")); // was DNS
}

void TestPostfixConfig::virtualServerSmartHostIsTheRelayHost() {
    OrganizationBuilder org;
    org.routingGroup(Hq).server(QStringLiteral("BR1"), Hq);
    Vs br1;
    br1.smartHost = QStringLiteral("[10.0.0.1]");
    br1.outgoingPort = 2525;
    org.virtualServer(QStringLiteral("BR1"), QStringLiteral("1"), br1)
        .smtpConnector(Hq, QStringLiteral("Lab"), connector({QStringLiteral("Local:SMTP:lab.example;1")}));
    const PostfixConfig config = generate(org, QStringLiteral("BR1"));
    QCOMPARE(config.relayHost, QStringLiteral("[10.0.0.1]:2525"));
    QVERIFY(config.mainCf().contains(QStringLiteral("\nrelayhost = [10.0.0.1]:2525\n")));
    // The lab connector uses DNS, but the sending virtual server's smart host stays in force.
    QCOMPARE(config.entry(QStringLiteral("lab.example"))->value(), QStringLiteral("smtp:[10.0.0.1]:2525"));
    QVERIFY(!config.entry(QStringLiteral("*")));
}

void TestPostfixConfig::fragmentsAndComments() {
    const PostfixConfig config = generate(organization(), QStringLiteral("GW1"));
    for (const QString &fragment : {config.mainCf(), config.masterCf()}) {
        const QStringList lines = fragment.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(PostfixConfig::BeginMarker + QStringLiteral(" GW1")));
        QCOMPARE(lines.last(), PostfixConfig::EndMarker);
    }
    QVERIFY(config.mainCf().contains(
        QStringLiteral("\ntransport_maps = hash:$config_directory/bridgehead_transport\n")));
    QVERIFY(
        config.masterCf().contains(QStringLiteral("\n10.0.0.1:25 inet n - n - - smtpd\n  -o syslog_name=")));
    // Every entry has the comment naming its connector on the line above it.
    const QStringList lines = config.transportMap().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int entries = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1Char('#')))
            continue;
        ++entries;
        QVERIFY(i > 0 && lines[i - 1].startsWith(QStringLiteral("# ")));
        QVERIFY(lines[i - 1].contains(QStringLiteral("Internet")) ||
                lines[i - 1].contains(QStringLiteral("Partner")));
    }
    QCOMPARE(entries, 3);
}

void TestPostfixConfig::postmapReadsEveryAddressSpace() {
    const PostfixConfig config = generate(organization(), QStringLiteral("MBX1"));
    QTemporaryDir dir;
    QFile main(dir.filePath(QStringLiteral("main.cf")));
    QVERIFY(main.open(QIODevice::WriteOnly));
    main.write("compatibility_level = 3.6\n");
    main.close();
    QFile map(dir.filePath(PostfixConfig::TransportMapFile));
    QVERIFY(map.open(QIODevice::WriteOnly));
    map.write(config.transportMap().toUtf8());
    map.close();
    const QString table = QStringLiteral("hash:") + map.fileName();
    QString output;
    QCOMPARE(run(QStringLiteral("postmap"), {QStringLiteral("-c"), dir.path(), table}, &output), 0);
    for (const postfix::TransportEntry &entry : config.entries) {
        QCOMPARE(run(QStringLiteral("postmap"),
                     {QStringLiteral("-c"), dir.path(), QStringLiteral("-q"), entry.pattern, table}, &output),
                 0);
        QCOMPARE(output, entry.value());
    }
    QCOMPARE(
        run(QStringLiteral("postmap"),
            {QStringLiteral("-c"), dir.path(), QStringLiteral("-q"), QStringLiteral("contoso.com"), table},
            &output),
        1); // not in the map: the "*" entry applies
}

void TestPostfixConfig::unknownServerIsRefused() {
    topology::Topology t;
    organization().load(t);
    QString error;
    QVERIFY(!PostfixConfigGenerator::generate(
        t, directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("NOPE"))), &error));
    QVERIFY(error.contains(QStringLiteral("not an Exchange server")));
}

QTEST_GUILESS_MAIN(TestPostfixConfig)
#include "tst_postfixconfig.moc"
