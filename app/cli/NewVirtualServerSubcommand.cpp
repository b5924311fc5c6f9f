#include "NewVirtualServerSubcommand.h"

#include "ObjectLookup.h"
#include "VirtualServerChecks.h"

namespace cli {

using topology::CreationPlanner;

QString NewVirtualServerSubcommand::description() const {
    return tr("Create an SMTP virtual server with the Exchange defaults.");
}

void NewVirtualServerSubcommand::addCreationOptions(QCommandLineParser &parser) {
    parser.addOptions({
        QCommandLineOption(QStringLiteral("server"), tr("The Exchange server, by name or DN."), tr("SERVER")),
        QCommandLineOption(QStringLiteral("name"), tr("The virtual server's display name."), tr("NAME")),
    });
    parser.addOptions(bindingOptions());
    parser.addOption(QCommandLineOption(
        QStringLiteral("fqdn"), tr("The name announced in HELO and EHLO (default: the server's DNS name)."),
        tr("FQDN")));
}

QString NewVirtualServerSubcommand::checkCreationOptions(const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("server")))
        return tr("Say on which server with --server.");
    if (!parser.isSet(QStringLiteral("name")))
        return tr("Name the virtual server with --name.");
    if (const QString problem = checkBinding(parser); !problem.isEmpty())
        return problem;
    if (const QString problem =
            topology::VirtualServerChecks::fqdnProblem(parser.value(QStringLiteral("fqdn")));
        !problem.isEmpty())
        return withOption(QStringLiteral("--fqdn"), problem);
    return QString();
}

std::optional<CreationPlanner::Plan> NewVirtualServerSubcommand::plan(const QCommandLineParser &parser,
                                                                      const topology::Topology &topology,
                                                                      QString *refusal) {
    QString error;
    const std::optional<directory::Dn> server = topology::ObjectLookup::find(
        topology, topology::ObjectKind::Server, parser.value(QStringLiteral("server")), &error);
    if (!server) {
        *refusal = withOption(QStringLiteral("--server"), error);
        return std::nullopt;
    }
    CreationPlanner::VirtualServer spec = CreationPlanner::defaultVirtualServer(topology, *server);
    spec.name = parser.value(QStringLiteral("name"));
    spec.binding = binding(parser, topology, *server);
    if (parser.isSet(QStringLiteral("fqdn")))
        spec.fqdn = parser.value(QStringLiteral("fqdn")).trimmed();
    CreationPlanner::Refusal why;
    const std::optional<CreationPlanner::Plan> plan = CreationPlanner::plan(topology, spec, &why);
    if (!plan) {
        const QString option = why.field == CreationPlanner::Field::Name     ? QStringLiteral("--name")
                               : why.field == CreationPlanner::Field::Fqdn   ? QStringLiteral("--fqdn")
                               : why.field == CreationPlanner::Field::Server ? QStringLiteral("--server")
                                                                             : QStringLiteral("--ip/--port");
        *refusal = withOption(option, why.message);
    }
    return plan;
}

} // namespace cli
