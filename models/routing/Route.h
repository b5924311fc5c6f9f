#pragma once

// The answer to "where does mail from this server to this recipient go": the candidates in
// order (the first is taken, the others are fallbacks), the hops of the first, and every other
// connector with the reason it was not taken. A value: it keeps no pointer into the Topology.

#include "RejectedConnector.h"
#include "RouteCandidate.h"

#include <QJsonObject>

namespace routing {

struct Route {
    directory::Dn sourceDn;
    QString sourceName;
    QString recipient;
    QString domain; // empty: the default route ("*") only
    QList<RouteCandidate> candidates;
    QList<RouteHop> hops;
    QList<RejectedConnector> rejected;
    QString error; // the route could not be worked out (unknown server, no routing group …)

    bool isValid() const { return error.isEmpty(); }
    // False when no connector applies and the virtual server delivers by itself.
    bool usesConnector() const { return !candidates.isEmpty(); }

    // {"hops":[{"server","connector","nextHop","reason",…}],"rejected":[{"connector","reason"}],…}
    QJsonObject toJson() const;
};

} // namespace routing
