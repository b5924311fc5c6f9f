#pragma once

// The messages of one queue (double-click a queue in the viewer), with the message actions. The
// list follows the queue as it is refreshed; it stays open beside the console.

#include "QueueKey.h"

#include <QDialog>
#include <QPointer>

class QLabel;

namespace queues {
class ServerQueues;
}

namespace queueui {

class MessageListView;

class QueueMessagesDialog : public QDialog {
    Q_OBJECT
public:
    QueueMessagesDialog(queues::ServerQueues *queues, const queues::QueueKey &key, QWidget *parent = nullptr);

    const queues::QueueKey &key() const { return m_key; }
    MessageListView *list() const { return m_list; }

private:
    void updateTitle();

    QPointer<queues::ServerQueues> m_queues;
    queues::QueueKey m_key;
    MessageListView *m_list;
    QLabel *m_summary;
};

} // namespace queueui
