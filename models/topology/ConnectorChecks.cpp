#include "ConnectorChecks.h"

#include "Dn.h"
#include "Planner.h"
#include "SmartHostList.h"
#include "Topology.h"

namespace topology {

QString ConnectorChecks::addressSpacesProblem(const QList<AddressSpace> &spaces) {
    if (spaces.isEmpty())
        return tr("Add at least one address space. Use SMTP with address * for all Internet mail.");
    for (qsizetype i = 0; i < spaces.size(); ++i)
        for (qsizetype j = i + 1; j < spaces.size(); ++j) {
            const AddressSpace &a = spaces.at(i);
            const AddressSpace &b = spaces.at(j);
            if (a.type() == b.type() && a.address().compare(b.address(), Qt::CaseInsensitive) == 0)
                return tr("%1:%2 is listed more than once.").arg(a.type(), a.address());
        }
    return QString();
}

QString ConnectorChecks::smartHostsProblem(const QString &text) {
    QString error;
    const std::optional<SmartHostList> hosts = SmartHostList::parse(text.trimmed(), &error);
    if (!hosts)
        return error;
    if (hosts->isEmpty())
        return tr("Type at least one smart host, or choose “Use DNS to route to each address space”.");
    return QString();
}

QString ConnectorChecks::newNameProblem(const Topology &topology, const directory::Dn &connections,
                                        const QString &name) {
    if (name.trimmed().isEmpty())
        return tr("Type a name for the connector.");
    if (const QString problem = Planner::validateName(name); !problem.isEmpty())
        return problem;
    const directory::Dn dn = connections.child(QStringLiteral("CN"), name);
    if (!dn.isValid())
        return tr("“%1” cannot be used as a name.").arg(name);
    if (const DirectoryObject *existing = topology.find(dn))
        return tr("“%1” already exists in this routing group. Choose another name.").arg(existing->name());
    return QString();
}

QString ConnectorChecks::noBridgeheadRisk() {
    return tr("No local bridgehead is chosen, so any server of the routing group may send mail through "
              "this connector, including servers that cannot reach the Internet or that should not "
              "relay it. Choose the virtual servers that should send, unless every server of the "
              "routing group is meant to.");
}

} // namespace topology
