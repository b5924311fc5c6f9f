#include "LoopbackPlan.h"

#include "SmtpVirtualServer.h"

#include <QTcpServer>

namespace postfix {

LoopbackPlan::LoopbackPlan()
    : m_state(std::make_shared<State>()) {
    m_state->closedPort = freePort();
}

int LoopbackPlan::freePort() {
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

QString LoopbackPlan::closedRelay() const {
    return QStringLiteral("[127.0.0.1]:%1").arg(m_state->closedPort);
}

int LoopbackPlan::portOf(const directory::Dn &virtualServer, int binding) const {
    const QString key = virtualServer.key() + QLatin1Char('#') + QString::number(binding);
    auto it = m_state->ports.find(key);
    if (it == m_state->ports.end())
        it = m_state->ports.insert(key, freePort());
    return *it;
}

PostfixConfigGenerator::Options LoopbackPlan::options() const {
    PostfixConfigGenerator::Options options;
    const LoopbackPlan plan = *this; // shares the state
    options.addressOf = [plan](const topology::SmtpVirtualServer &vs, int binding) {
        return std::optional<routing::NextHop::Host>(
            routing::NextHop::Host{QStringLiteral("127.0.0.1"), true, plan.portOf(vs.dn(), binding)});
    };
    options.sendTo =
        [plan](const routing::NextHop::Host &destination) -> std::optional<routing::NextHop::Host> {
        if (destination.literal && destination.host.startsWith(QLatin1String("127.")))
            return std::nullopt; // already on this machine
        return routing::NextHop::Host{QStringLiteral("127.0.0.1"), true, plan.closedPort()};
    };
    return options;
}

} // namespace postfix
