#include "BenchOrganization.h"

#include "Dn.h"

#include <QFile>
#include <QStringList>

namespace testsupport {

using directory::Dn;

namespace {

class LdifWriter {
public:
    explicit LdifWriter(QFile *file)
        : m_file(file) {}
    void entry(const Dn &dn, const QStringList &lines) {
        QByteArray out = "dn: " + dn.toString().toUtf8() + '\n';
        for (const QString &l : lines)
            out += l.toUtf8() + '\n';
        m_file->write(out + '\n');
        ++m_count;
    }
    int count() const { return m_count; }

private:
    QFile *m_file;
    int m_count = 0;
};

} // namespace

int BenchOrganization::write(const QString &path, const QString &suffix) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    LdifWriter w(&f);
    const Dn base = Dn::parse(suffix);
    w.entry(base, {QStringLiteral("objectClass: dcObject"), QStringLiteral("objectClass: organization"),
                   QStringLiteral("dc: example"), QStringLiteral("o: example")});
    const auto container = [&](const Dn &dn, const QString &cls) {
        w.entry(dn, {QStringLiteral("objectClass: ") + cls, QStringLiteral("cn: ") + dn.rdnValue()});
    };
    const Dn config = base.child(QStringLiteral("CN"), QStringLiteral("Configuration"));
    container(config, QStringLiteral("container"));
    const Dn services = config.child(QStringLiteral("CN"), QStringLiteral("Services"));
    container(services, QStringLiteral("container"));
    const Dn exchange = services.child(QStringLiteral("CN"), QStringLiteral("Microsoft Exchange"));
    container(exchange, QStringLiteral("msExchConfigurationContainer"));
    const Dn org = exchange.child(QStringLiteral("CN"), QStringLiteral("Bench Org"));
    container(org, QStringLiteral("msExchOrganizationContainer"));
    const Dn ags = org.child(QStringLiteral("CN"), QStringLiteral("Administrative Groups"));
    container(ags, QStringLiteral("msExchAdminGroupContainer"));
    for (int a = 0; a < AdminGroups; ++a) {
        const Dn ag = ags.child(QStringLiteral("CN"), QStringLiteral("AG %1").arg(a));
        container(ag, QStringLiteral("msExchAdminGroup"));
        const Dn rgs = ag.child(QStringLiteral("CN"), QStringLiteral("Routing Groups"));
        container(rgs, QStringLiteral("msExchRoutingGroupContainer"));
        const Dn servers = ag.child(QStringLiteral("CN"), QStringLiteral("Servers"));
        container(servers, QStringLiteral("msExchServersContainer"));
        QList<Dn> rgList;
        for (int r = 0; r < RoutingGroupsPerGroup; ++r) {
            const Dn rg = rgs.child(QStringLiteral("CN"), QStringLiteral("RG %1-%2").arg(a).arg(r));
            container(rg, QStringLiteral("msExchRoutingGroup"));
            container(rg.child(QStringLiteral("CN"), QStringLiteral("Connections")),
                      QStringLiteral("msExchConnectors"));
            rgList << rg;
        }
        for (int s = 0; s < ServersPerGroup; ++s) {
            const QString name = QStringLiteral("SRV%1-%2").arg(a).arg(s);
            const Dn server = servers.child(QStringLiteral("CN"), name);
            const Dn rg = rgList[s % RoutingGroupsPerGroup];
            w.entry(server,
                    {QStringLiteral("objectClass: msExchExchangeServer"), QStringLiteral("cn: ") + name,
                     QStringLiteral("msExchHomeRoutingGroup: ") + rg.toString(),
                     QStringLiteral("serialNumber: Version 6.5 (Build 7638.2)")});
            const Dn protocols = server.child(QStringLiteral("CN"), QStringLiteral("Protocols"));
            container(protocols, QStringLiteral("protocolCfgSharedServer"));
            const Dn smtp = protocols.child(QStringLiteral("CN"), QStringLiteral("SMTP"));
            container(smtp, QStringLiteral("msExchProtocolCfgSMTPContainer"));
            for (int v = 1; v <= VirtualServersPerServer; ++v)
                w.entry(smtp.child(QStringLiteral("CN"), QString::number(v)),
                        {QStringLiteral("objectClass: protocolCfgSMTPServer"),
                         QStringLiteral("cn: %1").arg(v),
                         QStringLiteral("adminDisplayName: Virtual Server %1").arg(v),
                         QStringLiteral("msExchServerBindings: :%1:").arg(v == 1 ? 25 : 587),
                         QStringLiteral("msExchSmtpFullyQualifiedDomainName: %1.example.com")
                             .arg(name.toLower())});
        }
        for (int r = 0; r < RoutingGroupsPerGroup; ++r) {
            const Dn connections = rgList[r].child(QStringLiteral("CN"), QStringLiteral("Connections"));
            const Dn bridgehead =
                servers.child(QStringLiteral("CN"), QStringLiteral("SRV%1-%2").arg(a).arg(r))
                    .child(QStringLiteral("CN"), QStringLiteral("Protocols"))
                    .child(QStringLiteral("CN"), QStringLiteral("SMTP"))
                    .child(QStringLiteral("CN"), QStringLiteral("1"));
            for (int c = 0; c < ConnectorsPerRoutingGroup; ++c)
                w.entry(connections.child(QStringLiteral("CN"), QStringLiteral("Connector %1").arg(c)),
                        {QStringLiteral("objectClass: msExchRoutingSMTPConnector"),
                         QStringLiteral("cn: Connector %1").arg(c),
                         QStringLiteral("routingList: SMTP:d%1-%2-%3.example;%4")
                             .arg(a)
                             .arg(r)
                             .arg(c)
                             .arg(c % 100 + 1),
                         QStringLiteral("msExchSmtpSmartHost: relay%1.example.net").arg(c),
                         QStringLiteral("msExchSourceBridgeheadServersDN: ") + bridgehead.toString(),
                         QStringLiteral("homeMTA: CN=Microsoft MTA,") +
                             bridgehead.parent().parent().parent().toString(),
                         QStringLiteral("deliveryMechanism: 2")});
        }
    }
    return w.count();
}

QString BenchOrganization::organization(const QString &suffix) {
    return QStringLiteral("CN=Bench Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,") + suffix;
}

QString BenchOrganization::server(const QString &suffix, int adminGroup, int server) {
    return QStringLiteral("CN=SRV%1-%2,CN=Servers,CN=AG %1,CN=Administrative Groups,%3")
        .arg(adminGroup)
        .arg(server)
        .arg(organization(suffix));
}

QString BenchOrganization::virtualServer(const QString &suffix, int adminGroup, int server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,%2")
        .arg(n)
        .arg(BenchOrganization::server(suffix, adminGroup, server));
}

QString BenchOrganization::connector(const QString &suffix, int adminGroup, int routingGroup, int connector) {
    return QStringLiteral(
               "CN=Connector %1,CN=Connections,CN=RG %2-%3,CN=Routing Groups,CN=AG %2,CN=Administrative "
               "Groups,%4")
        .arg(connector)
        .arg(adminGroup)
        .arg(routingGroup)
        .arg(organization(suffix));
}

} // namespace testsupport
