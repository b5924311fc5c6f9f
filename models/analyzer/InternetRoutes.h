#pragma once

// The SMTP connectors that carry mail to the Internet, i.e. those with the address space SMTP:*,
// and whom they serve: the whole organization, or only their own routing group (Local:). Kept up
// to date change by change, so rules about Internet routes ask it instead of scanning every
// connector.

#include "Topology.h"

#include <QHash>

namespace topology {
class SmtpConnector;
}

namespace analyzer {

class InternetRoutes {
public:
    void clear();
    void rebuild(const topology::Topology &topology);
    // Follows one change of the topology; true when the routes or their scopes changed.
    bool update(const topology::Topology &topology, const topology::TopologyChange &change);

    bool isEmpty() const { return m_routes.isEmpty(); }
    bool hasOrganizationWide() const { return m_organizationWide > 0; }
    // A route limited to this routing group exists.
    bool hasLocalTo(const directory::Dn &routingGroup) const {
        return m_localByGroup.contains(routingGroup.key());
    }
    QList<directory::Dn> connectors() const;

    // Whether the connector has SMTP:* among its address spaces, and with which scope.
    static bool isInternetRoute(const topology::SmtpConnector &connector, bool *local = nullptr);

private:
    struct Route {
        directory::Dn connector;
        QString groupKey;
        bool local = false;
        friend bool operator==(const Route &a, const Route &b) {
            return a.connector == b.connector && a.groupKey == b.groupKey && a.local == b.local;
        }
    };
    void add(const Route &route);
    void remove(const QString &key);

    QHash<QString, Route> m_routes; // by connector DN key
    int m_organizationWide = 0;
    QHash<QString, int> m_localByGroup; // routing group key → routes limited to it
};

} // namespace analyzer
