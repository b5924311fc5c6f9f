#pragma once

// The Queues pane of a server: its queues, one row per next hop, named after the connector that
// carries them, with state, counts, oldest message, estimated next retry and last error; refreshed
// on F5 and every few minutes. Double-click opens a queue's messages; Find Messages searches them
// all. A server without a queue source says so and offers to set one. Keeps each server's queues
// while the console shows other nodes, so coming back is instant.

#include "Dn.h"
#include "ListingResult.h"
#include "QueueKey.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace topology {
class Topology;
}

namespace queues {
class QueueSourceSettings;
class ServerQueues;
} // namespace queues

namespace queueui {

class FindMessagesDialog;
class MessageActionRunner;
class QueueMessagesDialog;

class QueueViewer : public QWidget {
    Q_OBJECT
public:
    QueueViewer(queues::QueueSourceSettings *settings, const topology::Topology *topology,
                QWidget *parent = nullptr);
    ~QueueViewer() override;

    // Shows this server's queues (null DN: none). Starts a listing the first time.
    void setServer(const directory::Dn &server, const QString &name);
    const directory::Dn &server() const { return m_server; }
    // The shown server's queues, or null when it has no source.
    queues::ServerQueues *current() const;
    // The pane is (not) on screen: only the shown server refreshes by itself.
    void setShown(bool shown);
    // Forgets every server's queues (another directory was opened).
    void clear();
    // Said under "no queue source" as well: why this console has no Postfix of its own to offer
    // (the demo's instances cannot run here). "" for none.
    void setNoSourceNote(const QString &note);

    void refresh();
    void configureSource();
    void showSettings();
    FindMessagesDialog *findMessages();
    QueueMessagesDialog *openQueue(const queues::QueueKey &key);

    QTreeView *queueView() const { return m_view; }
    QString statusText() const;
    // What the last queue action did.
    QString actionStatusText() const;
    // The queue actions (for the console's Action menu while a queue is selected).
    QList<QAction *> queueActions() const { return m_queueActions; }
    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    // A listing of the shown server ended.
    void refreshed(const queues::ListingResult &result);
    // Track Message on a message of a server's queues (in a queue's list or Find's results).
    void trackRequested(const directory::Dn &server, const QString &queueId);

private:
    queues::ServerQueues *queuesFor(const directory::Dn &server);
    void forget(const directory::Dn &server);
    void showCurrent();
    void onRefreshStarted();
    void onRefreshFinished(const queues::ListingResult &result);
    void updateStatus();
    void fitColumns();
    void updateActions();
    queues::QueueKey selectedQueue() const;
    void actOnQueue(const QString &what);
    void showContextMenu(const QPoint &pos);

    QPointer<queues::QueueSourceSettings> m_settings;
    const topology::Topology *m_topology; // the session's, which outlives the viewer
    directory::Dn m_server;
    QString m_serverName;
    QHash<QString, queues::ServerQueues *> m_servers; // by server DN key
    QHash<QString, QPointer<QueueMessagesDialog>> m_open;
    QPointer<FindMessagesDialog> m_find;
    MessageActionRunner *m_runner = nullptr;
    bool m_shown = false;
    QString m_noSourceNote;

    QLabel *m_title;
    QStackedWidget *m_pages;
    QLabel *m_noSource;
    QLabel *m_error;
    QLabel *m_status;
    QLabel *m_actionStatus;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    QList<QAction *> m_viewerActions;
    QList<QAction *> m_queueActions;
};

} // namespace queueui
