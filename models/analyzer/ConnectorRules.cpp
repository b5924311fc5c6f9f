// The rules about connectors: local bridgeheads that are missing or in the wrong routing group,
// address spaces and smart hosts that cannot be read, and connectors limited to their routing group.

#include "Attributes.h"
#include "ExchangeServer.h"
#include "RoutingGroupConnector.h"
#include "RuleSet.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"

namespace analyzer {

using directory::Dn;
using topology::DirectoryObject;
using topology::ObjectKind;
using topology::SmtpConnector;
using topology::SmtpVirtualServer;
namespace attr = topology::attr;

namespace {

const SmtpConnector &smtp(const DirectoryObject &o) {
    return static_cast<const SmtpConnector &>(o);
}

// The local bridgeheads that are DNs, parsed once when the object was made (either kind).
const QList<Dn> &bridgeheadsOf(const DirectoryObject &connector) {
    if (connector.kind() == ObjectKind::SmtpConnector)
        return static_cast<const SmtpConnector &>(connector).bridgeheads();
    return static_cast<const topology::RoutingGroupConnector &>(connector).bridgeheads();
}

// Both kinds of connector keep their routing group two levels up.
Dn routingGroupOf(const DirectoryObject &connector) {
    return connector.dn().parent().parent();
}

// Connectors of either kind naming the object (a virtual server) in a link.
void connectorsLinkingTo(const AnalysisContext &ctx, const DirectoryObject &o, QList<Dn> &out) {
    for (const DirectoryObject *holder : ctx.topology().linksTo(o.dn()))
        if (holder->kind() == ObjectKind::SmtpConnector ||
            holder->kind() == ObjectKind::RoutingGroupConnector)
            out.append(holder->dn());
}

// A server moved to another routing group: the connectors its virtual servers are bridgeheads of.
void connectorsOfServer(const AnalysisContext &ctx, const DirectoryObject &server, QList<Dn> &out) {
    for (const SmtpVirtualServer *v : ctx.topology().virtualServersOf(server.dn()))
        connectorsLinkingTo(ctx, *v, out);
}

QList<Dependency> bridgeheadDependencies(bool withServers) {
    QList<Dependency> deps{Dependency::self(ObjectKind::SmtpConnector, {attr::sourceBridgeheads}),
                           Dependency::self(ObjectKind::RoutingGroupConnector, {attr::sourceBridgeheads}),
                           Dependency{ObjectKind::VirtualServer, {attr::objectClass}, connectorsLinkingTo}};
    if (withServers)
        deps.append(Dependency{ObjectKind::Server, {attr::homeRoutingGroup}, connectorsOfServer});
    return deps;
}

} // namespace

QList<Rule> RuleSet::connectorRules() {
    QList<Rule> rules;
    const QList<ObjectKind> smtpConnectors{ObjectKind::SmtpConnector};
    const QList<ObjectKind> anyConnector{ObjectKind::SmtpConnector, ObjectKind::RoutingGroupConnector};

    rules.append(Rule{
        .id = QStringLiteral("connector-bridgehead-missing"),
        .severity = Severity::Error,
        .title = tr("Local bridgehead does not exist"),
        .summary =
            tr("A bridgehead that is not there cannot send anything: mail for this connector waits or takes "
               "another route."),
        .subjectKinds = anyConnector,
        .attribute = attr::sourceBridgeheads,
        .dependencies = bridgeheadDependencies(false),
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            QStringList missing;
            const QList<Dn> &dns = bridgeheadsOf(o);
            for (const Dn &dn : dns) {
                const DirectoryObject *target = ctx.topology().find(dn);
                if (!target || target->kind() != ObjectKind::VirtualServer)
                    missing << dn.toDisplayString();
            }
            // Values that are not even DNs were left out of the parsed list.
            if (o.entry().values(attr::sourceBridgeheads).size() != dns.size())
                for (const QString &value : o.entry().strings(attr::sourceBridgeheads))
                    if (const Dn dn = Dn::parse(value); !dn.isValid() || dn.isEmpty())
                        missing << value;
            if (missing.isEmpty())
                return std::nullopt;
            return tr("Local bridgeheads of %1 that are not SMTP virtual servers in the organization: %2.")
                .arg(o.displayName(), missing.join(QStringLiteral("; ")));
        }});

