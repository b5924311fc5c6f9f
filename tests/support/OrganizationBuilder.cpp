#include "OrganizationBuilder.h"

#include "Attributes.h"
#include "Dn.h"

namespace testsupport {

namespace attr = topology::attr;

namespace {

const QString Org =
    QStringLiteral("CN=Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=example,DC=com");

} // namespace

QString OrganizationBuilder::agDn() {
    return QStringLiteral("CN=AG,CN=Administrative Groups,") + Org;
}

QString OrganizationBuilder::routingGroupDn(const QString &rg) {
    return QStringLiteral("CN=%1,CN=Routing Groups,").arg(directory::escapeDnValue(rg)) + agDn();
}

QString OrganizationBuilder::serverDn(const QString &server) {
    return QStringLiteral("CN=%1,CN=Servers,").arg(directory::escapeDnValue(server)) + agDn();
}

QString OrganizationBuilder::virtualServerDn(const QString &serverSlashInstance) {
    const QString server = serverSlashInstance.section(QLatin1Char('/'), 0, 0);
    const QString instance = serverSlashInstance.section(QLatin1Char('/'), 1, 1);
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,")
               .arg(instance.isEmpty() ? QStringLiteral("1") : instance) +
           serverDn(server);
}

QString OrganizationBuilder::connectorDn(const QString &rg, const QString &name) {
    return QStringLiteral("CN=%1,CN=Connections,").arg(directory::escapeDnValue(name)) + routingGroupDn(rg);
}

directory::Entry &OrganizationBuilder::add(const QString &dn, const QStringList &objectClasses) {
    directory::Entry e(dn);
    e.setStrings(attr::objectClass, QStringList{QStringLiteral("top")} + objectClasses);
    m_entries.append(e);
    return m_entries.last();
}

bool OrganizationBuilder::has(const QString &dn) const {
    const directory::Dn wanted = directory::Dn::parse(dn);
    for (const directory::Entry &e : m_entries)
        if (directory::Dn::parse(e.dn()) == wanted)
            return true;
    return false;
}

OrganizationBuilder &OrganizationBuilder::routingGroup(const QString &rg, const QString &master) {
    if (m_entries.isEmpty())
        add(Org, {QStringLiteral("container"), QStringLiteral("msExchOrganizationContainer")});
    directory::Entry &group =
        add(routingGroupDn(rg), {QStringLiteral("container"), QStringLiteral("msExchRoutingGroup")});
    if (!master.isEmpty())
        group.setStrings(attr::routingMaster, {serverDn(master)});
    add(QStringLiteral("CN=Connections,") + routingGroupDn(rg),
        {QStringLiteral("container"), QStringLiteral("msExchConnectors")});
    return *this;
}

OrganizationBuilder &OrganizationBuilder::server(const QString &name, const QString &rg,
                                                 const QString &fqdn) {
    directory::Entry &s =
        add(serverDn(name), {QStringLiteral("server"), QStringLiteral("msExchExchangeServer")});
    if (!rg.isEmpty())
        s.setStrings(attr::homeRoutingGroup, {routingGroupDn(rg)});
    s.setStrings(attr::networkAddress,
                 {QStringLiteral("ncacn_ip_tcp:") +
                  (fqdn.isEmpty() ? name.toLower() + QStringLiteral(".example.com") : fqdn)});
    add(QStringLiteral("CN=Protocols,") + serverDn(name), {QStringLiteral("protocolCfgSharedServer")});
    add(QStringLiteral("CN=SMTP,CN=Protocols,") + serverDn(name),
        {QStringLiteral("msExchProtocolCfgSMTPContainer")});
    return *this;
}

OrganizationBuilder &OrganizationBuilder::virtualServer(const QString &server, const QString &instance,
                                                        const VirtualServer &vs) {
    directory::Entry &e = add(virtualServerDn(server + QLatin1Char('/') + instance),
                              {QStringLiteral("protocolCfg"), QStringLiteral("protocolCfgSMTP"),
                               QStringLiteral("protocolCfgSMTPServer")});
    e.setStrings(attr::adminDisplayName,
                 {vs.displayName.isEmpty() ? QStringLiteral("SMTP %1").arg(instance) : vs.displayName});
    if (!vs.binding.isEmpty())
        e.setStrings(attr::serverBindings, vs.binding.split(QLatin1Char(' ')));
    e.setStrings(attr::fqdn,
                 {vs.fqdn.isEmpty() ? server.toLower() + QStringLiteral(".example.com") : vs.fqdn});
    if (!vs.smartHost.isEmpty()) {
        e.setStrings(attr::smartHost, {vs.smartHost});
        e.setStrings(attr::smartHostType, {QStringLiteral("2")});
    }
    e.setStrings(attr::outgoingPort, {QString::number(vs.outgoingPort)});
    e.setStrings(attr::maxRecipients, {QString::number(vs.maxRecipients)});
    e.setStrings(attr::maxMessageSize, {QString::number(vs.maxMessageSize)});
    return *this;
}

OrganizationBuilder &OrganizationBuilder::virtualServer(const QString &server, const QString &instance) {
    return virtualServer(server, instance, VirtualServer());
}

OrganizationBuilder &OrganizationBuilder::smtpConnector(const QString &rg, const QString &name,
                                                        const Connector &connector) {
    directory::Entry &e =
        add(connectorDn(rg, name), {QStringLiteral("msExchConnector"), QStringLiteral("mailGateway"),
                                    QStringLiteral("msExchRoutingSMTPConnector")});
    e.setStrings(attr::routingList, connector.addressSpaces);
    QStringList bridgeheads;
    for (const QString &b : connector.bridgeheads)
        bridgeheads.append(virtualServerDn(b));
    if (!bridgeheads.isEmpty())
        e.setStrings(attr::sourceBridgeheads, bridgeheads);
    if (!connector.smartHost.isEmpty())
        e.setStrings(attr::smartHost, {connector.smartHost});
    return *this;
}

OrganizationBuilder &OrganizationBuilder::routingGroupConnector(const QString &rg, const QString &name,
                                                                const QString &toRg, int cost,
                                                                const QStringList &localBridgeheads,
                                                                const QStringList &remoteBridgeheads) {
    directory::Entry &e = add(connectorDn(rg, name), {QStringLiteral("msExchConnector"),
                                                      QStringLiteral("msExchRoutingGroupConnector")});
    e.setStrings(attr::cost, {QString::number(cost)});
    e.setStrings(attr::destinationRoutingGroup, {routingGroupDn(toRg)});
    QStringList local;
    for (const QString &b : localBridgeheads)
        local.append(virtualServerDn(b));
    QStringList remote;
    for (const QString &b : remoteBridgeheads)
        remote.append(virtualServerDn(b));
    if (!local.isEmpty())
        e.setStrings(attr::sourceBridgeheads, local);
    if (!remote.isEmpty())
        e.setStrings(attr::targetBridgeheads, remote);
    return *this;
}

OrganizationBuilder &OrganizationBuilder::set(const QString &dn, const QString &attribute,
                                              const QStringList &values) {
    const directory::Dn wanted = directory::Dn::parse(dn);
    for (directory::Entry &e : m_entries)
        if (directory::Dn::parse(e.dn()) == wanted) {
            if (values.isEmpty())
                e.remove(attribute);
            else
                e.setStrings(attribute, values);
        }
    return *this;
}

void OrganizationBuilder::load(topology::Topology &topology) const {
    topology.addEntries(m_entries);
}

} // namespace testsupport
