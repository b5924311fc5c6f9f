#include "RoutingGroupPaths.h"

#include "RoutingGroup.h"
#include "RoutingGroupConnector.h"
#include "Topology.h"

#include <QSet>

namespace routing {

namespace {

QString pathKey(const QList<const topology::RoutingGroupConnector *> &path) {
    QStringList names;
    for (const topology::RoutingGroupConnector *c : path)
        names.append(c->name().toLower());
    return names.join(QChar(0));
}

// Cheaper first, then fewer connectors, then by the connectors' names.
bool better(int cost, const QList<const topology::RoutingGroupConnector *> &path, int otherCost,
            const QList<const topology::RoutingGroupConnector *> &otherPath) {
    if (cost != otherCost)
        return cost < otherCost;
    if (path.size() != otherPath.size())
        return path.size() < otherPath.size();
    return pathKey(path) < pathKey(otherPath);
}

} // namespace

RoutingGroupPaths::RoutingGroupPaths(const RoutingTopology &routing, const directory::Dn &from) {
    const topology::Topology &t = routing.topology();
    m_best.insert(from.key(), Step{});
    QSet<QString> done;
    // Dijkstra over routing groups; organizations have a handful of them, so a linear pick is fine.
    while (true) {
        QString current;
        for (auto it = m_best.cbegin(); it != m_best.cend(); ++it) {
            if (done.contains(it.key()))
                continue;
            if (current.isEmpty() || better(it->cost, it->path, m_best[current].cost, m_best[current].path))
                current = it.key();
        }
        if (current.isEmpty())
            break;
        done.insert(current);
        const Step here = m_best.value(current);
        const directory::Dn rgDn = here.path.isEmpty() ? from : here.path.last()->destinationRoutingGroup();
        for (const topology::DirectoryObject *object : t.connectorsOf(rgDn)) {
            if (object->kind() != topology::ObjectKind::RoutingGroupConnector)
                continue;
            const auto *rgc = static_cast<const topology::RoutingGroupConnector *>(object);
            const directory::Dn destination = rgc->destinationRoutingGroup();
            QString reason;
            const bool localBridgeheadsGone =
                !rgc->bridgeheads().isEmpty() && routing.existingVirtualServers(rgc->bridgeheads()).isEmpty();
            if (localBridgeheadsGone)
                reason = RoutingTopology::tr("its local bridgeheads do not exist");
            if (localBridgeheadsGone || !routing.targetOf(rgc, &reason)) {
                if (!destination.isEmpty())
                    m_unusable[destination.key()].append(
                        RoutingTopology::tr("%1: %2").arg(rgc->displayName(), reason));
                continue;
            }
            if (done.contains(destination.key()))
                continue;
            Step next{here.cost + rgc->cost(), here.path};
            next.path.append(rgc);
            const auto existing = m_best.constFind(destination.key());
            if (existing == m_best.cend() || better(next.cost, next.path, existing->cost, existing->path))
                m_best.insert(destination.key(), next);
        }
    }
}

bool RoutingGroupPaths::reaches(const directory::Dn &routingGroup) const {
    return m_best.contains(routingGroup.key());
}

int RoutingGroupPaths::cost(const directory::Dn &routingGroup) const {
    return m_best.value(routingGroup.key()).cost;
}

QList<const topology::RoutingGroupConnector *>
RoutingGroupPaths::path(const directory::Dn &routingGroup) const {
    return m_best.value(routingGroup.key()).path;
}

QStringList RoutingGroupPaths::unusableInto(const directory::Dn &routingGroup) const {
    return m_unusable.value(routingGroup.key());
}

} // namespace routing
