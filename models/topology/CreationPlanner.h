#pragma once

// What to write to create an SMTP virtual server, an SMTP connector, or everything the Internet
// Mail wizard sets up, decided from the Topology: every check on the input (the same checks the
// property tabs make), the Exchange defaults for the new objects, the fixed containers they need
// (CN=Protocols, CN=SMTP, CN=Connections) ordered before what goes inside them, and the names new
// objects are offered. The wizards and `bridgehead new …` build their ChangeSets here and nowhere
// else, so the console and a script create exactly the same entries.

#include "AddressSpace.h"
#include "ChangeSet.h"
#include "Dn.h"
#include "ServerBinding.h"
#include "SmartHostList.h"

#include <QCoreApplication>

#include <optional>

namespace topology {

class Topology;

class CreationPlanner {
    Q_DECLARE_TR_FUNCTIONS(topology::CreationPlanner)
public:
    // The input a refusal is about, so a wizard shows it at that field and a script can be told
    // which option to fix.
    enum class Field {
        Server,
        Name,
        Binding,
        Fqdn,
        RoutingGroup,
        Bridgeheads,
        AddressSpaces,
        SmartHosts,
        VirtualServer
    };
    struct Refusal {
        Field field = Field::Name;
        QString message;
    };

    struct VirtualServer {
        directory::Dn server;
        QString name;          // adminDisplayName, kept exactly as given
        ServerBinding binding; // defaultBinding() unless chosen
        QString fqdn;          // empty: the server's DNS name
    };
    struct Connector {
        directory::Dn routingGroup;
        QString name;                                      // the cn, kept exactly as given
        QList<directory::Dn> bridgeheads;                  // SMTP virtual servers of the group's servers
        QList<AddressSpace> addressSpaces{AddressSpace()}; // SMTP:*;1 until changed
        AddressSpace::Scope scope = AddressSpace::Scope::Organization;
        SmartHostList smartHosts; // empty: DNS
        bool allowNoBridgehead = false;
    };
    struct InternetMail {
        directory::Dn gateway;          // the server that sends Internet mail
        directory::Dn virtualServer;    // one of its virtual servers; empty: create newVirtualServer
        VirtualServer newVirtualServer; // its server is the gateway
        SmartHostList smartHosts;       // empty: DNS
    };
    struct Plan {
        ChangeSet changes;
        directory::Dn virtualServer; // the virtual server created or used
        directory::Dn connector;     // the connector created, if any
        QString connectorName;
        // The object to select and open once it arrives: the connector if there is one.
        directory::Dn object() const { return connector.isEmpty() ? virtualServer : connector; }
    };

    static std::optional<Plan> plan(const Topology &topology, const VirtualServer &spec, Refusal *refusal);
    static std::optional<Plan> plan(const Topology &topology, const Connector &spec, Refusal *refusal);
    static std::optional<Plan> plan(const Topology &topology, const InternetMail &spec, Refusal *refusal);

    // What a wizard starts from: the suggested name, defaultBinding() on port 25 and the server's FQDN.
    static VirtualServer defaultVirtualServer(const Topology &topology, const directory::Dn &server);
    // Where a new virtual server of `server` listens on `port` unless told: all unassigned addresses
    // when no other virtual server of the server listens on that port, else the first of
    // serverAddresses() that is free on it, else all unassigned addresses all the same, which the
    // checks then refuse with the reason (so a wizard shows it at the field and a script is told).
    static ServerBinding defaultBinding(const Topology &topology, const directory::Dn &server,
                                        int port = ServerBinding::DefaultPort);
    // The gateway's virtual server the Internet Mail flow offers first, as an administrator would pick
    // it: one that already sends for a connector to SMTP:* (set up for the Internet), else one that
    // listens on port 25, else the first; each in instance order. Empty when the server has none.
    static directory::Dn preferredVirtualServer(const Topology &topology, const directory::Dn &gateway);
    // SMTP:*;1 for the entire organization, DNS, no bridgehead and no name yet.
    static Connector defaultConnector(const directory::Dn &routingGroup);

    // "SMTP-GW1", or "SMTP-GW1 (2)" and so on while another virtual server of the server has it.
    static QString suggestedVirtualServerName(const Topology &topology, const directory::Dn &server);
    // "SMTP Connector for GW1" (made free the same way) for a connector whose first bridgehead is on GW1.
    static QString suggestedConnectorName(const Topology &topology, const directory::Dn &routingGroup,
                                          const QString &serverName);
    // "Internet Mail SMTP Connector (GW1)", made free the same way.
    static QString internetMailConnectorName(const Topology &topology, const directory::Dn &routingGroup,
                                             const QString &serverName);
    // The CN=Connections of a routing group, whether or not it exists yet.
    static directory::Dn connectionsOf(const Topology &topology, const directory::Dn &routingGroup);
    // The IP addresses known for a server: its networkAddress values that are IP addresses and the
    // addresses typed into its virtual servers' bindings; IPv4 before IPv6, in numeric order.
    static QStringList serverAddresses(const Topology &topology, const directory::Dn &server);
    // The smallest instance number (CN=n) not used under the server's CN=SMTP.
    static int nextInstanceNumber(const Topology &topology, const directory::Dn &server);
    // The MTA object a connector sending through `server` names in homeMTA.
    static directory::Dn mtaOf(const Topology &topology, const directory::Dn &server);

private:
    static bool addVirtualServer(const Topology &topology, const VirtualServer &spec, ChangeSet &changes,
                                 directory::Dn *created, Refusal *refusal);
    static bool addConnector(const Topology &topology, const Connector &spec,
                             const QList<directory::Dn> &newVirtualServers, ChangeSet &changes,
                             directory::Dn *created, Refusal *refusal);
};

} // namespace topology
