#include "RoutingTopology.h"

#include "ExchangeServer.h"
#include "RoutingGroup.h"
#include "RoutingGroupConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <algorithm>

namespace routing {

using topology::ExchangeServer;
using topology::SmtpVirtualServer;

const ExchangeServer *RoutingTopology::server(const directory::Dn &dn) const {
    return m_topology.findAs<ExchangeServer>(dn);
}

const ExchangeServer *RoutingTopology::serverOf(const SmtpVirtualServer *vs) const {
    return vs ? server(vs->serverDn()) : nullptr;
}

QList<const SmtpVirtualServer *>
RoutingTopology::existingVirtualServers(const QList<directory::Dn> &dns) const {
    QList<const SmtpVirtualServer *> out;
    for (const directory::Dn &dn : dns) {
        const auto *vs = m_topology.findAs<SmtpVirtualServer>(dn);
        if (vs && serverOf(vs) && !out.contains(vs))
            out.append(vs);
    }
    return out;
}

QList<const SmtpVirtualServer *> RoutingTopology::virtualServersOf(const directory::Dn &serverDn) const {
    QList<const SmtpVirtualServer *> all = m_topology.virtualServersOf(serverDn);
    std::sort(all.begin(), all.end(), [](const SmtpVirtualServer *a, const SmtpVirtualServer *b) {
        bool aNumber = false;
        bool bNumber = false;
        const int an = a->name().toInt(&aNumber);
        const int bn = b->name().toInt(&bNumber);
        if (aNumber != bNumber)
            return aNumber;
        if (aNumber && an != bn)
            return an < bn;
        return a->dn() < b->dn();
    });
    return all;
}

const SmtpVirtualServer *RoutingTopology::sendingVirtualServer(const directory::Dn &serverDn) const {
    const QList<const SmtpVirtualServer *> all = virtualServersOf(serverDn);
    for (const SmtpVirtualServer *vs : all)
        if (!vs->bindings().isEmpty())
            return vs;
    return all.isEmpty() ? nullptr : all.first();
}

NextHop::Host RoutingTopology::addressOf(const SmtpVirtualServer *vs) const {
    NextHop::Host host;
    if (!vs->bindings().isEmpty()) {
        const topology::ServerBinding &binding = vs->bindings().first();
        host.port = binding.port();
        if (!binding.isAllUnassigned()) {
            host.host = binding.address();
            host.literal = true;
            return host;
        }
    }
    host.host = vs->fqdn();
    if (host.host.isEmpty())
        if (const ExchangeServer *s = serverOf(vs))
            host.host = s->fqdn().isEmpty() ? s->name() : s->fqdn();
    return host;
}

NextHop RoutingTopology::serverHop(const SmtpVirtualServer *vs) const {
    const ExchangeServer *s = serverOf(vs);
    return NextHop::server(vs->serverDn(), s ? s->displayName() : vs->serverDn().rdnValue(), vs->dn(),
                           addressOf(vs));
}

const SmtpVirtualServer *RoutingTopology::targetOf(const topology::RoutingGroupConnector *rgc,
                                                   QString *reason) const {
    const directory::Dn destination = rgc->destinationRoutingGroup();
    const auto *group = m_topology.findAs<topology::RoutingGroup>(destination);
    if (!group) {
        if (reason)
            *reason = destination.isEmpty() ? tr("it names no destination routing group")
                                            : tr("its destination routing group does not exist");
        return nullptr;
    }
    const QList<directory::Dn> targets = rgc->targetBridgeheads();
    const QList<const SmtpVirtualServer *> existing = existingVirtualServers(targets);
    if (!existing.isEmpty())
        return existing.first();
    if (!targets.isEmpty()) {
        if (reason)
            *reason = tr("its remote bridgeheads do not exist");
        return nullptr;
    }
    QList<const ExchangeServer *> members = m_topology.members(destination);
    std::sort(members.begin(), members.end(),
              [](const ExchangeServer *a, const ExchangeServer *b) { return a->dn() < b->dn(); });
    const directory::Dn master = group->masterDn();
    std::stable_partition(members.begin(), members.end(),
                          [&master](const ExchangeServer *s) { return s->dn() == master; });
    for (const ExchangeServer *member : members)
        if (const SmtpVirtualServer *vs = sendingVirtualServer(member->dn()))
            return vs;
    if (reason)
        *reason = tr("no server of %1 has an SMTP virtual server").arg(group->displayName());
    return nullptr;
}

QString RoutingTopology::nameOf(const directory::Dn &dn) const {
    if (const topology::DirectoryObject *object = m_topology.find(dn))
        return object->displayName();
    return dn.toDisplayString();
}

} // namespace routing
