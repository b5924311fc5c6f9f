#pragma once

// The checks on an SMTP virtual server that look at more than one value: its bindings against each
// other and against the other virtual servers of its server, its name among theirs, and the FQDN it
// announces. Property tabs, wizards, the command line and the analyzer share them, so a setting is
// refused for the same reason, in the same words, wherever it is typed.

#include "ServerBinding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace directory {
class Dn;
}

namespace topology {

class Topology;

class VirtualServerChecks {
    Q_DECLARE_TR_FUNCTIONS(topology::VirtualServerChecks)
public:
    // Another virtual server of the same server, as the checks need it: a copy, so a tab can keep it
    // while the topology changes.
    struct Neighbour {
        QString name;
        QList<ServerBinding> bindings; // the values that parse
    };

    // The virtual servers of `server` other than `self` (which may be a DN that does not exist yet), in
    // instance order.
    static QList<Neighbour> neighbours(const Topology &topology, const directory::Dn &server,
                                       const directory::Dn &self);

    // No binding at all, one listed twice (or covered by an "(All Unassigned)" one of the same port),
    // or one that a neighbour already listens on (named).
    static QString bindingsProblem(const QList<ServerBinding> &bindings, const QList<Neighbour> &neighbours);
    // The display name: not empty, not too long, and not the name of a neighbour.
    static QString nameProblem(const QString &name, const QList<Neighbour> &neighbours);
    // The FQDN announced in HELO/EHLO: one host name; empty means the server's own DNS name.
    static QString fqdnProblem(const QString &fqdn);

    // "10.1.0.5:25", "[2001:db8::1]:25", "(All Unassigned):25": how messages name a binding.
    static QString describe(const ServerBinding &binding);

private:
    // Why `binding` cannot be added while the neighbour called `neighbour` listens on `other`, which
    // conflictsWith() it; says so when either one is on all unassigned addresses.
    static QString conflictProblem(const ServerBinding &binding, const ServerBinding &other,
                                   const QString &neighbour);
};

} // namespace topology
