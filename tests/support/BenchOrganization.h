#pragma once

// The benchmark organization: 10 administrative groups, 2,000 servers with 4,000 SMTP virtual
// servers, 500 routing groups and 10,000 SMTP connectors (21,036 entries), written as LDIF for
// slapadd. Shared by the benchmarks so they measure the same organization.

#include <QString>

namespace testsupport {

struct BenchOrganization {
    static constexpr int AdminGroups = 10;
    static constexpr int ServersPerGroup = 200;          // 2,000 servers
    static constexpr int VirtualServersPerServer = 2;    // 4,000 virtual servers
    static constexpr int RoutingGroupsPerGroup = 50;     // 500 routing groups
    static constexpr int ConnectorsPerRoutingGroup = 20; // 10,000 connectors

    // Writes the organization under `suffix` to `path`; returns the number of entries (0 on error).
    static int write(const QString &path, const QString &suffix);
    // "CN=Bench Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,<suffix>"
    static QString organization(const QString &suffix);
    // The server SRV<a>-<s> and its virtual server n.
    static QString server(const QString &suffix, int adminGroup, int server);
    static QString virtualServer(const QString &suffix, int adminGroup, int server, int n);
    // Connector c of routing group r in administrative group a.
    static QString connector(const QString &suffix, int adminGroup, int routingGroup, int connector);
};

} // namespace testsupport
