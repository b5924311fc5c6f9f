#include "CreationPlanner.h"

#include "Attributes.h"
#include "ConnectorChecks.h"
#include "ExchangeDefaults.h"
#include "ExchangeServer.h"
#include "IpAddress.h"
#include "RoutingGroup.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"
#include "VirtualServerChecks.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <functional>

namespace topology {

using directory::Dn;

namespace {

bool refuse(CreationPlanner::Refusal *refusal, CreationPlanner::Field field, const QString &message) {
    if (refusal)
        *refusal = CreationPlanner::Refusal{field, message};
    return false;
}

// `base`, or "base (2)", "base (3)" … : the first that `taken` does not claim.
QString freeName(const QString &base, const std::function<bool(const QString &)> &taken) {
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

// The fixed container `name` of `kind` under `parent`: its DN, and whether it still has to be made.
// Refuses when an entry of another kind holds the name.
bool fixedContainer(const Topology &topology, const Dn &parent, ObjectKind kind, const QString &name, Dn *dn,
                    bool *missing, QString *problem) {
    if (const DirectoryObject *existing = topology.childOfKind(parent, kind)) {
        *dn = existing->dn();
        *missing = false;
        return true;
    }
    *dn = parent.child(QStringLiteral("CN"), name);
    *missing = true;
    if (const DirectoryObject *other = topology.find(*dn)) {
        *problem = CreationPlanner::tr("%1 is a %2, not the %3 it should be.")
                       .arg(other->dn().toDisplayString(), DirectoryObject::kindName(other->kind()),
                            DirectoryObject::kindName(kind));
        return false;
    }
    return true;
}

} // namespace

CreationPlanner::VirtualServer CreationPlanner::defaultVirtualServer(const Topology &topology,
                                                                     const Dn &server) {
    VirtualServer spec;
    spec.server = server;
    spec.name = suggestedVirtualServerName(topology, server);
    spec.binding = defaultBinding(topology, server);
    if (const auto *s = topology.findAs<ExchangeServer>(server))
        spec.fqdn = s->fqdn();
    return spec;
}

ServerBinding CreationPlanner::defaultBinding(const Topology &topology, const Dn &server, int port) {
    const QList<VirtualServerChecks::Neighbour> others = VirtualServerChecks::neighbours(topology, server, Dn());
    const auto free = [&others](const ServerBinding &binding) {
        return VirtualServerChecks::bindingsProblem({binding}, others).isEmpty();
    };
    const ServerBinding everywhere = ServerBinding::create(QString(), port).value_or(ServerBinding());
    if (free(everywhere))
        return everywhere;
    for (const QString &address : serverAddresses(topology, server))
        if (const std::optional<ServerBinding> binding = ServerBinding::create(address, port);
            binding && free(*binding))
            return *binding;
    return everywhere;
}

Dn CreationPlanner::preferredVirtualServer(const Topology &topology, const Dn &gateway) {
    QList<const SmtpVirtualServer *> servers = topology.virtualServersOf(gateway);
    SmtpVirtualServer::sortByInstance(servers);
    const auto sendsToTheInternet = [&topology](const SmtpVirtualServer *vs) {
        for (const SmtpConnector *connector : topology.connectorsWithBridgehead(vs->dn()))
            for (const AddressSpace &space : connector->addressSpaces())
                if (space.isSmtp() && space.address() == QLatin1String("*"))
                    return true;
        return false;
    };
    const auto onPort25 = [](const SmtpVirtualServer *vs) {
        const QList<ServerBinding> &bindings = vs->bindings();
        return std::any_of(bindings.begin(), bindings.end(), [](const ServerBinding &binding) {
            return binding.port() == ServerBinding::DefaultPort;
        });
    };
    for (const SmtpVirtualServer *vs : std::as_const(servers))
        if (sendsToTheInternet(vs))
            return vs->dn();
    for (const SmtpVirtualServer *vs : std::as_const(servers))
        if (onPort25(vs))
            return vs->dn();
    return servers.isEmpty() ? Dn() : servers.first()->dn();
}

CreationPlanner::Connector CreationPlanner::defaultConnector(const Dn &routingGroup) {
    Connector spec;
    spec.routingGroup = routingGroup;
    return spec;
}

QString CreationPlanner::suggestedVirtualServerName(const Topology &topology, const Dn &server) {
    const QList<VirtualServerChecks::Neighbour> others =
        VirtualServerChecks::neighbours(topology, server, Dn());
    return freeName(ExchangeDefaults::virtualServerName(server.rdnValue()), [&others](const QString &name) {
        return std::any_of(others.begin(), others.end(), [&name](const VirtualServerChecks::Neighbour &n) {
            return n.name.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
    });
}

QString CreationPlanner::suggestedConnectorName(const Topology &topology, const Dn &routingGroup,
                                                const QString &serverName) {
    const Dn connections = connectionsOf(topology, routingGroup);
    return freeName(ExchangeDefaults::connectorName(serverName), [&](const QString &name) {
        return topology.find(connections.child(QStringLiteral("CN"), name)) != nullptr;
    });
}

QString CreationPlanner::internetMailConnectorName(const Topology &topology, const Dn &routingGroup,
                                                   const QString &serverName) {
    const Dn connections = connectionsOf(topology, routingGroup);
    return freeName(ExchangeDefaults::internetMailConnectorName(serverName), [&](const QString &name) {
        return topology.find(connections.child(QStringLiteral("CN"), name)) != nullptr;
    });
}

Dn CreationPlanner::connectionsOf(const Topology &topology, const Dn &routingGroup) {
    if (const DirectoryObject *existing = topology.childOfKind(routingGroup, ObjectKind::ConnectorsContainer))
        return existing->dn();
    return routingGroup.child(QStringLiteral("CN"), ExchangeDefaults::connectionsName());
}

QStringList CreationPlanner::serverAddresses(const Topology &topology, const Dn &server) {
    QStringList out;
    const auto add = [&out](const QString &address) {
        if (!address.isEmpty() && !out.contains(address))
            out.append(address);
    };
    if (const DirectoryObject *s = topology.find(server)) {
        for (const QString &value : s->entry().strings(attr::networkAddress)) {
            // "ncacn_ip_tcp:10.1.0.5" names a transport first; an address alone is read as it is.
            const QString text = value.trimmed();
            if (const std::optional<QString> address = IpAddress::canonical(text))
                add(*address);
            else if (const std::optional<QString> after =
                         IpAddress::canonical(text.section(QLatin1Char(':'), 1)))
                add(*after);
        }
    }
    for (const SmtpVirtualServer *vs : topology.virtualServersOf(server))
        for (const ServerBinding &binding : vs->bindings())
            if (!binding.isAllUnassigned())
                add(binding.address());
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const QHostAddress x(a), y(b);
        if (x.protocol() != y.protocol())
            return x.protocol() == QAbstractSocket::IPv4Protocol;
        if (x.protocol() == QAbstractSocket::IPv4Protocol)
            return x.toIPv4Address() < y.toIPv4Address();
        const Q_IPV6ADDR u = x.toIPv6Address(), v = y.toIPv6Address();
        return std::lexicographical_compare(u.c, u.c + 16, v.c, v.c + 16);
    });
    return out;
}

int CreationPlanner::nextInstanceNumber(const Topology &topology, const Dn &server) {
    QSet<int> used;
    for (const SmtpVirtualServer *vs : topology.virtualServersOf(server)) {
        bool ok = false;
        const int n = vs->name().toInt(&ok);
        if (ok)
            used.insert(n);
    }
    // Other entries below CN=SMTP take their names too.
    if (const DirectoryObject *protocols = topology.childOfKind(server, ObjectKind::ProtocolsContainer))
        if (const DirectoryObject *smtp = topology.childOfKind(protocols->dn(), ObjectKind::SmtpContainer))
            for (const DirectoryObject *child : topology.children(smtp->dn())) {
                bool ok = false;
                const int n = child->name().toInt(&ok);
                if (ok)
                    used.insert(n);
            }
    int n = 1;
    while (used.contains(n))
        ++n;
    return n;
}

Dn CreationPlanner::mtaOf(const Topology &topology, const Dn &server) {
    if (const auto *s = topology.findAs<ExchangeServer>(server)) {
        const Dn responsible = Dn::parse(s->entry().string(attr::responsibleMta));
        if (responsible.isValid() && !responsible.isEmpty())
            return responsible;
    }
    return server.child(QStringLiteral("CN"), ExchangeDefaults::mtaName());
}

bool CreationPlanner::addVirtualServer(const Topology &topology, const VirtualServer &spec,
                                       ChangeSet &changes, Dn *created, Refusal *refusal) {
    const auto *server = topology.findAs<ExchangeServer>(spec.server);
    if (!server)
        return refuse(
            refusal, Field::Server,
            tr("%1 is not an Exchange server of this organization.").arg(spec.server.toDisplayString()));
    const QList<VirtualServerChecks::Neighbour> others =
        VirtualServerChecks::neighbours(topology, server->dn(), Dn());
    if (const QString problem = VirtualServerChecks::nameProblem(spec.name, others); !problem.isEmpty())
        return refuse(refusal, Field::Name, problem);
    if (const QString problem = VirtualServerChecks::bindingsProblem({spec.binding}, others);
        !problem.isEmpty())
        return refuse(refusal, Field::Binding, problem);
    if (const QString problem = VirtualServerChecks::fqdnProblem(spec.fqdn); !problem.isEmpty())
        return refuse(refusal, Field::Fqdn, problem);

    // A server set up by hand may lack its protocol containers: they go first.
    Dn protocols, smtp;
    bool protocolsMissing = false, smtpMissing = false;
    QString problem;
    if (!fixedContainer(topology, server->dn(), ObjectKind::ProtocolsContainer,
                        ExchangeDefaults::protocolsName(), &protocols, &protocolsMissing, &problem) ||
        !fixedContainer(topology, protocols, ObjectKind::SmtpContainer, ExchangeDefaults::smtpName(), &smtp,
                        &smtpMissing, &problem))
        return refuse(refusal, Field::Server, problem);
    if (protocolsMissing)
        changes.addEntry(protocols.toString(), ExchangeDefaults::protocolsContainer(),
                         tr("Create the Protocols container of %1").arg(server->name()));
    if (smtpMissing)
        changes.addEntry(smtp.toString(), ExchangeDefaults::smtpContainer(),
                         tr("Create the SMTP container of %1").arg(server->name()));

    const int instance = nextInstanceNumber(topology, server->dn());
    const Dn dn = smtp.child(QStringLiteral("CN"), QString::number(instance));
    const QString fqdn = spec.fqdn.trimmed().isEmpty() ? server->fqdn() : spec.fqdn.trimmed();
    changes.addEntry(dn.toString(), ExchangeDefaults::virtualServer(instance, spec.name, spec.binding, fqdn),
                     tr("Create SMTP virtual server “%1” (CN=%2) on %3, listening on %4")
                         .arg(spec.name)
                         .arg(instance)
                         .arg(server->name(), VirtualServerChecks::describe(spec.binding)));
    *created = dn;
    return true;
}

bool CreationPlanner::addConnector(const Topology &topology, const Connector &spec,
                                   const QList<Dn> &newVirtualServers, ChangeSet &changes, Dn *created,
                                   Refusal *refusal) {
    const auto *group = topology.findAs<RoutingGroup>(spec.routingGroup);
    if (!group)
        return refuse(
            refusal, Field::RoutingGroup,
            tr("%1 is not a routing group of this organization.").arg(spec.routingGroup.toDisplayString()));
    Dn connections;
    bool connectionsMissing = false;
    QString problem;
    if (!fixedContainer(topology, group->dn(), ObjectKind::ConnectorsContainer,
                        ExchangeDefaults::connectionsName(), &connections, &connectionsMissing, &problem))
        return refuse(refusal, Field::RoutingGroup, problem);
    if (const QString nameProblem = ConnectorChecks::newNameProblem(topology, connections, spec.name);
        !nameProblem.isEmpty())
        return refuse(refusal, Field::Name, nameProblem);

    // Local bridgeheads are virtual servers of the routing group's own servers.
    QList<Dn> candidates = newVirtualServers;
    for (const SmtpVirtualServer *vs : topology.virtualServersInRoutingGroup(group->dn()))
        candidates.append(vs->dn());
    QList<Dn> seen;
    for (const Dn &bridgehead : spec.bridgeheads) {
        if (!candidates.contains(bridgehead))
            return refuse(refusal, Field::Bridgeheads,
                          tr("%1 is not an SMTP virtual server of a server in “%2”, so it cannot be a local "
                             "bridgehead of its connectors.")
                              .arg(bridgehead.toDisplayString(), group->displayName()));
        if (seen.contains(bridgehead))
            return refuse(
                refusal, Field::Bridgeheads,
                tr("%1 is chosen more than once as a local bridgehead.").arg(bridgehead.toDisplayString()));
        seen.append(bridgehead);
    }
    if (spec.bridgeheads.isEmpty() && !spec.allowNoBridgehead)
        return refuse(refusal, Field::Bridgeheads, ConnectorChecks::noBridgeheadRisk());
    QList<AddressSpace> spaces;
    for (const AddressSpace &space : spec.addressSpaces)
        spaces.append(space.withScope(spec.scope));
    if (const QString spacesProblem = ConnectorChecks::addressSpacesProblem(spaces); !spacesProblem.isEmpty())
        return refuse(refusal, Field::AddressSpaces, spacesProblem);

    // homeMTA is mandatory. Exchange names the MTA of the first bridgehead's server; without a
    // bridgehead, that of the routing group master, or else of the first member server.
    Dn mtaServer;
    if (!spec.bridgeheads.isEmpty()) {
        mtaServer = spec.bridgeheads.first().parent().parent().parent();
    } else {
        QList<const ExchangeServer *> members = topology.members(group->dn());
        std::sort(members.begin(), members.end(), [](const ExchangeServer *a, const ExchangeServer *b) {
            return a->name().compare(b->name(), Qt::CaseInsensitive) < 0;
        });
        for (const ExchangeServer *member : std::as_const(members))
            if (member->dn() == group->masterDn())
                mtaServer = member->dn();
        if (mtaServer.isEmpty() && !members.isEmpty())
            mtaServer = members.first()->dn();
    }
    if (mtaServer.isEmpty())
        return refuse(refusal, Field::Bridgeheads,
                      tr("“%1” has no servers, so there is no server for the connector to belong to. Move a "
                         "server into the routing group first.")
                          .arg(group->displayName()));

    if (connectionsMissing)
        changes.addEntry(connections.toString(), ExchangeDefaults::connectionsContainer(),
                         tr("Create the Connectors container of “%1”").arg(group->displayName()));
    const Dn dn = connections.child(QStringLiteral("CN"), spec.name);
    changes.addEntry(dn.toString(),
                     ExchangeDefaults::connector(spec.name, spaces, spec.bridgeheads, spec.smartHosts,
                                                 mtaOf(topology, mtaServer)),
                     tr("Create SMTP connector “%1” in “%2”").arg(spec.name, group->displayName()));
    *created = dn;
    return true;
}

std::optional<CreationPlanner::Plan> CreationPlanner::plan(const Topology &topology,
                                                           const VirtualServer &spec, Refusal *refusal) {
    Plan plan;
    if (!addVirtualServer(topology, spec, plan.changes, &plan.virtualServer, refusal))
        return std::nullopt;
    return plan;
}

std::optional<CreationPlanner::Plan> CreationPlanner::plan(const Topology &topology, const Connector &spec,
                                                           Refusal *refusal) {
    Plan plan;
    if (!addConnector(topology, spec, {}, plan.changes, &plan.connector, refusal))
        return std::nullopt;
    plan.connectorName = spec.name;
    return plan;
}

std::optional<CreationPlanner::Plan> CreationPlanner::plan(const Topology &topology, const InternetMail &spec,
                                                           Refusal *refusal) {
    const auto *gateway = topology.findAs<ExchangeServer>(spec.gateway);
    if (!gateway) {
        refuse(refusal, Field::Server,
               tr("%1 is not an Exchange server of this organization.").arg(spec.gateway.toDisplayString()));
        return std::nullopt;
    }
    const Dn group = gateway->homeRoutingGroup();
    if (!topology.findAs<RoutingGroup>(group)) {
        refuse(refusal, Field::Server,
               tr("%1 belongs to no routing group of this organization, so no connector can send through it.")
                   .arg(gateway->name()));
        return std::nullopt;
    }
    Plan plan;
    QList<Dn> created;
    if (!spec.virtualServer.isEmpty()) {
        const auto *vs = topology.findAs<SmtpVirtualServer>(spec.virtualServer);
        if (!vs || vs->serverDn() != gateway->dn()) {
            refuse(refusal, Field::VirtualServer,
                   tr("%1 is not an SMTP virtual server of %2.")
                       .arg(spec.virtualServer.toDisplayString(), gateway->name()));
            return std::nullopt;
        }
        plan.virtualServer = vs->dn();
    } else {
        VirtualServer newServer = spec.newVirtualServer;
        newServer.server = gateway->dn();
        if (!addVirtualServer(topology, newServer, plan.changes, &plan.virtualServer, refusal))
            return std::nullopt;
        created.append(plan.virtualServer);
    }
    Connector connector = defaultConnector(group);
    connector.name = internetMailConnectorName(topology, group, gateway->name());
    connector.bridgeheads = {plan.virtualServer};
    connector.smartHosts = spec.smartHosts;
    if (!addConnector(topology, connector, created, plan.changes, &plan.connector, refusal))
        return std::nullopt;
    plan.connectorName = connector.name;
    return plan;
}

} // namespace topology
