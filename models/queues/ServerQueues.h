#pragma once

// The queues of one server in the console: its queue monitor, the queue model over it, and the
// connector naming from the directory, kept in step (the relay host and backoff times from the
// source, the names from the Topology as it changes). What the queue viewer shows for a server,
// without any widget.

#include "ConnectorForNextHop.h"
#include "PostfixInstance.h"
#include "QueueListModel.h"
#include "QueueMonitor.h"

#include "Dn.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace topology {
class Topology;
}

namespace queues {

class ServerQueues : public QObject {
    Q_OBJECT
public:
    ServerQueues(const directory::Dn &server, const PostfixInstance &instance,
                 const topology::Topology *topology, QObject *parent = nullptr);
    ~ServerQueues() override;

    const directory::Dn &server() const { return m_server; }
    const PostfixInstance &instance() const { return m_instance; }
    QueueMonitor *monitor() const { return m_monitor.get(); }
    QueueListModel *queues() const { return m_queues.get(); }
    const ConnectorForNextHop *routing() const { return &m_routing; }
    MessageQueueSource *source() const { return m_monitor->source(); }

    // The name of the (first) queue a message is shown in.
    QString queueNameOf(const QueuedMessage &message) const;
    // The IDs of the messages in a queue, optionally only those in one state.
    QStringList idsIn(const QueueKey &key, std::optional<MessageState> state = std::nullopt) const;

Q_SIGNALS:
    // Messages group into queues differently now (the relay host changed): lists by queue ask again.
    void groupingChanged();

private:
    void onSettings();

    directory::Dn m_server;
    PostfixInstance m_instance;
    const topology::Topology *m_topology;
    std::unique_ptr<QueueMonitor> m_monitor;
    ConnectorForNextHop m_routing;
    std::unique_ptr<QueueListModel> m_queues;
};

} // namespace queues
