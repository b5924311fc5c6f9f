#include "NewConnectorSubcommand.h"

#include "ConnectorChecks.h"
#include "ObjectLookup.h"

namespace cli {

using topology::AddressSpace;
using topology::CreationPlanner;

QString NewConnectorSubcommand::description() const {
    return tr("Create an SMTP connector with its address spaces, bridgeheads and routing.");
}

void NewConnectorSubcommand::addCreationOptions(QCommandLineParser &parser) {
    parser.addOptions({
        QCommandLineOption(QStringLiteral("routing-group"), tr("The routing group, by name or DN."),
                           tr("RG")),
        QCommandLineOption(QStringLiteral("name"), tr("The connector's name."), tr("NAME")),
        QCommandLineOption(
            QStringLiteral("bridgehead"),
            tr("A local bridgehead: a server of the routing group, with the name of its virtual "
               "server when it has several, or the virtual server's DN. Repeat for more."),
            tr("SERVER[/VIRTUAL-SERVER]")),
        QCommandLineOption(QStringLiteral("address-space"),
                           tr("An address space, such as 'SMTP:*;1' or 'SMTP:*.example.com;10'. Repeat for "
                              "more."),
                           tr("SMTP:DOMAIN;COST")),
        QCommandLineOption(QStringLiteral("scope"), tr("The connector scope (default organization)."),
                           QStringLiteral("organization|routing-group"), QStringLiteral("organization")),
        QCommandLineOption(QStringLiteral("allow-no-bridgehead"),
                           tr("Create the connector without a local bridgehead, so that any server of the "
                              "routing group may send through it.")),
    });
    parser.addOptions(routingOptions());
}

QString NewConnectorSubcommand::checkCreationOptions(const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("routing-group")))
        return tr("Say in which routing group with --routing-group.");
    if (!parser.isSet(QStringLiteral("name")))
        return tr("Name the connector with --name.");
    const QString scope = parser.value(QStringLiteral("scope"));
    if (scope != QLatin1String("organization") && scope != QLatin1String("routing-group"))
        return withOption(QStringLiteral("--scope"),
                          tr("The scope is organization or routing-group, not \"%1\".").arg(scope));
    m_spaces.clear();
    for (const QString &value : parser.values(QStringLiteral("address-space"))) {
        QString error;
        const std::optional<AddressSpace> space = AddressSpace::parse(value, &error);
        if (!space)
            return withOption(QStringLiteral("--address-space"), error);
        if (space->scope() == AddressSpace::Scope::RoutingGroup)
            return withOption(
                QStringLiteral("--address-space"),
                tr("\"%1\": give the scope with --scope routing-group, not with Local: in front of "
                   "the address space.")
                    .arg(value));
        m_spaces.append(*space);
    }
    if (const QString problem = topology::ConnectorChecks::addressSpacesProblem(m_spaces); !problem.isEmpty())
        return withOption(QStringLiteral("--address-space"), problem);
    if (!parser.isSet(QStringLiteral("bridgehead")) && !parser.isSet(QStringLiteral("allow-no-bridgehead")))
        return withOption(QStringLiteral("--bridgehead"),
                          topology::ConnectorChecks::noBridgeheadRisk() + QLatin1Char(' ') +
                              tr("Give --allow-no-bridgehead to create it anyway."));
    if (parser.isSet(QStringLiteral("bridgehead")) && parser.isSet(QStringLiteral("allow-no-bridgehead")))
        return tr("Use either --bridgehead or --allow-no-bridgehead, not both.");
    return checkRouting(parser);
}

std::optional<CreationPlanner::Plan> NewConnectorSubcommand::plan(const QCommandLineParser &parser,
                                                                  const topology::Topology &topology,
                                                                  QString *refusal) {
    QString error;
    const std::optional<directory::Dn> group = topology::ObjectLookup::find(
        topology, topology::ObjectKind::RoutingGroup, parser.value(QStringLiteral("routing-group")), &error);
    if (!group) {
        *refusal = withOption(QStringLiteral("--routing-group"), error);
        return std::nullopt;
    }
    CreationPlanner::Connector spec = CreationPlanner::defaultConnector(*group);
    spec.name = parser.value(QStringLiteral("name"));
    for (const QString &text : parser.values(QStringLiteral("bridgehead"))) {
        const std::optional<directory::Dn> bridgehead =
            topology::ObjectLookup::findBridgehead(topology, text, &error);
        if (!bridgehead) {
            *refusal = withOption(QStringLiteral("--bridgehead"), error);
            return std::nullopt;
        }
        spec.bridgeheads.append(*bridgehead);
    }
    spec.allowNoBridgehead = parser.isSet(QStringLiteral("allow-no-bridgehead"));
    spec.addressSpaces = m_spaces;
    spec.scope = parser.value(QStringLiteral("scope")) == QLatin1String("routing-group")
                     ? AddressSpace::Scope::RoutingGroup
                     : AddressSpace::Scope::Organization;
    spec.smartHosts = smartHosts(parser);
    CreationPlanner::Refusal why;
    const std::optional<CreationPlanner::Plan> plan = CreationPlanner::plan(topology, spec, &why);
    if (!plan) {
        QString option;
        switch (why.field) {
        case CreationPlanner::Field::Name:
            option = QStringLiteral("--name");
            break;
        case CreationPlanner::Field::Bridgeheads:
            option = QStringLiteral("--bridgehead");
            break;
        case CreationPlanner::Field::AddressSpaces:
            option = QStringLiteral("--address-space");
            break;
        case CreationPlanner::Field::SmartHosts:
            option = QStringLiteral("--smart-host");
            break;
        default:
            option = QStringLiteral("--routing-group");
            break;
        }
        *refusal = withOption(option, why.message);
    }
    return plan;
}

} // namespace cli