    rules.append(Rule{
        .id = QStringLiteral("connector-bridgehead-outside-routing-group"),
        .severity = Severity::Error,
        .title = tr("Local bridgehead is outside the connector's routing group"),
        .summary =
            tr("Only servers of the connector's own routing group can be its bridgeheads; others never send "
               "through it."),
        .subjectKinds = anyConnector,
        .attribute = attr::sourceBridgeheads,
        .dependencies = bridgeheadDependencies(true),
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            const Dn group = routingGroupOf(o);
            QStringList outside;
            for (const Dn &dn : bridgeheadsOf(o)) {
                const auto *v = ctx.topology().findAs<SmtpVirtualServer>(dn);
                if (!v)
                    continue; // missing: the rule above reports it
                const auto *server = ctx.topology().findAs<topology::ExchangeServer>(v->serverDn());
                if (server && server->homeRoutingGroup() == group)
                    continue;
                const DirectoryObject *home =
                    server ? ctx.topology().find(server->homeRoutingGroup()) : nullptr;
                outside << (home ? tr("%1 (in %2)").arg(ctx.describe(*v), home->displayName())
                                 : tr("%1 (in no routing group)").arg(ctx.describe(*v)));
            }
            if (outside.isEmpty())
                return std::nullopt;
            const DirectoryObject *own = ctx.topology().find(group);
            return tr("%1 belongs to %2, but its local bridgeheads include servers of other routing groups: "
                      "%3.")
                .arg(o.displayName(), own ? own->displayName() : group.rdnValue(),
                     outside.join(QStringLiteral("; ")));
        }});

    rules.append(Rule{
        .id = QStringLiteral("connector-no-bridgehead"),
        .severity = Severity::Warning,
        .title = tr("Connector has no local bridgehead"),
        .summary =
            tr("Without a local bridgehead any server of the routing group may send through the connector, "
               "including servers that cannot reach its destination."),
        .subjectKinds = smtpConnectors,
        .attribute = attr::sourceBridgeheads,
        .dependencies = {Dependency::self(ObjectKind::SmtpConnector, {attr::sourceBridgeheads})},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
            if (!o.entry().strings(attr::sourceBridgeheads).isEmpty())
                return std::nullopt;
            const DirectoryObject *group = ctx.topology().find(routingGroupOf(o));
            return tr("%1 has no local bridgehead, so every server of %2 may send mail through it.")
                .arg(o.displayName(), group ? group->displayName() : routingGroupOf(o).rdnValue());
        }});

    rules.append(Rule{
        .id = QStringLiteral("connector-no-address-space"),
        .severity = Severity::Error,
        .title = tr("Connector has no address space"),
        .summary = tr("Routing chooses connectors by address space; a connector without one is never used."),
        .subjectKinds = smtpConnectors,
        .attribute = attr::routingList,
        .dependencies = {Dependency::self(ObjectKind::SmtpConnector, {attr::routingList})},
        .check = [](const AnalysisContext &, const DirectoryObject &o) -> std::optional<QString> {
            if (!smtp(o).addressSpaceValues().isEmpty())
                return std::nullopt;
            return tr("%1 has no address space, so no mail is ever routed to it. Add SMTP:* for Internet "
                      "mail, or the domains it serves.")
                .arg(o.displayName());
        }});

    rules.append(Rule{
        .id = QStringLiteral("connector-address-space-invalid"),
        .severity = Severity::Error,
        .title = tr("Connector address space is not valid"),
        .summary = tr(
            "An address space that cannot be read routes nothing, and the connector may not carry the mail "
            "it was meant for."),
        .subjectKinds = smtpConnectors,
        .attribute = attr::routingList,
        .dependencies = {Dependency::self(ObjectKind::SmtpConnector, {attr::routingList})},
        .check = [](const AnalysisContext &, const DirectoryObject &o) -> std::optional<QString> {
            QStringList bad;
            for (const auto &value : smtp(o).addressSpaceValues())
                if (!value.isValid())
                    bad << tr("“%1”: %2").arg(value.raw, value.error);
            if (bad.isEmpty())
                return std::nullopt;
            return tr("Address spaces of %1 that cannot be read: %2")
                .arg(o.displayName(), bad.join(QLatin1Char(' ')));
        }});

    rules.append(Rule{
        .id = QStringLiteral("connector-smart-host-invalid"),
        .severity = Severity::Error,
        .title = tr("Connector smart host is not valid"),
        .summary =
            tr("Exchange uses the smart host text exactly as stored; a malformed one makes every delivery "
               "through the connector fail."),
        .subjectKinds = smtpConnectors,
        .attribute = attr::smartHost,
        .dependencies = {Dependency::self(ObjectKind::SmtpConnector, {attr::smartHost})},
        .check = [](const AnalysisContext &, const DirectoryObject &o) -> std::optional<QString> {
            const auto &smartHost = smtp(o).smartHostValue();
            if (smartHost.raw.isEmpty() || smartHost.isValid())
                return std::nullopt;
            return tr("The smart host of %1 cannot be used: %2").arg(o.displayName(), smartHost.error);
        }});

    rules.append(
        Rule{.id = QStringLiteral("connector-scope-local"),
             .severity = Severity::Info,
             .title = tr("Connector is limited to its routing group"),
             .summary = tr("Servers in other routing groups do not see this connector and route around it."),
             .subjectKinds = smtpConnectors,
             .attribute = attr::routingList,
             .dependencies = {Dependency::self(ObjectKind::SmtpConnector, {attr::routingList})},
             .check = [](const AnalysisContext &ctx, const DirectoryObject &o) -> std::optional<QString> {
                 const QList<topology::AddressSpace> &spaces = smtp(o).addressSpaces();
                 if (std::none_of(spaces.cbegin(), spaces.cend(), [](const topology::AddressSpace &s) {
                         return s.scope() == topology::AddressSpace::Scope::RoutingGroup;
                     }))
                     return std::nullopt;
                 const DirectoryObject *group = ctx.topology().find(routingGroupOf(o));
                 return tr("%1 is scoped to its routing group (Local:), so only servers of %2 use it.")
                     .arg(o.displayName(), group ? group->displayName() : routingGroupOf(o).rdnValue());
             }});

    return rules;
}

} // namespace analyzer
