// The rules about the organization as a whole: outbound routes from the Internet gateways, routes
// to the Internet for the organization and for each routing group, routing group masters, and
// administrative groups without a Servers container.

#include "Attributes.h"
#include "ExchangeServer.h"
#include "RoutingGroup.h"
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

bool hasSmtpAddressSpace(const SmtpConnector &c) {
    const QList<topology::AddressSpace> &spaces = c.addressSpaces();
    return std::any_of(spaces.cbegin(), spaces.cend(),
                       [](const topology::AddressSpace &s) { return s.isSmtp(); });
}

// A connector's bridgeheads changed: the servers they belong to (a virtual server is three levels
// below its server).
void serversOfBridgeheads(const AnalysisContext &, const DirectoryObject &connector, QList<Dn> &out) {
    for (const Dn &dn : connector.dnValues(attr::sourceBridgeheads))
        if (dn.depth() > 3)
            out.append(dn.parent().parent().parent());
}

void serverOfVirtualServer(const AnalysisContext &, const DirectoryObject &o, QList<Dn> &out) {
    out.append(static_cast<const SmtpVirtualServer &>(o).serverDn());
}

void parent(const AnalysisContext &, const DirectoryObject &o, QList<Dn> &out) {
    out.append(o.dn().parent());
}

void grandparent(const AnalysisContext &, const DirectoryObject &o, QList<Dn> &out) {
    out.append(o.dn().parent().parent());
}

void routingGroupsNaming(const AnalysisContext &ctx, const DirectoryObject &server, QList<Dn> &out) {
    for (const DirectoryObject *holder : ctx.topology().linksTo(server.dn()))
        if (holder->kind() == ObjectKind::RoutingGroup)
            out.append(holder->dn());
}

QString nameOf(const AnalysisContext &ctx, const Dn &dn) {
    const DirectoryObject *o = ctx.topology().find(dn);
    return o ? o->displayName() : dn.rdnValue();
}

} // namespace

