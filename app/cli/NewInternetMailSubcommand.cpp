#include "NewInternetMailSubcommand.h"

#include "ObjectLookup.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

namespace cli {

using topology::CreationPlanner;

QString NewInternetMailSubcommand::description() const {
    return tr("Set up Internet mail through a gateway server (* at cost 1).");
}

void NewInternetMailSubcommand::addCreationOptions(QCommandLineParser &parser) {
    parser.addOptions({
        QCommandLineOption(QStringLiteral("gateway"), tr("The gateway server, by name or DN."), tr("SERVER")),
        QCommandLineOption(
            QStringLiteral("virtual-server"),
            tr("The gateway's virtual server that sends, by name or DN; a name it does not have "
               "yet makes a new virtual server, which listens where --ip, --all-unassigned and --port say."),
            tr("NAME")),
    });
    parser.addOptions(bindingOptions());
    parser.addOptions(routingOptions());
}

QString NewInternetMailSubcommand::checkCreationOptions(const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("gateway")))
        return tr("Say which server is the gateway with --gateway.");
    if (const QString problem = checkBinding(parser); !problem.isEmpty())
        return problem;
    return checkRouting(parser);
}

std::optional<CreationPlanner::Plan> NewInternetMailSubcommand::plan(const QCommandLineParser &parser,
                                                                     const topology::Topology &topology,
                                                                     QString *refusal) {
    QString error;
    const std::optional<directory::Dn> gateway = topology::ObjectLookup::find(
        topology, topology::ObjectKind::Server, parser.value(QStringLiteral("gateway")), &error);
    if (!gateway) {
        *refusal = withOption(QStringLiteral("--gateway"), error);
        return std::nullopt;
    }
    CreationPlanner::InternetMail spec;
    spec.gateway = *gateway;
    spec.newVirtualServer = CreationPlanner::defaultVirtualServer(topology, *gateway);
    spec.smartHosts = smartHosts(parser);
    const QList<const topology::SmtpVirtualServer *> own = topology.virtualServersOf(*gateway);
    if (parser.isSet(QStringLiteral("virtual-server"))) {
        const QString text = parser.value(QStringLiteral("virtual-server"));
        if (const std::optional<directory::Dn> existing =
                topology::ObjectLookup::findVirtualServer(topology, *gateway, text, &error)) {
            spec.virtualServer = *existing;
        } else {
            // Several of that name, a DN that is not the gateway's: refused. A new name: a new one.
            const bool known =
                std::any_of(own.begin(), own.end(), [&text](const topology::SmtpVirtualServer *vs) {
                    return vs->displayName().trimmed().compare(text.trimmed(), Qt::CaseInsensitive) == 0;
                });
            if (known || text.contains(QLatin1Char('='))) {
                *refusal = withOption(QStringLiteral("--virtual-server"), error);
                return std::nullopt;
            }
            spec.newVirtualServer.name = text;
        }
    } else if (own.size() == 1) {
        spec.virtualServer = own.first()->dn();
    } else if (own.size() > 1) {
        QStringList names;
        for (const topology::SmtpVirtualServer *vs : own)
            names << vs->displayName();
        names.sort(Qt::CaseInsensitive);
        *refusal = withOption(QStringLiteral("--virtual-server"),
                              tr("%1 has several SMTP virtual servers (%2). Say which with --virtual-server.")
                                  .arg(gateway->rdnValue(), names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (!spec.virtualServer.isEmpty() && bindingGiven(parser)) {
        const auto *existing = topology.findAs<topology::SmtpVirtualServer>(spec.virtualServer);
        *refusal = withOption(QStringLiteral("--ip/--port"),
                              tr("“%1” exists already; --ip, --all-unassigned and --port are for a new "
                                 "virtual server. Leave them out, or name a new one with --virtual-server.")
                                  .arg(existing ? existing->displayName() : spec.virtualServer.toDisplayString()));
        return std::nullopt;
    }
    if (spec.virtualServer.isEmpty())
        spec.newVirtualServer.binding = binding(parser, topology, *gateway);
    CreationPlanner::Refusal why;
    const std::optional<CreationPlanner::Plan> plan = CreationPlanner::plan(topology, spec, &why);
    if (!plan) {
        const QString option = why.field == CreationPlanner::Field::Server ? QStringLiteral("--gateway")
                               : why.field == CreationPlanner::Field::SmartHosts
                                   ? QStringLiteral("--smart-host")
                               : why.field == CreationPlanner::Field::Binding ? QStringLiteral("--ip/--port")
                                                                              : QStringLiteral("--virtual-server");
        *refusal = withOption(option, why.message);
    }
    return plan;
}

} // namespace cli
