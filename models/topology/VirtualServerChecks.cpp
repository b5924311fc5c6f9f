#include "VirtualServerChecks.h"

#include "IpAddress.h"
#include "Planner.h"
#include "SmartHostList.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

namespace topology {

QList<VirtualServerChecks::Neighbour> VirtualServerChecks::neighbours(const Topology &topology,
                                                                      const directory::Dn &server,
                                                                      const directory::Dn &self) {
    QList<Neighbour> out;
    QList<const SmtpVirtualServer *> servers = topology.virtualServersOf(server);
    SmtpVirtualServer::sortByInstance(servers);
    for (const SmtpVirtualServer *other : std::as_const(servers))
        if (other->dn() != self)
            out.append(Neighbour{other->displayName(), other->bindings()});
    return out;
}

QString VirtualServerChecks::describe(const ServerBinding &binding) {
    const QString address = binding.displayAddress();
    const bool ipv6 = !binding.isAllUnassigned() && address.contains(QLatin1Char(':'));
    return (ipv6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(binding.port());
}

QString VirtualServerChecks::conflictProblem(const ServerBinding &binding, const ServerBinding &other,
                                             const QString &neighbour) {
    // Said from the side of the binding being entered: which of its addresses is the neighbour's.
    if (other.isAllUnassigned() && !binding.isAllUnassigned())
        return tr("%1 is already used by “%2” on this server, which listens on port %3 of "
                  "all unassigned addresses.")
            .arg(describe(binding), neighbour)
            .arg(other.port());
    if (binding.isAllUnassigned() && !other.isAllUnassigned())
        return tr("%1 includes %2, which “%3” on this server already uses.")
            .arg(describe(binding), describe(other), neighbour);
    return tr("%1 is already used by “%2” on this server.").arg(describe(binding), neighbour);
}

QString VirtualServerChecks::bindingsProblem(const QList<ServerBinding> &bindings,
                                             const QList<Neighbour> &neighbours) {
    if (bindings.isEmpty())
        return tr("Add at least one IP address and port for the virtual server to listen on.");
    QList<ServerBinding> seen;
    for (const ServerBinding &binding : bindings) {
        for (const ServerBinding &earlier : std::as_const(seen)) {
            if (!earlier.conflictsWith(binding))
                continue;
            if (earlier.isAllUnassigned() != binding.isAllUnassigned())
                return tr("%1 is already covered by %2 in this list.")
                    .arg(describe(binding.isAllUnassigned() ? earlier : binding),
                         describe(binding.isAllUnassigned() ? binding : earlier));
            return tr("%1 is listed more than once.").arg(describe(binding));
        }
        seen << binding;
        for (const Neighbour &neighbour : neighbours)
            for (const ServerBinding &other : neighbour.bindings)
                if (binding.conflictsWith(other))
                    return conflictProblem(binding, other, neighbour.name);
    }
    return QString();
}

QString VirtualServerChecks::nameProblem(const QString &name, const QList<Neighbour> &neighbours) {
    if (name.trimmed().isEmpty())
        return tr("Type a name for the virtual server.");
    if (const QString problem = Planner::validateName(name); !problem.isEmpty())
        return problem;
    for (const Neighbour &neighbour : neighbours)
        if (neighbour.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("Another virtual server on this server is already called “%1”.").arg(name.trimmed());
    return QString();
}

QString VirtualServerChecks::fqdnProblem(const QString &fqdn) {
    const QString text = fqdn.trimmed();
    if (text.isEmpty())
        return QString();
    if (IpAddress::canonical(text))
        return tr("Type a host name such as mail.example.com, not an IP address.");
    QString error;
    const std::optional<SmartHostList> hosts = SmartHostList::parse(text, &error);
    if (!hosts)
        return error;
    if (hosts->size() != 1 || hosts->hosts().first().isLiteral)
        return tr("Type one host name, such as mail.example.com.");
    return QString();
}

} // namespace topology