QList<Rule> RuleSet::organizationRules() {
    QList<Rule> rules;

    rules.append(Rule{
        .id = QStringLiteral("smtp-vs-no-outbound-connector"),
        .severity = Severity::Warning,
        .title = tr("Internet gateway has no outbound SMTP connector"),
        .summary = tr(
            "Without a connector that sends from the gateway, mail to the Internet may leave through other "
            "servers, or not at all."),
        .subjectKinds = {ObjectKind::Server},
        .dependencies = {Dependency::self(ObjectKind::Server, {attr::objectClass}),
                         Dependency{ObjectKind::VirtualServer, {attr::objectClass}, serverOfVirtualServer},
                         Dependency{ObjectKind::SmtpConnector,
                                    {attr::routingList, attr::sourceBridgeheads},
                                    serversOfBridgeheads}},
        .readsGateways = true,
        .check = [](const AnalysisContext &ctx, const DirectoryObject &server) -> std::optional<QString> {
            if (!ctx.isGateway(server.dn()))
                return std::nullopt;
            const QList<const SmtpVirtualServer *> virtualServers =
                ctx.topology().virtualServersOf(server.dn());
            QStringList names;
            for (const SmtpVirtualServer *v : virtualServers) {
                for (const SmtpConnector *c : ctx.topology().connectorsWithBridgehead(v->dn()))
                    if (hasSmtpAddressSpace(*c))
                        return std::nullopt;
                names << v->displayName();
            }
            if (names.isEmpty())
                return tr("%1 is marked as an Internet gateway but has no SMTP virtual server, so no "
                          "connector "
                          "can send from it.")
                    .arg(server.displayName());
            names.sort(Qt::CaseInsensitive);
            return tr("%1 is marked as an Internet gateway, but no SMTP connector with an SMTP address space "
                      "has one of its virtual servers (%2) as a local bridgehead. Mail for outside the "
                      "organization then leaves through whichever servers the connectors name, not through "
                      "this gateway.")
                .arg(server.displayName(), names.join(QStringLiteral(", ")));
        }});

    rules.append(Rule{
        .id = QStringLiteral("org-no-internet-route"),
        .severity = Severity::Warning,
        .title = tr("No connector for Internet mail"),
        .summary = tr("Mail to domains no connector names has nowhere to go and is returned to the sender."),
        .subjectKinds = {ObjectKind::Organization},
        .dependencies = {Dependency::self(ObjectKind::Organization, {attr::objectClass})},
        .readsInternetRoutes = true,
        .check = [](const AnalysisContext &ctx, const DirectoryObject &org) -> std::optional<QString> {
            if (!ctx.routes().isEmpty())
                return std::nullopt;
            return tr("No SMTP connector in %1 has the address space SMTP:*, so mail to Internet "
                      "domains that "
                      "no connector names cannot be delivered.")
                .arg(org.displayName());
        }});

    rules.append(Rule{
        .id = QStringLiteral("routing-group-no-internet-route"),
        .severity = Severity::Warning,
        .title = tr("Routing group cannot reach the Internet"),
        .summary =
            tr("Connectors limited to their own routing group are invisible to the servers of every other "
               "routing group."),
        .subjectKinds = {ObjectKind::RoutingGroup},
        .dependencies = {Dependency::self(ObjectKind::RoutingGroup, {attr::objectClass})},
        .readsInternetRoutes = true,
        .check = [](const AnalysisContext &ctx, const DirectoryObject &group) -> std::optional<QString> {
            const InternetRoutes &routes = ctx.routes();
            if (routes.isEmpty() || routes.hasOrganizationWide() || routes.hasLocalTo(group.dn()))
                return std::nullopt; // no route at all is the organization's finding
            QStringList others;
            for (const Dn &c : routes.connectors())
                others << tr("%1 (%2)").arg(nameOf(ctx, c), nameOf(ctx, c.parent().parent()));
            others.sort(Qt::CaseInsensitive);
            return tr("Every connector with the address space SMTP:* is limited to another routing "
                      "group (%1), "
                      "so the servers of %2 have no route to the Internet.")
                .arg(others.join(QStringLiteral(", ")), group.displayName());
        }});

    rules.append(Rule{
        .id = QStringLiteral("routing-group-master-invalid"),
        .severity = Severity::Warning,
        .title = tr("Routing group master does not exist"),
        .summary =
            tr("The routing group master keeps the routing group's link state; without a valid one, routing "
               "changes do not reach the group's servers."),
        .subjectKinds = {ObjectKind::RoutingGroup},
        .attribute = attr::routingMaster,
        .dependencies = {Dependency::self(ObjectKind::RoutingGroup, {attr::routingMaster}),
                         Dependency{ObjectKind::Server, {attr::objectClass}, routingGroupsNaming}},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &group) -> std::optional<QString> {
            const QString value = group.entry().string(attr::routingMaster).trimmed();
            if (value.isEmpty())
                return std::nullopt;
            const auto &master = static_cast<const topology::RoutingGroup &>(group).masterDn();
            // Active Directory reads a link to a server that was deleted as its name in Deleted
            // Objects ("CN=<name>\0ADEL:<guid>,CN=Deleted Objects,…") once the group is read again;
            // until then the group still names the server as it was (AD does not change the group).
            if (const QString deleted = master.deletedObjectName(); !deleted.isEmpty())
                return tr("The routing group master of %1 is %2, which was deleted. Choose one of the "
                          "group's servers as its master.")
                    .arg(group.displayName(), deleted);
            const DirectoryObject *server = master.isValid() ? ctx.topology().find(master) : nullptr;
            if (server && server->kind() == ObjectKind::Server)
                return std::nullopt;
            // A server's DN (in a Servers container) is named by the server's name.
            const bool namesAServer =
                master.isValid() && master.depth() > 1 &&
                master.parent().rdnValue().compare(QLatin1String("Servers"), Qt::CaseInsensitive) == 0;
            return tr("The routing group master of %1 is %2, which is not a server in the organization. "
                      "Choose "
                      "one of the group's servers as its master.")
                .arg(group.displayName(), namesAServer       ? master.rdnValue()
                                          : master.isValid() ? master.toDisplayString()
                                                             : value);
        }});

    rules.append(Rule{
        .id = QStringLiteral("admin-group-servers-container-missing"),
        .severity = Severity::Error,
        .title = tr("Administrative group has no Servers container"),
        .summary =
            tr("Exchange expects a Servers container in every administrative group that has routing groups; "
               "without it, routing and setup fail."),
        .subjectKinds = {ObjectKind::AdminGroup},
        .dependencies = {Dependency::self(ObjectKind::AdminGroup, {attr::objectClass}),
                         Dependency{ObjectKind::ServersContainer, {attr::objectClass}, parent},
                         Dependency{ObjectKind::RoutingGroupContainer, {attr::objectClass}, parent},
                         Dependency{ObjectKind::RoutingGroup, {attr::objectClass}, grandparent}},
        .check = [](const AnalysisContext &ctx, const DirectoryObject &ag) -> std::optional<QString> {
            const topology::Topology &t = ctx.topology();
            if (t.childOfKind(ag.dn(), ObjectKind::ServersContainer))
                return std::nullopt;
            const DirectoryObject *groups = t.childOfKind(ag.dn(), ObjectKind::RoutingGroupContainer);
            if (!groups || t.childrenOfKind(groups->dn(), ObjectKind::RoutingGroup).isEmpty())
                return std::nullopt;
            return tr("%1 has routing groups but no Servers container (CN=Servers).").arg(ag.displayName());
        }});

    return rules;
}

} // namespace analyzer
