#pragma once

// A connector that does not carry the message (or carries it only if the chosen one fails), and
// the reason.

#include "Dn.h"

#include <QString>

namespace routing {

struct RejectedConnector {
    directory::Dn connectorDn;
    QString connectorName;
    QString reason;
    bool fallback = false; // still a candidate: used when the ones before it cannot deliver
};

} // namespace routing
