#pragma once

// The demo's mail servers: a private Postfix instance for each gateway of the demo organization
// (GW1 and GW2), configured from the demo directory on the loopback plan and stopped with the
// demo. Where they cannot run (not root, no Postfix) it says what is missing instead.

#include "LocalMailServer.h"
#include "LoopbackPlan.h"

#include <QObject>

#include <map>
#include <memory>

namespace topology {
class Topology;
}

namespace postfix {

class DemoMailServers : public QObject {
    Q_OBJECT
public:
    explicit DemoMailServers(QObject *parent = nullptr);
    ~DemoMailServers() override;

    // The demo organization's gateways, by server name.
    static QStringList gatewayNames();

    // Starts an instance for each gateway found in the topology; running ones are stopped first.
    void start(const topology::Topology &topology);
    void stop();

    // "" when instances can run here; else what is missing.
    QString unavailableReason() const { return LocalMailServer::unavailableReason(); }
    // The configuration directory of the server's instance, "" when it has none (yet).
    QString configDirectory(const directory::Dn &server) const;
    // Its Postfix log (maillog_file), "" when it has no instance.
    QString logFile(const directory::Dn &server) const;
    bool isRunning(const directory::Dn &server) const;
    QList<directory::Dn> servers() const;
    // How the demo's configurations are generated (also when applied again later).
    const LoopbackPlan &plan() const { return m_plan; }

Q_SIGNALS:
    void serverStarted(const directory::Dn &server);
    void serverFailed(const directory::Dn &server, const QString &message);
    void serverStopped(const directory::Dn &server);

private:
    LoopbackPlan m_plan;
    std::map<QString, std::pair<directory::Dn, std::unique_ptr<LocalMailServer>>> m_servers; // by DN key
};

} // namespace postfix
