#include "DemoMailServers.h"

#include "ExchangeServer.h"
#include "Topology.h"

namespace postfix {

DemoMailServers::DemoMailServers(QObject *parent)
    : QObject(parent) {}

DemoMailServers::~DemoMailServers() {
    stop();
}

QStringList DemoMailServers::gatewayNames() {
    return {QStringLiteral("GW1"), QStringLiteral("GW2")};
}

void DemoMailServers::start(const topology::Topology &topology) {
    stop();
    for (const auto *server :
         topology.objectsOfKindAs<topology::ExchangeServer>(topology::ObjectKind::Server)) {
        if (!gatewayNames().contains(server->name(), Qt::CaseInsensitive))
            continue;
        const directory::Dn dn = server->dn();
        QString error;
        const std::optional<PostfixConfig> config =
            PostfixConfigGenerator::generate(topology, dn, m_plan.options(), &error);
        if (!config) {
            Q_EMIT serverFailed(dn, error);
            continue;
        }
        auto instance = std::make_unique<LocalMailServer>();
        LocalMailServer *raw = instance.get();
        connect(raw, &LocalMailServer::started, this, [this, dn] { Q_EMIT serverStarted(dn); });
        connect(raw, &LocalMailServer::failed, this,
                [this, dn](const QString &message) { Q_EMIT serverFailed(dn, message); });
        m_servers[dn.key()] = {dn, std::move(instance)};
        LocalMailServer::Options options;
        options.name = server->name().toLower();
        options.hostName = server->fqdn().isEmpty()
                               ? server->name().toLower() + QStringLiteral(".example.com")
                               : server->fqdn();
        options.fallbackRelay = m_plan.closedRelay();
        raw->start(options, *config);
    }
}

void DemoMailServers::stop() {
    auto servers = std::move(m_servers);
    m_servers.clear();
    for (auto &[key, entry] : servers) {
        const bool wasRunning = entry.second->isRunning();
        entry.second->stop();
        if (wasRunning)
            Q_EMIT serverStopped(entry.first);
    }
}

QString DemoMailServers::configDirectory(const directory::Dn &server) const {
    const auto it = m_servers.find(server.key());
    return it == m_servers.end() ? QString() : it->second.second->configDirectory();
}

QString DemoMailServers::logFile(const directory::Dn &server) const {
    const auto it = m_servers.find(server.key());
    return it == m_servers.end() ? QString() : it->second.second->logFile();
}

bool DemoMailServers::isRunning(const directory::Dn &server) const {
    const auto it = m_servers.find(server.key());
    return it != m_servers.end() && it->second.second->isRunning();
}

QList<directory::Dn> DemoMailServers::servers() const {
    QList<directory::Dn> out;
    for (const auto &[key, entry] : m_servers)
        out.append(entry.first);
    return out;
}

} // namespace postfix
