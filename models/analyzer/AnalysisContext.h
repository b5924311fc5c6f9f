#pragma once

// What a rule may look at while it checks one object: the topology, which servers are Internet
// gateways, the Internet routes, and how the console names objects in a finding.

#include "InternetRoutes.h"
#include "Topology.h"

#include <QCoreApplication>
#include <QSet>

namespace analyzer {

class AnalysisContext {
    Q_DECLARE_TR_FUNCTIONS(analyzer::AnalysisContext)
public:
    AnalysisContext(const topology::Topology &topology, const QSet<QString> &gatewayKeys,
                    const InternetRoutes &routes)
        : m_topology(topology)
        , m_gateways(gatewayKeys)
        , m_routes(routes) {}

    const topology::Topology &topology() const { return m_topology; }
    bool isGateway(const directory::Dn &server) const { return m_gateways.contains(server.key()); }
    const InternetRoutes &routes() const { return m_routes; }

    // "EXEU1 – Default SMTP Virtual Server" for a virtual server, the display name otherwise.
    QString describe(const topology::DirectoryObject &object) const;
    // The same for an object known only by DN (it may be missing): its name, or the DN.
    QString describe(const directory::Dn &dn) const;

private:
    const topology::Topology &m_topology;
    const QSet<QString> &m_gateways;
    const InternetRoutes &m_routes;
};

} // namespace analyzer
