#pragma once

// Runs one message action from the console: asks before deleting (saying how many messages and
// whether their senders hear of it), hands the queue IDs to the source in one go, and reports what
// happened message by message, in the tool's own words when it failed.

#include "ActionResult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace queues {
class MessageQueueSource;
}

namespace queueui {

class MessageActionRunner : public QObject {
    Q_OBJECT
public:
    MessageActionRunner(QWidget *dialogParent, queues::MessageQueueSource *source, QObject *parent = nullptr);

    // Confirms deletes first; `what` names the messages in the question ("3 messages").
    void run(queues::MessageAction action, const QStringList &ids);
    void retryAll();
    bool isBusy() const { return m_busy; }

    static QString confirmationText(queues::MessageAction action, int count);

Q_SIGNALS:
    void started(const QString &text);
    void finished(const queues::ActionResult &result);

private:
    void execute(queues::MessageAction action, const QStringList &ids);
    void report(const queues::ActionResult &result);

    QPointer<QWidget> m_parent;
    QPointer<queues::MessageQueueSource> m_source;
    bool m_busy = false;
};

} // namespace queueui
