#pragma once

// A list of queued messages with the actions Exchange offers on them: Freeze, Unfreeze, Delete (no
// NDR), Delete (send NDR), Retry Now and View Headers, and Track Message (where did it go), as
// buttons and in the context menu. The actions apply to the ticked messages, or to the selected
// ones when none is ticked. Used for a queue's messages and for the results of Find Messages.

#include "MessageFilter.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace queues {
class MessageListModel;
class ServerQueues;
} // namespace queues

namespace queueui {

class MessageActionRunner;

class MessageListView : public QWidget {
    Q_OBJECT
public:
    explicit MessageListView(queues::ServerQueues *queues, QWidget *parent = nullptr);
    ~MessageListView() override;

    void setQuery(const queues::MessageFilter &filter, int limit = 0,
                  std::optional<QSet<QString>> only = std::nullopt);
    // Whether the Queue column shows (Find results span queues).
    void setQueueColumnVisible(bool visible);

    queues::MessageListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *action(const QString &objectName) const;
    QList<QAction *> messageActions() const { return m_actions; }
    // The ticked messages, or the selected ones when none is ticked.
    QStringList targets() const;
    QString statusText() const;

Q_SIGNALS:
    void actionFinished();
    // Track Message on one message: its queue ID.
    void trackRequested(const QString &queueId);

private:
    QAction *addMessageAction(const QString &objectName, const QString &text,
                              const QKeySequence &shortcut = {});
    void updateActions();
    // The query again, with the source's current grouping.
    void requery();
    // The one message the selection or the ticks name; "" when they name none or several.
    QString singleTarget() const;
    void showHeaders();
    void showContextMenu(const QPoint &pos);

    QPointer<queues::ServerQueues> m_queues;
    queues::MessageListModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    MessageActionRunner *m_runner;
    QList<QAction *> m_actions;
    queues::MessageFilter m_filter;
    int m_limit = 0;
    std::optional<QSet<QString>> m_only;
};

} // namespace queueui
