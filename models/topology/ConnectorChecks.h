#pragma once

// The checks on an SMTP connector that look at more than one value: its address spaces against
// each other, its smart hosts as a whole, its name among the other connectors of its routing group,
// and what it means to have no local bridgehead. Property tabs, wizards, the command line and the
// analyzer share them.

#include "AddressSpace.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace directory {
class Dn;
}

namespace topology {

class Topology;

class ConnectorChecks {
    Q_DECLARE_TR_FUNCTIONS(topology::ConnectorChecks)
public:
    // None at all, or one type and address listed twice (whatever their costs).
    static QString addressSpacesProblem(const QList<AddressSpace> &spaces);
    // Forwarding to smart hosts: the text must name at least one, and every entry must be valid.
    static QString smartHostsProblem(const QString &text);
    // A name for a new connector in `connections` (the routing group's CN=Connections, which need
    // not exist yet): not empty, not too long, and not already there as the directory compares
    // names (case and surrounding spaces ignored).
    static QString newNameProblem(const Topology &topology, const directory::Dn &connections,
                                  const QString &name);
    // Why a connector without local bridgeheads deserves a second thought: any server of the
    // routing group may then send through it. The wizard and the command line say it the same way.
    static QString noBridgeheadRisk();
};

} // namespace topology
