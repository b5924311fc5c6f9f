#pragma once

// Which SMTP connector of the directory carries a queue's traffic from one server, so the queue can
// be named after it as Exchange does ("Internet Mail SMTP Connector (GW1) – smarthost.example").
// Candidates are the connectors this server may send through: one of its virtual servers is a
// local bridgehead, or the connector has no bridgeheads and the server is in its routing group.
// A relay-host queue belongs to a candidate whose smart hosts contain the relay host; a domain
// queue (DNS routing) to a DNS candidate whose address spaces match the domain, the most specific
// first, then the lowest cost. A small stand-in for a full route resolver, behind one call.

#include "QueueKey.h"

#include "Dn.h"

#include <QCoreApplication>

namespace topology {
class SmtpConnector;
class SmtpVirtualServer;
class Topology;
} // namespace topology

namespace queues {

struct QueueRoute {
    const topology::SmtpConnector *connector = nullptr;
    // The virtual server of this server the connector sends from (its local bridgehead), if any.
    const topology::SmtpVirtualServer *virtualServer = nullptr;
    bool isValid() const { return connector != nullptr; }
};

class ConnectorForNextHop {
    Q_DECLARE_TR_FUNCTIONS(queues::ConnectorForNextHop)
public:
    ConnectorForNextHop(const topology::Topology *topology, const directory::Dn &server);

    QueueRoute resolve(const QueueKey &key) const;
    // "<connector> (<server>) – <next hop>", or the next hop alone without a connector.
    QString queueName(const QueueKey &key, const QueueRoute &route) const;
    // The virtual server the queue's mail leaves from, where it can be told: the connector's local
    // bridgehead on this server, or the server's only virtual server.
    QString sourceName(const QueueRoute &route) const;

    const directory::Dn &server() const { return m_server; }

private:
    struct Candidate {
        const topology::SmtpConnector *connector;
        const topology::SmtpVirtualServer *virtualServer;
    };
    QList<Candidate> candidates() const;

    const topology::Topology *m_topology;
    directory::Dn m_server;
};

} // namespace queues
