#pragma once

// The console window: the organization tree on the left, the details of the selected node on the
// right, menus, toolbar and context menus driven by the console commands, and a status bar that
// says where the console is connected, as whom, and whether it is live. Owns the directory
// session and, for --demo, the private directory.

#include "CommandContext.h"
#include "DirectorySession.h"
#include "LocalDirectory.h"

#include <QLabel>
#include <QMainWindow>
#include <QPointer>

class QProgressBar;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace console {
class ConsoleTreeModel;
class DetailsModel;
} // namespace console

namespace commands {
class ActionController;
}

namespace connectui {
class ConnectionProfiles;
class PasswordStore;
} // namespace connectui

namespace queues {
class QueueSourceSettings;
}

namespace queueui {
class QueueViewer;
}

class MainWindow : public QMainWindow, public commands::CommandContext {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openDemo();
    // `profile` names the connection for what is kept per connection (the servers' queue
    // sources); empty: the name the connect dialog would give it.
    void connectTo(const directory::ConnectionSettings &settings, const QString &profile = QString());
    // File › Connect…: the connect dialog, on the given saved profile if any.
    void showConnectDialog(const QString &profile = QString());
    // File › Recent Connections › name: connects at once when nothing needs asking.
    void connectToProfile(const QString &profile);

    console::DirectorySession *session() override { return m_session; }
    QWidget *dialogParent() override { return this; }
    void startRename(const console::NodeRef &node) override;
    void exportList() override;
    bool canExportList() const override;
    void showError(const QString &title, const QString &message) override;
    void submit(const QString &title, const topology::ChangeSet &changes,
                std::function<void(const topology::ChangeSetResult &)> done = {}) override;
    bool refreshCurrentView() override;
    void findMessages(const directory::Dn &server, const QString &sender = QString(),
                      const QString &recipient = QString(), const QString &subject = QString()) override;

    console::ConsoleTreeModel *treeModel() const { return m_treeModel; }
    console::DetailsModel *detailsModel() const { return m_detailsModel; }
    QTreeView *treeView() const { return m_tree; }
    QTreeView *detailsView() const { return m_details; }
    // The right-hand pane for a server's Queues node, and where each server's queue source is kept
    // (setSessionSource() sets one for this run only, e.g. for the demo's gateways).
    queueui::QueueViewer *queueViewer() const { return m_queueViewer; }
    queues::QueueSourceSettings *queueSources() const { return m_queueSources; }
    commands::ActionController *actions() const { return m_actions; }
    // Selects (and reveals) the tree node for a directory object.
    bool selectNode(const directory::Dn &dn, int type = -1);
    // Writes the details pane as CSV; returns false with a message on failure.
    bool exportListTo(const QString &fileName, QString *error);

Q_SIGNALS:
    // The organization has been read (after connecting and after each refresh).
    void loaded();
    // A change set from a console action was written, or failed (the error is shown).
    void changesWritten(const topology::ChangeSetResult &result);

private:
    void createMenus();
    void rebuildRecentMenu();
    void createStatusBar();
    void onTreeSelection();
    void fitDetailsColumns();
    void updateSelection();
    void updateStatus();
    void showContextMenu(QWidget *view, const QPoint &pos);
    void onRenameRequested(const console::NodeRef &node, const QString &name);

    console::DirectorySession *m_session;
    QPointer<directory::LocalDirectory> m_demo;
    console::ConsoleTreeModel *m_treeModel;
    console::DetailsModel *m_detailsModel;
    QSortFilterProxyModel *m_detailsProxy;
    QTreeView *m_tree;
    QTreeView *m_details;
    queues::QueueSourceSettings *m_queueSources;
    queueui::QueueViewer *m_queueViewer;
    QStackedWidget *m_rightPane;
    commands::ActionController *m_actions;
    QLabel *m_banner;
    QLabel *m_serverLabel;
    QLabel *m_identityLabel;
    QLabel *m_syncLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelLoad;
    connectui::ConnectionProfiles *m_profiles;
    connectui::PasswordStore *m_passwords;
    QMenu *m_recentMenu = nullptr;
    bool m_expandedOnce = false;
    bool m_fitPending = false;
};
