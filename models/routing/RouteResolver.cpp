#include "RouteResolver.h"

#include "ExchangeServer.h"
#include "RecipientAddress.h"
#include "RoutingGroup.h"
#include "RoutingGroupConnector.h"
#include "RoutingGroupPaths.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <algorithm>

namespace routing {

using topology::AddressSpace;
using topology::ExchangeServer;
using topology::SmtpConnector;
using topology::SmtpVirtualServer;

struct RouteResolver::Context {
    const ExchangeServer *source = nullptr;
    directory::Dn routingGroup;
    QString routingGroupName;
    QString domain; // empty: the default route
    const RoutingGroupPaths *paths = nullptr;
};

namespace {

bool matches(const AddressSpace &space, const QString &domain) {
    return domain.isEmpty() ? space.isSmtp() && space.specificity() == 0 : space.matchesDomain(domain);
}

QString listed(const QList<AddressSpace> &spaces) {
    QStringList values;
    for (const AddressSpace &space : spaces)
        values.append(space.toRoutingListValue());
    return values.join(QLatin1String(", "));
}

// The order candidates are taken in; see the class comment.
bool before(const RouteCandidate &a, const RouteCandidate &b) {
    if (a.specificity != b.specificity)
        return a.specificity > b.specificity;
    if (a.totalCost() != b.totalCost())
        return a.totalCost() < b.totalCost();
    if (a.inSourceRoutingGroup != b.inSourceRoutingGroup)
        return a.inSourceRoutingGroup;
    if (a.sourceIsBridgehead != b.sourceIsBridgehead)
        return a.sourceIsBridgehead;
    if (a.hops.size() != b.hops.size())
        return a.hops.size() < b.hops.size();
    const int byName = a.connectorName.compare(b.connectorName, Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return a.connectorDn < b.connectorDn;
}

QList<NextHop::Host> hostsOf(const topology::SmartHostList &list, int port) {
    QList<NextHop::Host> hosts;
    for (const topology::SmartHostList::SmartHost &smartHost : list.hosts())
        hosts.append(NextHop::Host{smartHost.host, smartHost.isLiteral, port});
    return hosts;
}

const SmtpVirtualServer *hostedBy(const ExchangeServer *server,
                                  const QList<const SmtpVirtualServer *> &virtualServers) {
    for (const SmtpVirtualServer *vs : virtualServers)
        if (vs->serverDn() == server->dn())
            return vs;
    return nullptr;
}

} // namespace

RouteResolver::RouteResolver(const topology::Topology &topology)
    : m_routing(topology) {}

Route RouteResolver::resolve(const directory::Dn &server, const QString &recipient) const {
    QString error;
    const std::optional<RecipientAddress> address = RecipientAddress::parse(recipient, &error);
    if (!address) {
        Route route;
        route.sourceDn = server;
        route.recipient = recipient.trimmed();
        route.error = error;
        return route;
    }
    Route route = resolveDomain(server, address->domain());
    route.recipient = address->address();
    return route;
}

Route RouteResolver::resolveDomain(const directory::Dn &server, const QString &domain) const {
    Route route;
    route.sourceDn = server;
    route.domain = domain;
    route.recipient = domain;
    const topology::Topology &t = m_routing.topology();
    const ExchangeServer *source = m_routing.server(server);
    if (!source) {
        route.error = tr("%1 is not an Exchange server in the directory.").arg(server.toDisplayString());
        return route;
    }
    route.sourceName = source->displayName();
    const auto *group = t.findAs<topology::RoutingGroup>(source->homeRoutingGroup());
    if (!group) {
        route.error = tr("%1 belongs to no routing group: its msExchHomeRoutingGroup is empty or names no "
                         "routing group.")
                          .arg(source->displayName());
        return route;
    }
    const RoutingGroupPaths paths(m_routing, group->dn());
    const Context context{source, group->dn(), group->displayName(), domain, &paths};

    QList<const SmtpConnector *> connectors =
        t.objectsOfKindAs<SmtpConnector>(topology::ObjectKind::SmtpConnector);
    std::sort(connectors.begin(), connectors.end(), [](const SmtpConnector *a, const SmtpConnector *b) {
        const int byName = a->displayName().compare(b->displayName(), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a->dn() < b->dn();
    });
    QList<RouteCandidate> candidates;
    QList<RejectedConnector> notCandidates;
    for (const SmtpConnector *connector : connectors) {
        QString rejection;
        if (std::optional<RouteCandidate> candidate = evaluate(context, connector, &rejection))
            candidates.append(*candidate);
        else
            notCandidates.append(
                RejectedConnector{connector->dn(), connector->displayName(), rejection, false});
    }
    std::sort(candidates.begin(), candidates.end(), before);

    // Routing never falls back to a less specific address space: those are out, the others are
    // fallbacks in order.
    QList<RejectedConnector> lessSpecific;
    while (candidates.size() > 1 && candidates.last().specificity < candidates.first().specificity) {
        const RouteCandidate loser = candidates.takeLast();
        lessSpecific.prepend(RejectedConnector{loser.connectorDn, loser.connectorName,
                                               lostReason(context, candidates.first(), loser), false});
    }
    for (qsizetype i = 1; i < candidates.size(); ++i)
        route.rejected.append(RejectedConnector{candidates[i].connectorDn, candidates[i].connectorName,
                                                lostReason(context, candidates.first(), candidates[i]),
                                                true});
    route.rejected += lessSpecific + notCandidates;

    if (candidates.isEmpty()) {
        route.hops = {directDelivery(context)};
    } else {
        candidates.first().hops.last().reason = chosenReason(context, candidates);
        route.hops = candidates.first().hops;
    }
    route.candidates = candidates;
    return route;
}

std::optional<RouteCandidate> RouteResolver::evaluate(const Context &context, const SmtpConnector *connector,
                                                      QString *rejection) const {
    auto reject = [rejection](const QString &reason) {
        *rejection = reason;
        return std::optional<RouteCandidate>();
    };
    const topology::Topology &t = m_routing.topology();
    if (connector->addressSpaceValues().isEmpty())
        return reject(tr("It has no address space."));
    QList<AddressSpace> smtp;
    for (const AddressSpace &space : connector->addressSpaces())
        if (space.isSmtp())
            smtp.append(space);
    if (smtp.isEmpty()) {
        for (const auto &value : connector->addressSpaceValues())
            if (!value.isValid())
                return reject(tr("Its address space \"%1\" cannot be read: %2").arg(value.raw, value.error));
        return reject(tr("It has no SMTP address space (%1).").arg(listed(connector->addressSpaces())));
    }
    QList<AddressSpace> matching;
    for (const AddressSpace &space : smtp)
        if (matches(space, context.domain))
            matching.append(space);
    if (matching.isEmpty())
        return reject(
            context.domain.isEmpty()
                ? tr("It is not a default route: its address spaces (%1) have no *.").arg(listed(smtp))
                : tr("Its address spaces (%1) do not cover %2.").arg(listed(smtp), context.domain));
    const AddressSpace best =
        *std::min_element(matching.cbegin(), matching.cend(), [](const auto &a, const auto &b) {
            return a.specificity() != b.specificity() ? a.specificity() > b.specificity()
                                                      : a.cost() < b.cost();
        });

    const directory::Dn connectorGroup = connector->routingGroupDn();
    const auto *group = t.findAs<topology::RoutingGroup>(connectorGroup);
    if (!group)
        return reject(tr("It is not inside a routing group's Connectors container."));
    const bool local = connectorGroup == context.routingGroup;
    if (connector->scope() == AddressSpace::Scope::RoutingGroup && !local)
        return reject(
            tr("Its scope is its routing group (Local:), %1, and %2 is in %3.")
                .arg(group->displayName(), context.source->displayName(), context.routingGroupName));
    if (!connector->usesDns() && !connector->smartHostValue().isValid())
        return reject(tr("Its smart host \"%1\" cannot be used: %2")
                          .arg(connector->rawSmartHosts(), connector->smartHostValue().error));
    if (!local && !context.paths->reaches(connectorGroup)) {
        QString reason = tr("No routing group connector leads from %1 to %2, where it is.")
                             .arg(context.routingGroupName, group->displayName());
        const QStringList unusable = context.paths->unusableInto(connectorGroup);
        if (!unusable.isEmpty())
            reason += QLatin1Char(' ') + tr("Not usable: %1.").arg(unusable.join(QLatin1String("; ")));
        return reject(reason);
    }

    // Local bridgeheads must be virtual servers of the connector's own routing group.
    const QList<directory::Dn> declared = connector->bridgeheads();
    QList<const SmtpVirtualServer *> bridgeheads;
    for (const SmtpVirtualServer *vs : m_routing.existingVirtualServers(declared))
        if (m_routing.serverOf(vs)->homeRoutingGroup() == connectorGroup)
            bridgeheads.append(vs);
    if (!declared.isEmpty() && bridgeheads.isEmpty())
        return reject(tr("None of its local bridgeheads is a virtual server of a server in %1.")
                          .arg(group->displayName()));

    RouteCandidate candidate;
    candidate.connectorDn = connector->dn();
    candidate.connectorName = connector->displayName();
    candidate.routingGroupDn = connectorGroup;
    candidate.routingGroupName = group->displayName();
    candidate.addressSpace = best;
    candidate.specificity = best.specificity();
    candidate.inSourceRoutingGroup = local;
    if (!local) {
        candidate.pathCost = context.paths->cost(connectorGroup);
        for (const topology::RoutingGroupConnector *rgc : context.paths->path(connectorGroup))
            candidate.routingGroupConnectors.append(rgc->dn());
    }
    candidate.hops = walk(context, connector, bridgeheads, *context.paths);
    candidate.sourceIsBridgehead = candidate.hops.first().via != RouteHop::Via::Bridgehead;
    return candidate;
}

QList<RouteHop> RouteResolver::walk(const Context &context, const SmtpConnector *connector,
                                    const QList<const SmtpVirtualServer *> &bridgeheads,
                                    const RoutingGroupPaths &paths) const {
    QList<RouteHop> hops;
    const ExchangeServer *current = context.source;
    const SmtpVirtualServer *sender = m_routing.sendingVirtualServer(current->dn());

    auto hop = [&](RouteHop::Via via, const topology::DirectoryObject *through, const NextHop &next,
                   const QString &reason) {
        RouteHop h;
        h.via = via;
        h.serverDn = current->dn();
        h.serverName = current->displayName();
        h.routingGroupDn = current->homeRoutingGroup();
        h.routingGroupName = m_routing.nameOf(h.routingGroupDn);
        if (sender) {
            h.virtualServerDn = sender->dn();
            h.virtualServerName = sender->displayName();
        }
        if (through) {
            h.connectorDn = through->dn();
            h.connectorName = through->displayName();
        }
        h.nextHop = next;
        h.reason = reason;
        hops.append(h);
    };
    // To the first of `locals` unless the current server hosts one of them: then that one sends.
    auto toBridgehead = [&](const QList<const SmtpVirtualServer *> &locals, const QString &connectorName) {
        if (locals.isEmpty())
            return;
        if (const SmtpVirtualServer *own = hostedBy(current, locals)) {
            sender = own;
            return;
        }
        const SmtpVirtualServer *bridgehead = locals.first();
        const ExchangeServer *next = m_routing.serverOf(bridgehead);
        hop(RouteHop::Via::Bridgehead, nullptr, m_routing.serverHop(bridgehead),
            tr("%1 is not a local bridgehead of %2, so the message goes to its bridgehead %3 (%4) first.")
                .arg(current->displayName(), connectorName, next->displayName(), bridgehead->displayName()));
        current = next;
        sender = bridgehead;
    };

    for (const topology::RoutingGroupConnector *rgc : paths.path(connector->routingGroupDn())) {
        toBridgehead(m_routing.existingVirtualServers(rgc->bridgeheads()), rgc->displayName());
        const SmtpVirtualServer *target = m_routing.targetOf(rgc);
        const ExchangeServer *next = m_routing.serverOf(target);
        hop(RouteHop::Via::RoutingGroupConnector, rgc, m_routing.serverHop(target),
            tr("The routing group connector %1 leads to %2 at cost %3; %4 receives for it.")
                .arg(rgc->displayName(), m_routing.nameOf(rgc->destinationRoutingGroup()))
                .arg(rgc->cost())
                .arg(next->displayName()));
        current = next;
        sender = target;
    }
    toBridgehead(bridgeheads, connector->displayName());
    hop(RouteHop::Via::SmtpConnector, connector, connectorNextHop(context, connector, sender), QString());
    return hops;
}

NextHop RouteResolver::connectorNextHop(const Context &context, const SmtpConnector *connector,
                                        const SmtpVirtualServer *sender) const {
    const int port = sender ? sender->outgoingPort() : SmtpVirtualServer::DefaultOutgoingPort;
    if (!connector->usesDns())
        return NextHop::smartHosts(hostsOf(connector->smartHosts(), port));
    // A connector that uses DNS leaves the sending virtual server's own smart host in force.
    if (sender && !sender->smartHost().isEmpty())
        return NextHop::smartHosts(hostsOf(sender->smartHost(), port), true);
    return NextHop::dns(context.domain, port);
}

RouteHop RouteResolver::directDelivery(const Context &context) const {
    RouteHop hop;
    hop.via = RouteHop::Via::VirtualServer;
    hop.serverDn = context.source->dn();
    hop.serverName = context.source->displayName();
    hop.routingGroupDn = context.routingGroup;
    hop.routingGroupName = context.routingGroupName;
    const QString what =
        context.domain.isEmpty()
            ? tr("No connector is a default route (*) for %1.").arg(context.source->displayName())
            : tr("No connector routes %1 from %2.").arg(context.domain, context.source->displayName());
    const SmtpVirtualServer *vs = m_routing.sendingVirtualServer(context.source->dn());
    if (!vs) {
        hop.reason = what + QLatin1Char(' ') +
                     tr("%1 has no SMTP virtual server either, so the message cannot leave it.")
                         .arg(context.source->displayName());
        return hop;
    }
    hop.virtualServerDn = vs->dn();
    hop.virtualServerName = vs->displayName();
    const topology::SmartHostList smartHosts = vs->smartHost();
    if (!smartHosts.isEmpty()) {
        hop.nextHop = NextHop::smartHosts(hostsOf(smartHosts, vs->outgoingPort()), true);
        hop.reason = what + QLatin1Char(' ') +
                     tr("As Exchange does without a connector, its virtual server %1 delivers the message "
                        "itself, to the smart host set on the virtual server.")
                         .arg(vs->displayName());
    } else {
        hop.nextHop = NextHop::dns(context.domain, vs->outgoingPort());
        hop.reason = what + QLatin1Char(' ') +
                     tr("As Exchange does without a connector, its virtual server %1 delivers the message "
                        "itself, by DNS.")
                         .arg(vs->displayName());
    }
    return hop;
}

QString RouteResolver::chosenReason(const Context &context, const QList<RouteCandidate> &candidates) const {
    const RouteCandidate &chosen = candidates.first();
    const QString space = chosen.addressSpace.toRoutingListValue();
    QStringList parts;
    parts.append(context.domain.isEmpty() ? tr("Its address space %1 is a default route.").arg(space)
                                          : tr("Its address space %1 covers %2.").arg(space, context.domain));
    if (chosen.pathCost > 0)
        parts.append(
            tr("Cost %1: %2 for the address space and %3 for the routing group connectors on the way.")
                .arg(chosen.totalCost())
                .arg(chosen.addressSpace.cost())
                .arg(chosen.pathCost));
    else
        parts.append(tr("Cost %1.").arg(chosen.totalCost()));
    if (candidates.size() > 1)
        parts.append(tr("It comes first of %n candidates: the most specific address space, then the lowest "
                        "cost.",
                        "", int(candidates.size())));
    const NextHop &next = chosen.hops.last().nextHop;
    if (next.kind() == NextHop::Kind::SmartHosts && next.isFromVirtualServer())
        parts.append(tr("The connector uses DNS, but the smart host set on the sending virtual server %1 "
                        "applies.")
                         .arg(chosen.hops.last().virtualServerName));
    else if (next.kind() == NextHop::Kind::SmartHosts)
        parts.append(next.hosts().size() > 1 ? tr("It forwards to its smart hosts, in this order.")
                                             : tr("It forwards to its smart host."));
    else
        parts.append(tr("It uses DNS to find the recipient domain's mail exchangers."));
    return parts.join(QLatin1Char(' '));
}

QString RouteResolver::lostReason(const Context &context, const RouteCandidate &winner,
                                  const RouteCandidate &loser) {
    if (loser.specificity < winner.specificity)
        return tr("Its address space %1 is less specific than %2 of %3, and routing never falls back to a "
                  "less specific address space.")
            .arg(loser.addressSpace.toRoutingListValue(), winner.addressSpace.toRoutingListValue(),
                 winner.connectorName);
    if (loser.totalCost() != winner.totalCost()) {
        const QString cost = loser.pathCost > 0
                                 ? tr("%1 (%2 for the address space, %3 for the routing group connectors)")
                                       .arg(loser.totalCost())
                                       .arg(loser.addressSpace.cost())
                                       .arg(loser.pathCost)
                                 : QString::number(loser.totalCost());
        return tr("Cost %1 is higher than %2 for %3; it is used only when %3 cannot deliver.")
            .arg(cost)
            .arg(winner.totalCost())
            .arg(winner.connectorName);
    }
    if (winner.inSourceRoutingGroup && !loser.inSourceRoutingGroup)
        return tr("Same cost as %1, which is in %2's own routing group; it is used only when %1 cannot "
                  "deliver.")
            .arg(winner.connectorName, context.source->displayName());
    if (winner.sourceIsBridgehead && !loser.sourceIsBridgehead)
        return tr("Same cost as %1, which %2 sends through itself without a hop to a bridgehead; it is used "
                  "only when %1 cannot deliver.")
            .arg(winner.connectorName, context.source->displayName());
    return tr("Same cost as %1, which comes first by name (Exchange shares the load between them); it is "
              "used only when %1 cannot deliver.")
        .arg(winner.connectorName);
}

} // namespace routing
