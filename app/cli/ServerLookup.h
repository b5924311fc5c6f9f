#pragma once

// Finds the Exchange server a command-line argument names: its DN, or its name when no other
// server has that name.

#include "Dn.h"

#include <QCoreApplication>

namespace topology {
class Topology;
class ExchangeServer;
} // namespace topology

namespace cli {

class ServerLookup {
    Q_DECLARE_TR_FUNCTIONS(cli::ServerLookup)
public:
    // Null with the reason in *error when there is no such server or the name is not unique.
    static const topology::ExchangeServer *find(const topology::Topology &topology, const QString &text,
                                                QString *error);
};

} // namespace cli
