#include "ServerQueues.h"

#include "MessageFilter.h"
#include "PostfixSource.h"
#include "Topology.h"

namespace queues {

ServerQueues::ServerQueues(const directory::Dn &server, const PostfixInstance &instance,
                           const topology::Topology *topology, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_instance(instance)
    , m_topology(topology)
    , m_monitor(std::make_unique<QueueMonitor>(std::make_unique<PostfixSource>(instance)))
    , m_routing(topology, server)
    , m_queues(std::make_unique<QueueListModel>(m_monitor->store())) {
    m_queues->setRouting(&m_routing);
    connect(m_monitor.get(), &QueueMonitor::settingsChanged, this, &ServerQueues::onSettings);
    if (topology) {
        connect(topology, &topology::Topology::changed, this, [this] { m_queues->refreshNames(); });
        connect(topology, &topology::Topology::loaded, this, [this] { m_queues->refreshNames(); });
    }
}

ServerQueues::~ServerQueues() {
    // The model reads the routing; it goes first.
    m_queues.reset();
}

void ServerQueues::onSettings() {
    m_queues->setRetrySchedule(m_monitor->source()->retrySchedule());
    if (m_queues->nextHops() == m_monitor->source()->nextHops())
        return;
    m_queues->setNextHops(m_monitor->source()->nextHops());
    Q_EMIT groupingChanged();
}

QString ServerQueues::queueNameOf(const QueuedMessage &message) const {
    const QList<QueueKey> keys = m_queues->nextHops().keysFor(message);
    return keys.isEmpty() ? QString() : m_queues->queueName(keys.first());
}

QStringList ServerQueues::idsIn(const QueueKey &key, std::optional<MessageState> state) const {
    MessageFilter filter;
    filter.queue = key;
    filter.nextHops = m_queues->nextHops();
    QStringList out;
    for (const MessagePtr &m : m_monitor->store()->messages())
        if (filter.matches(*m) && (!state || m->state() == *state))
            out.append(m->id);
    return out;
}

} // namespace queues
