#include "InternetRoutes.h"

#include "SmtpConnector.h"

namespace analyzer {

using topology::ObjectKind;
using topology::SmtpConnector;

bool InternetRoutes::isInternetRoute(const SmtpConnector &connector, bool *local) {
    for (const topology::AddressSpace &space : connector.addressSpaces()) {
        if (space.isSmtp() && space.address() == QLatin1String("*")) {
            if (local)
                *local = space.scope() == topology::AddressSpace::Scope::RoutingGroup;
            return true;
        }
    }
    return false;
}

void InternetRoutes::clear() {
    m_routes.clear();
    m_organizationWide = 0;
    m_localByGroup.clear();
}

void InternetRoutes::add(const Route &route) {
    m_routes.insert(route.connector.key(), route);
    if (route.local)
        ++m_localByGroup[route.groupKey];
    else
        ++m_organizationWide;
}

void InternetRoutes::remove(const QString &key) {
    const auto it = m_routes.constFind(key);
    if (it == m_routes.cend())
        return;
    if (it->local) {
        if (--m_localByGroup[it->groupKey] <= 0)
            m_localByGroup.remove(it->groupKey);
    } else {
        --m_organizationWide;
    }
    m_routes.erase(it);
}

void InternetRoutes::rebuild(const topology::Topology &topology) {
    clear();
    for (const SmtpConnector *c : topology.objectsOfKindAs<SmtpConnector>(ObjectKind::SmtpConnector)) {
        bool local = false;
        if (isInternetRoute(*c, &local))
            add(Route{c->dn(), c->routingGroupDn().key(), local});
    }
}

bool InternetRoutes::update(const topology::Topology &topology, const topology::TopologyChange &change) {
    if (change.kind != ObjectKind::SmtpConnector && change.oldKind != ObjectKind::SmtpConnector)
        return false;
    const QString key = change.dn.key();
    const std::optional<Route> before =
        m_routes.contains(key) ? std::optional<Route>(m_routes.value(key)) : std::nullopt;
    std::optional<Route> after;
    if (const auto *c = topology.findAs<SmtpConnector>(change.dn)) {
        bool local = false;
        if (isInternetRoute(*c, &local))
            after = Route{c->dn(), c->routingGroupDn().key(), local};
    }
    if (before == after)
        return false;
    remove(key);
    if (after)
        add(*after);
    return true;
}

QList<directory::Dn> InternetRoutes::connectors() const {
    QList<directory::Dn> out;
    out.reserve(m_routes.size());
    for (const Route &r : m_routes)
        out.append(r.connector);
    return out;
}

} // namespace analyzer
