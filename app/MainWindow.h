#pragma once

// The console window: puts the panes, the banner, the menus, the toolbar and the status bar
// together around one directory session, and gives the console commands the window services
// they need (dialog parent, errors, writes, rename in place, export, help). Each part is a class
// of its own (views/console, views/connect, views/help, models/console); this class wires them.

#include "CommandContext.h"
#include "DirectorySession.h"
#include "HelpViewer.h"

#include <QMainWindow>
#include <QPointer>

class ArrivalSelector;
class MailServers;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace console {
class ConsoleTreeModel;
class DemoDirectory;
class DetailsModel;
} // namespace console

namespace consoleui {
class ConsoleStatusBar;
class ConsoleTreeView;
class DetailsPane;
class NavigationHistory;
class ReadOnlyBanner;
} // namespace consoleui

namespace commands {
class ActionController;
}

namespace connectui {
class ConnectionLauncher;
}

namespace queues {
class QueueSourceSettings;
}

namespace queueui {
class QueueViewer;
}

namespace postfix {
class DemoMailServers;
}

namespace analyzerui {
class AnalyzerDock;
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
    void showHelp(const QString &page) override;
    void submit(const QString &title, const topology::ChangeSet &changes,
                std::function<void(const topology::ChangeSetResult &)> done = {}) override;
    void selectWhenArrives(const directory::Dn &dn) override;
    void newSmtpConnector(const directory::Dn &routingGroup,
                          const QList<directory::Dn> &bridgeheads) override;
    queues::PostfixInstance mailServerOf(const directory::Dn &server,
                                           postfix::PostfixConfigGenerator::Options *options,
                                           QString *missing) override;
    QList<tracking::LogSource *> logSourcesFor(const directory::Dn &server, QObject *owner,
                                               QString *missing) override;

    console::ConsoleTreeModel *treeModel() const { return m_treeModel; }
    console::DetailsModel *detailsModel() const { return m_detailsModel; }
    QTreeView *treeView() const;
    QTreeView *detailsView() const;
    consoleui::DetailsPane *detailsPane() const { return m_details; }
    consoleui::ReadOnlyBanner *banner() const { return m_banner; }
    bool refreshCurrentView() override;
    void findMessages(const directory::Dn &server, const QString &sender = QString(),
                      const QString &recipient = QString(), const QString &subject = QString()) override;
    // The right-hand pane for a server's Queues node, and where each server's queue source is kept
    // (setSessionSource() sets one for this run only, e.g. for the demo's gateways).
    queueui::QueueViewer *queueViewer() const { return m_queueViewer; }
    queues::QueueSourceSettings *queueSources() const { return m_queueSources; }
    commands::ActionController *actions() const { return m_actions; }
    console::DemoDirectory *demo() const { return m_demo; }
    QToolBar *toolBar() const { return m_toolBar; }
    helpui::HelpViewer *helpViewer() const { return helpui::HelpViewer::instance(); }
    // The demo's private Postfix instances (started once the demo directory is read).
    postfix::DemoMailServers *demoMailServers() const;
    analyzerui::AnalyzerDock *analyzerDock() const { return m_analyzerDock; }
    // The property sheet of an object, opened at the field that edits `attribute` (if given).
    void showProperties(const directory::Dn &dn, const QString &attribute = QString());
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
    void createActions();
    void createMenus();
    void createToolBar();
    void onTreeSelection();
    void onTreeActivated(const QModelIndex &index);
    void onDetailsActivated(int row);
    void updateSelection();
    void scheduleSelectionUpdate();
    void updateState();
    void updateTitle();
    void showContextMenu(QWidget *view, const QPoint &globalPos);
    void onRenameRequested(const console::NodeRef &node, const QString &name);
    void selectPendingRename();
    void onLoaded();
    void customizeColumns();

    console::DirectorySession *m_session;
    console::DemoDirectory *m_demo;
    console::ConsoleTreeModel *m_treeModel;
    console::DetailsModel *m_detailsModel;
    consoleui::ConsoleTreeView *m_tree;
    consoleui::DetailsPane *m_details;
    queues::QueueSourceSettings *m_queueSources;
    queueui::QueueViewer *m_queueViewer;
    QStackedWidget *m_rightPane;
    commands::ActionController *m_actions;
    consoleui::NavigationHistory *m_history;
    ArrivalSelector *m_arrivals;
    consoleui::ReadOnlyBanner *m_banner;
    consoleui::ConsoleStatusBar *m_statusBar;
    connectui::ConnectionLauncher *m_launcher;
    analyzerui::AnalyzerDock *m_analyzerDock;
    QSplitter *m_splitter;
    QToolBar *m_toolBar = nullptr;
    QAction *m_treeToggle = nullptr;
    QAction *m_restartDemo = nullptr;
    QAction *m_retryNow = nullptr;
    // The node a rename in place is waiting for, so the selection follows it to its new name.
    std::optional<console::NodeRef> m_pendingRename;
    bool m_selectionUpdatePending = false;
    MailServers *m_mailServers;
    bool m_demoMailPending = false;
};
