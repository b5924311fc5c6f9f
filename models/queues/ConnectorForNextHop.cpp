#include "ConnectorForNextHop.h"

#include "ExchangeServer.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QSet>

#include <limits>

namespace queues {

ConnectorForNextHop::ConnectorForNextHop(const topology::Topology *topology, const directory::Dn &server)
    : m_topology(topology)
    , m_server(server) {}

QList<ConnectorForNextHop::Candidate> ConnectorForNextHop::candidates() const {
    QList<Candidate> out;
    if (!m_topology)
        return out;
    QSet<QString> seen;
    for (const topology::SmtpVirtualServer *vs : m_topology->virtualServersOf(m_server))
        for (const topology::SmtpConnector *c : m_topology->connectorsWithBridgehead(vs->dn()))
            if (!seen.contains(c->dn().key())) {
                seen.insert(c->dn().key());
                out.append({c, vs});
            }
    const auto *server = m_topology->findAs<topology::ExchangeServer>(m_server);
    if (!server || !server->homeRoutingGroup().isValid())
        return out;
    for (const topology::DirectoryObject *o : m_topology->connectorsOf(server->homeRoutingGroup())) {
        const auto *c = dynamic_cast<const topology::SmtpConnector *>(o);
        if (c && c->bridgeheads().isEmpty() && !seen.contains(c->dn().key())) {
            seen.insert(c->dn().key());
            out.append({c, nullptr});
        }
    }
    return out;
}

QueueRoute ConnectorForNextHop::resolve(const QueueKey &key) const {
    if (key.kind() == QueueKey::Kind::PendingSubmission)
        return {};
    const auto *server = m_topology ? m_topology->findAs<topology::ExchangeServer>(m_server) : nullptr;
    const directory::Dn homeRg = server ? server->homeRoutingGroup() : directory::Dn();
    const Candidate *best = nullptr;
    int bestSpecificity = -1;
    int bestCost = std::numeric_limits<int>::max();
    const QList<Candidate> all = candidates();
    for (const Candidate &c : all) {
        int specificity = -1;
        int cost = std::numeric_limits<int>::max();
        for (const topology::AddressSpace &space : c.connector->addressSpaces()) {
            if (!space.isSmtp())
                continue;
            // A routing-group scoped connector serves only the servers of its routing group.
            if (space.scope() == topology::AddressSpace::Scope::RoutingGroup &&
                c.connector->routingGroupDn() != homeRg)
                continue;
            if (key.kind() == QueueKey::Kind::Domain && !space.matchesDomain(key.nextHop()))
                continue;
            const int s = key.kind() == QueueKey::Kind::Domain ? space.specificity() : 0;
            if (s > specificity || (s == specificity && space.cost() < cost)) {
                specificity = s;
                cost = space.cost();
            }
        }
        if (specificity < 0)
            continue;
        if (key.kind() == QueueKey::Kind::RelayHost) {
            if (c.connector->usesDns() || !c.connector->smartHosts().contains(key.nextHopHost()))
                continue;
        } else if (!c.connector->usesDns()) {
            continue;
        }
        const bool better =
            !best || specificity > bestSpecificity || (specificity == bestSpecificity && cost < bestCost) ||
            (specificity == bestSpecificity && cost == bestCost &&
             c.connector->displayName().localeAwareCompare(best->connector->displayName()) < 0);
        if (better) {
            best = &c;
            bestSpecificity = specificity;
            bestCost = cost;
        }
    }
    if (!best)
        return {};
    return {best->connector, best->virtualServer};
}

QString ConnectorForNextHop::queueName(const QueueKey &key, const QueueRoute &route) const {
    if (!route.isValid())
        return key.displayName();
    const topology::DirectoryObject *server = m_topology->find(m_server);
    const QString serverName = server ? server->displayName() : m_server.rdnValue();
    QString connector = route.connector->displayName();
    // Connectors are often named after their server already: "Internet Mail SMTP Connector (GW1)".
    if (!connector.endsWith(QLatin1Char('(') + serverName + QLatin1Char(')'), Qt::CaseInsensitive))
        connector = tr("%1 (%2)").arg(connector, serverName);
    return tr("%1 – %2").arg(connector, key.displayName());
}

QString ConnectorForNextHop::sourceName(const QueueRoute &route) const {
    if (route.virtualServer)
        return route.virtualServer->displayName();
    if (!m_topology)
        return QString();
    const QList<const topology::SmtpVirtualServer *> servers = m_topology->virtualServersOf(m_server);
    return servers.size() == 1 ? servers.first()->displayName() : QString();
}

} // namespace queues
