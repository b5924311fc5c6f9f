#include "EquivalentCommand.h"

#include "ShellWord.h"

#include "ConnectionSettings.h"
#include "ExchangeServer.h"
#include "ObjectLookup.h"
#include "Topology.h"

#include <QRegularExpression>

namespace topology {

namespace {

const QString Program = QStringLiteral("bridgehead");

QStringList smartHostArguments(const SmartHostList &hosts) {
    if (hosts.isEmpty())
        return {QStringLiteral("--dns")};
    return {QStringLiteral("--smart-host"), hosts.toString()};
}

// Always given, so the command does not depend on what the default is by the time it runs.
QStringList bindingArguments(const ServerBinding &binding) {
    QStringList out;
    if (binding.isAllUnassigned())
        out << QStringLiteral("--all-unassigned");
    else
        out << QStringLiteral("--ip") << binding.address();
    out << QStringLiteral("--port") << QString::number(binding.port());
    return out;
}

} // namespace

QStringList EquivalentCommand::connectionArguments(const directory::ConnectionSettings &settings,
                                                   const QString &base) {
    QStringList out{QStringLiteral("--uri"), settings.uri};
    if (!base.isEmpty())
        out << QStringLiteral("--base") << base;
    switch (settings.bind) {
    case directory::ConnectionSettings::Bind::Simple:
        out << QStringLiteral("--bind-dn") << settings.bindDn << QStringLiteral("--password-file")
            << passwordFilePlaceholder();
        break;
    case directory::ConnectionSettings::Bind::SaslExternal:
        out << QStringLiteral("--sasl-external");
        break;
    case directory::ConnectionSettings::Bind::Anonymous:
        break;
    }
    if (settings.tls == directory::ConnectionSettings::Tls::StartTls)
        out << QStringLiteral("--starttls");
    if (!settings.caFile.isEmpty())
        out << QStringLiteral("--ca-file") << settings.caFile;
    return out;
}

QStringList EquivalentCommand::virtualServer(const Topology &topology, const QStringList &connection,
                                             const CreationPlanner::VirtualServer &spec) {
    QStringList out{Program, QStringLiteral("new"), QStringLiteral("virtual-server")};
    out << connection;
    out << QStringLiteral("--server") << ObjectLookup::reference(topology, spec.server);
    out << QStringLiteral("--name") << spec.name;
    out << bindingArguments(spec.binding);
    if (!spec.fqdn.trimmed().isEmpty())
        out << QStringLiteral("--fqdn") << spec.fqdn.trimmed();
    return out;
}

QStringList EquivalentCommand::connector(const Topology &topology, const QStringList &connection,
                                         const CreationPlanner::Connector &spec) {
    QStringList out{Program, QStringLiteral("new"), QStringLiteral("connector")};
    out << connection;
    out << QStringLiteral("--routing-group") << ObjectLookup::reference(topology, spec.routingGroup);
    out << QStringLiteral("--name") << spec.name;
    for (const directory::Dn &bridgehead : spec.bridgeheads)
        out << QStringLiteral("--bridgehead") << ObjectLookup::bridgeheadReference(topology, bridgehead);
    for (const AddressSpace &space : spec.addressSpaces)
        out << QStringLiteral("--address-space")
            << space.withScope(AddressSpace::Scope::Organization).toRoutingListValue();
    out << QStringLiteral("--scope")
        << (spec.scope == AddressSpace::Scope::RoutingGroup ? QStringLiteral("routing-group")
                                                            : QStringLiteral("organization"));
    out << smartHostArguments(spec.smartHosts);
    if (spec.bridgeheads.isEmpty())
        out << QStringLiteral("--allow-no-bridgehead");
    return out;
}

QList<QStringList> EquivalentCommand::internetMail(const Topology &topology, const QStringList &connection,
                                                   const CreationPlanner::InternetMail &spec) {
    QList<QStringList> commands;
    QStringList out{Program, QStringLiteral("new"), QStringLiteral("internet-mail")};
    out << connection;
    out << QStringLiteral("--gateway") << ObjectLookup::reference(topology, spec.gateway);
    if (!spec.virtualServer.isEmpty()) {
        out << QStringLiteral("--virtual-server")
            << ObjectLookup::virtualServerReference(topology, spec.virtualServer);
    } else {
        CreationPlanner::VirtualServer newServer = spec.newVirtualServer;
        newServer.server = spec.gateway;
        const auto *gateway = topology.findAs<ExchangeServer>(spec.gateway);
        const QString serverFqdn = gateway ? gateway->fqdn() : QString();
        // new internet-mail takes where a new virtual server listens, not what it announces.
        const bool byItself = newServer.fqdn.trimmed().isEmpty() || newServer.fqdn.trimmed() == serverFqdn;
        if (!byItself)
            commands << virtualServer(topology, connection, newServer);
        out << QStringLiteral("--virtual-server") << newServer.name;
        if (byItself)
            out << bindingArguments(newServer.binding);
    }
    out << smartHostArguments(spec.smartHosts);
    commands << out;
    return commands;
}

QString EquivalentCommand::shellQuote(const QString &argument) {
    return shell::quote(argument);
}

QString EquivalentCommand::toShell(const QStringList &arguments) {
    QString out;
    for (const QString &argument : arguments) {
        if (!out.isEmpty())
            out +=
                argument.startsWith(QLatin1String("--")) ? QStringLiteral(" \\\n    ") : QStringLiteral(" ");
        out += shellQuote(argument);
    }
    return out;
}

QString EquivalentCommand::toShell(const QList<QStringList> &commands) {
    QStringList lines;
    for (const QStringList &command : commands)
        lines << toShell(command);
    return lines.join(QStringLiteral(" &&\n"));
}

} // namespace topology
