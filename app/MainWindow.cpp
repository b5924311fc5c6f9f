#include "MainWindow.h"

#include "ActionController.h"
#include "AnalyzerDock.h"
#include "ArrivalSelector.h"
#include "ColumnChooser.h"
#include "ConnectionLauncher.h"
#include "ConnectionProfiles.h"
#include "ConsoleStatusBar.h"
#include "ConsoleTreeModel.h"
#include "ConsoleTreeView.h"
#include "CreationCommand.h"
#include "DemoDirectory.h"
#include "DetailsModel.h"
#include "DetailsPane.h"
#include "FindMessagesDialog.h"
#include "MailServers.h"
#include "FindingsStatusButton.h"
#include "GatewayDesignation.h"
#include "HelpViewer.h"
#include "NavigationHistory.h"
#include "NewConnectorWizard.h"
#include "Planner.h"
#include "PropertySheet.h"
#include "QueueSourceSettings.h"
#include "QueueViewer.h"
#include "ReadOnlyBanner.h"
#include "RenameCommand.h"
#include "TrackMessageCommand.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTimer>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWhatsThis>

using console::DirectorySession;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DirectorySession(this))
    , m_demo(new console::DemoDirectory(this))
    , m_treeModel(new console::ConsoleTreeModel(m_session->topology(), this))
    , m_detailsModel(new console::DetailsModel(m_treeModel, m_session->topology(), this))
    , m_tree(new consoleui::ConsoleTreeView(m_treeModel, this))
    , m_details(new consoleui::DetailsPane(m_detailsModel, this))
    , m_queueSources(new queues::QueueSourceSettings(this))
    , m_queueViewer(new queueui::QueueViewer(m_queueSources, m_session->topology(), this))
    , m_rightPane(new QStackedWidget(this))
    , m_actions(new commands::ActionController(this, this))
    , m_history(new consoleui::NavigationHistory(m_tree))
    , m_arrivals(new ArrivalSelector(
          m_session->topology(), [this](const directory::Dn &dn) { return selectNode(dn); }, this))
    , m_banner(new consoleui::ReadOnlyBanner(this))
    , m_statusBar(new consoleui::ConsoleStatusBar(m_session, this))
    , m_launcher(new connectui::ConnectionLauncher(this))
    , m_analyzerDock(new analyzerui::AnalyzerDock(m_session, this))
    , m_splitter(new QSplitter(this))
    , m_mailServers(new MailServers(m_queueSources, m_session->topology(), this)) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_splitter->setObjectName(QStringLiteral("consoleSplitter"));
    // The right-hand pane: the details list, or a server's queues for its Queues node.
    m_rightPane->addWidget(m_details);
    m_rightPane->addWidget(m_queueViewer);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_rightPane);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({290, 910});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);
    addDockWidget(Qt::BottomDockWidgetArea, m_analyzerDock);
    resizeDocks({m_analyzerDock}, {250}, Qt::Vertical);
    auto *findings = new analyzerui::FindingsStatusButton(m_analyzerDock->findingsModel(),
                                                          m_analyzerDock->analyzer(), this);
    m_statusBar->addPermanentWidget(findings);
    connect(findings, &QToolButton::clicked, this, [this] {
        m_analyzerDock->show();
        m_analyzerDock->raise();
    });
    connect(m_analyzerDock, &analyzerui::AnalyzerDock::selectRequested, this,
            [this](const directory::Dn &dn) { selectNode(dn); });
    connect(m_analyzerDock, &analyzerui::AnalyzerDock::propertiesRequested, this,
            &MainWindow::showProperties);
    connect(m_analyzerDock, &analyzerui::AnalyzerDock::newSmtpConnectorRequested, this,
            &MainWindow::newSmtpConnector);
    connect(m_analyzerDock->gateways(), &analyzer::GatewayDesignation::changed, this,
            [this] { m_treeModel->setGateways(m_analyzerDock->gateways()->servers()); });

    createActions();
    createToolBar();
    createMenus();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeSelection);
    connect(m_tree, &QTreeView::doubleClicked, this, &MainWindow::onTreeActivated);
    connect(m_details, &consoleui::DetailsPane::selectionChanged, this, &MainWindow::updateSelection);
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_tree, m_tree->viewport()->mapToGlobal(pos)); });
    connect(m_details, &consoleui::DetailsPane::contextMenuRequested, this,
            [this](const QPoint &globalPos) { showContextMenu(m_details->view(), globalPos); });
    connect(m_details, &consoleui::DetailsPane::rowActivated, this, &MainWindow::onDetailsActivated);
    connect(m_treeModel, &console::ConsoleTreeModel::renameRequested, this, &MainWindow::onRenameRequested);
    // What is selected may have gone (a failed connect clears the tree, someone deletes an object):
    // the commands must not offer it.
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleSelectionUpdate);
    connect(m_treeModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::scheduleSelectionUpdate);
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::selectPendingRename);

    connect(m_session, &DirectorySession::stateChanged, this, &MainWindow::updateState);
    connect(m_session, &DirectorySession::failed, this, [this](const QString &message) {
        // The connect dialog that asked for this connection shows what failed, and stays open.
        if (m_launcher->isWaiting())
            m_launcher->connectionFailed(message);
        else
            showError(tr("Directory"), message);
    });
    connect(m_session, &DirectorySession::loaded, this, &MainWindow::onLoaded);

    connect(m_launcher, &connectui::ConnectionLauncher::connectRequested, this, &MainWindow::connectTo);

    connect(m_demo, &console::DemoDirectory::progress, this,
            [this](const QString &step) { m_statusBar->showMessage(step); });
    connect(m_demo, &console::DemoDirectory::failed, this, [this](const QString &message) {
        m_statusBar->clearMessage();
        showError(tr("Demo directory"), message);
        updateState();
    });
    connect(m_demo, &console::DemoDirectory::stoppedUnexpectedly, this, [this](const QString &message) {
        showError(tr("Demo directory"), message);
        updateState();
    });
    connect(m_demo, &console::DemoDirectory::started, this,
            [this](const directory::ConnectionSettings &settings) {
                m_statusBar->clearMessage();
                m_demoMailPending = true;
                // Its address changes each run: the demo's queue sources are kept under a name of
                // their own.
                connectTo(settings, queues::QueueSourceSettings::demoProfile());
            });
    connect(m_demo, &console::DemoDirectory::restarted, this, [this] {
        m_statusBar->clearMessage();
        m_session->retryNow();
        updateState();
    });
    connect(m_queueViewer, &queueui::QueueViewer::trackRequested, this,
            [this](const directory::Dn &server, const QString &queueId) {
                commands::TrackMessageCommand::track(this, server, queueId);
            });
    connect(m_mailServers, &MailServers::demoServerFailed, this,
            [this](const directory::Dn &server, const QString &message) {
                m_statusBar->showMessage(
                    tr("The mail server of %1 did not start: %2").arg(server.rdnValue(), message));
            });
    updateState();
    resize(1200, 760);
}

MainWindow::~MainWindow() {
    m_session->close();
    m_mailServers->stopDemo();
    m_demo->stop();
}

QTreeView *MainWindow::treeView() const {
    return m_tree;
}

QTreeView *MainWindow::detailsView() const {
    return m_details->view();
}

void MainWindow::createActions() {
    // Shortcuts work without opening a menu.
    addActions(m_actions->actions());
    addActions({m_history->backAction(), m_history->forwardAction(), m_history->upAction()});

    m_treeToggle = new QAction(QIcon(QStringLiteral(":/icons/console-tree.svg")), tr("Console &Tree"), this);
    m_treeToggle->setObjectName(QStringLiteral("consoleTreeAction"));
    m_treeToggle->setCheckable(true);
    m_treeToggle->setChecked(true);
    m_treeToggle->setToolTip(tr("Show/Hide Console Tree"));
    connect(m_treeToggle, &QAction::toggled, m_tree, &QWidget::setVisible);

    m_restartDemo = new QAction(tr("&Restart"), this);
    m_restartDemo->setObjectName(QStringLiteral("restartDemoAction"));
    m_restartDemo->setToolTip(tr("Starts the demo directory server again on the same data"));
    connect(m_restartDemo, &QAction::triggered, this, [this] {
        m_statusBar->showMessage(tr("Restarting the demo directory…"));
        m_demo->restart();
    });
    m_retryNow = new QAction(tr("&Retry Now"), this);
    m_retryNow->setObjectName(QStringLiteral("retryNowAction"));
    m_retryNow->setToolTip(tr("Tries to reach the directory server now"));
    connect(m_retryNow, &QAction::triggered, m_session, &DirectorySession::retryNow);
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(tr("Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("consoleToolbar"));
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_history->backAction());
    m_toolBar->addAction(m_history->forwardAction());
    m_toolBar->addAction(m_history->upAction());
    m_toolBar->addAction(m_treeToggle);
    m_toolBar->addSeparator();
    // New: the creation wizards that apply to the selection, as in the Action menu's New submenu.
    auto *newMenu = new QMenu(tr("New"), this);
    newMenu->setObjectName(QStringLiteral("toolbarNewMenu"));
    connect(newMenu, &QMenu::aboutToShow, this, [this, newMenu] {
        newMenu->clear();
        m_actions->fillNewMenu(newMenu);
    });
    auto *newButton = new QToolButton(this);
    newButton->setObjectName(QStringLiteral("newButton"));
    newButton->setText(tr("New"));
    newButton->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    newButton->setToolTip(tr("Create an object here"));
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newButton->setPopupMode(QToolButton::InstantPopup);
    newButton->setMenu(newMenu);
    newButton->setEnabled(m_actions->canCreate());
    connect(m_actions, &commands::ActionController::updated, newButton,
            [this, newButton] { newButton->setEnabled(m_actions->canCreate()); });
    QAction *newAction = m_toolBar->addWidget(newButton);
    newAction->setObjectName(QStringLiteral("newButtonAction"));
    newAction->setIcon(newButton->icon());
    newAction->setToolTip(newButton->toolTip());
    m_toolBar->addAction(m_actions->action(QStringLiteral("propertiesAction")));
    m_toolBar->addAction(m_actions->action(QStringLiteral("deleteAction")));
    m_toolBar->addAction(m_actions->action(QStringLiteral("refreshAction")));
    m_toolBar->addAction(m_actions->action(QStringLiteral("exportListAction")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->action(QStringLiteral("helpAction")));
    m_toolBar->toggleViewAction()->setText(tr("Tool&bar"));
    m_toolBar->toggleViewAction()->setObjectName(QStringLiteral("toolbarAction"));
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect…"), this, [this] { showConnectDialog(); });
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence::Open);
    file->addMenu(m_launcher->recentMenu());
    file->addAction(tr("&Open Demo Organization"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction *exit = file->addAction(tr("E&xit"), qApp, &QApplication::closeAllWindows);
    exit->setShortcut(QKeySequence::Quit);

    QMenu *action = menuBar()->addMenu(tr("&Action"));
    action->setObjectName(QStringLiteral("actionMenu"));
    connect(action, &QMenu::aboutToShow, this, [this, action] {
        action->clear();
        m_actions->fillMenu(action);
        // A queue selected in the Queues pane: its actions, as ESM has them in Action.
        if (m_rightPane->currentWidget() == m_queueViewer && m_queueViewer->current()) {
            action->addSeparator();
            for (QAction *a : m_queueViewer->queueActions())
                action->addAction(a);
        }
    });
    // A menu that is empty until shown would have no arrow key access on some styles.
    m_actions->fillMenu(action);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_toolBar->toggleViewAction());
    // Not the dock's own toggle action: that one takes the dock's title, counts and all.
    QAction *analyzer = view->addAction(tr("&Analyzer"));
    analyzer->setObjectName(QStringLiteral("analyzerAction"));
    analyzer->setCheckable(true);
    analyzer->setChecked(true);
    connect(analyzer, &QAction::triggered, m_analyzerDock, &QWidget::setVisible);
    connect(m_analyzerDock->toggleViewAction(), &QAction::toggled, analyzer, &QAction::setChecked);
    QAction *statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setObjectName(QStringLiteral("statusBarAction"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, m_statusBar, &QWidget::setVisible);
    view->addAction(m_treeToggle);
    view->addSeparator();
    QAction *columns = view->addAction(tr("Customize &Columns…"), this, &MainWindow::customizeColumns);
    columns->setObjectName(QStringLiteral("customizeColumnsAction"));
    view->addSeparator();
    view->addAction(m_history->backAction());
    view->addAction(m_history->forwardAction());
    view->addAction(m_history->upAction());
    view->addSeparator();
    view->addAction(m_actions->action(QStringLiteral("refreshAction")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *topics = help->addAction(QIcon(QStringLiteral(":/icons/help.svg")), tr("Help &Topics"), this,
                                      [this] { showHelp(QString()); });
    topics->setObjectName(QStringLiteral("helpTopicsAction"));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(tr("&About Bridgehead"), this, [this] {
        QMessageBox::about(this, tr("About Bridgehead"),
                           tr("<b>Bridgehead %1</b><p>A console for Internet mail routing kept in an LDAP "
                              "directory, in the layout of Exchange 2003.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
}

void MainWindow::showConnectDialog(const QString &profile) {
    m_launcher->showDialog(profile, m_session->settings());
}

void MainWindow::connectToProfile(const QString &name) {
    m_launcher->connectToProfile(name);
}

void MainWindow::openDemo() {
    m_demo->start();
}

void MainWindow::connectTo(const directory::ConnectionSettings &settings, const QString &profile) {
    m_tree->expandOnNextLoad();
    m_pendingRename.reset();
    m_queueViewer->clear();
    m_queueSources->setProfile(profile.isEmpty() ? connectui::ConnectionProfile::defaultName(settings)
                                                 : profile);
    if (!m_demoMailPending)
        m_mailServers->stopDemo();
    m_queueViewer->setNoSourceNote(QString());
    // Gateways are kept per connection; the demo starts with its own (GW1 and GW2) designated.
    if (m_demo->isRunning() && settings.uri == m_demo->adminSettings().uri)
        m_analyzerDock->gateways()->setProfile(analyzer::GatewayDesignation::demoProfile(),
                                               analyzer::GatewayDesignation::demoGateways());
    else
        m_analyzerDock->gateways()->setProfile(analyzer::GatewayDesignation::profileFor(settings));
    m_session->open(settings);
}

void MainWindow::onLoaded() {
    const QModelIndex org = m_treeModel->index(0, 0);
    if (org.isValid()) {
        m_tree->expand(org);
        m_launcher->connectionSucceeded();
    } else {
        const QString message =
            tr("Connected, but there is no Exchange organization under %1. Check the base DN.")
                .arg(m_session->base());
        if (m_launcher->isWaiting())
            m_launcher->connectionFailed(message);
        else
            showError(tr("Directory"), message);
    }
    if (m_demoMailPending) {
        // The demo's gateways get private Postfix instances where this machine can run them.
        m_demoMailPending = false;
        m_mailServers->startDemo();
        if (const QString reason = m_mailServers->demo()->unavailableReason(); !reason.isEmpty())
            m_queueViewer->setNoSourceNote(
                tr("The demo's gateways GW1 and GW2 have private Postfix instances as their queue sources "
                   "when Bridgehead runs as root with Postfix installed. Here: %1")
                    .arg(reason));
    }
    updateState();
    Q_EMIT loaded();
}

queues::PostfixInstance MainWindow::mailServerOf(const directory::Dn &server,
                                                 postfix::PostfixConfigGenerator::Options *options,
                                                 QString *missing) {
    return m_mailServers->instanceOf(server, options, missing);
}

postfix::DemoMailServers *MainWindow::demoMailServers() const {
    return m_mailServers->demo();
}

QList<tracking::LogSource *> MainWindow::logSourcesFor(const directory::Dn &server, QObject *owner,
                                                       QString *missing) {
    return m_mailServers->logSourcesFor(server, owner, missing);
}

void MainWindow::showError(const QString &title, const QString &message) {
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showHelp(const QString &page) {
    helpui::HelpViewer::open(page);
}

void MainWindow::submit(const QString &title, const topology::ChangeSet &changes,
                        std::function<void(const topology::ChangeSetResult &)> done) {
    topology::ChangeSetWriter *writer = m_session->submit(changes);
    connect(writer, &topology::ChangeSetWriter::finished, this,
            [this, title, done](const topology::ChangeSetResult &result) {
                if (!result.ok())
                    showError(title, result.message);
                if (done)
                    done(result);
                Q_EMIT changesWritten(result);
            });
}

void MainWindow::showProperties(const directory::Dn &dn, const QString &attribute) {
    auto *sheet = new properties::PropertySheet(m_session->connection(), m_session->topology(), dn, this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
    if (!attribute.isEmpty())
        sheet->showAttribute(attribute);
}

void MainWindow::selectWhenArrives(const directory::Dn &dn) {
    m_arrivals->selectWhenArrives(dn);
}

void MainWindow::newSmtpConnector(const directory::Dn &routingGroup,
                                  const QList<directory::Dn> &bridgeheads) {
    commands::CreationCommand::open(
        this, new wizards::NewConnectorWizard(m_session, routingGroup, bridgeheads, this));
}

bool MainWindow::refreshCurrentView() {
    if (m_rightPane->currentWidget() != m_queueViewer)
        return false;
    m_queueViewer->refresh(); // F5 on a Queues node lists the queue again
    return true;
}

void MainWindow::findMessages(const directory::Dn &server, const QString &sender, const QString &recipient,
                              const QString &subject) {
    if (!selectNode(server, int(console::NodeType::Queues)))
        return;
    queueui::FindMessagesDialog *find = m_queueViewer->findMessages();
    if (!find) {
        const topology::DirectoryObject *object = m_session->topology()->find(server);
        showError(tr("Find Messages"), tr("%1 has no queue source yet: set one in its Queues pane.")
                                           .arg(object ? object->displayName() : server.rdnValue()));
        return;
    }
    if (!sender.isEmpty() || !recipient.isEmpty() || !subject.isEmpty()) {
        find->setCriteria(sender, recipient, subject);
        find->findAfterRefresh();
    }
}

void MainWindow::onTreeSelection() {
    const console::NodeRef node = m_treeModel->nodeRef(m_tree->currentIndex());
    const bool queues = m_tree->currentIndex().isValid() && node.type == console::NodeType::Queues;
    if (queues) {
        const topology::DirectoryObject *server = m_session->topology()->find(node.dn);
        m_queueViewer->setServer(node.dn, server ? server->displayName() : node.dn.rdnValue());
    }
    m_rightPane->setCurrentWidget(queues ? static_cast<QWidget *>(m_queueViewer) : m_details);
    m_queueViewer->setShown(queues);
    m_detailsModel->setParentNode(m_tree->currentIndex());
    m_details->showNode(node);
    updateSelection();
}

void MainWindow::onTreeActivated(const QModelIndex &index) {
    // A container opens on double-click (the view does that); a leaf opens its properties.
    if (!index.isValid() || m_treeModel->rowCount(index) > 0)
        return;
    if (QAction *properties = m_actions->action(QStringLiteral("propertiesAction")); properties->isEnabled())
        properties->trigger();
}

void MainWindow::onDetailsActivated(int row) {
    // As in ESM: a container opens in the tree, an object opens its properties.
    const QModelIndex treeIndex = m_detailsModel->treeIndex(row);
    if (m_treeModel->rowCount(treeIndex) > 0) {
        m_tree->setCurrentIndex(treeIndex);
        return;
    }
    if (QAction *properties = m_actions->action(QStringLiteral("propertiesAction")); properties->isEnabled())
        properties->trigger();
}

void MainWindow::scheduleSelectionUpdate() {
    if (m_selectionUpdatePending)
        return;
    m_selectionUpdatePending = true;
    QTimer::singleShot(0, this, [this] {
        m_selectionUpdatePending = false;
        updateSelection();
    });
}

void MainWindow::updateSelection() {
    console::Selection selection;
    const QList<int> rows = m_details->selectedRows();
    if (m_details->view()->hasFocus() && !rows.isEmpty()) {
        for (int row : rows)
            selection.append(m_detailsModel->nodeRef(row));
    } else if (m_tree->currentIndex().isValid()) {
        selection.append(m_treeModel->nodeRef(m_tree->currentIndex()));
    }
    m_actions->setSelection(selection);
}

void MainWindow::showContextMenu(QWidget *view, const QPoint &globalPos) {
    if (view == m_tree) {
        const QModelIndex index = m_tree->indexAt(m_tree->viewport()->mapFromGlobal(globalPos));
        if (!index.isValid())
            return;
        m_tree->setFocus();
        m_tree->setCurrentIndex(index);
    } else {
        view->setFocus();
    }
    updateSelection();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("contextMenu"));
    m_actions->fillMenu(&menu);
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

bool MainWindow::selectNode(const directory::Dn &dn, int type) {
    return m_tree->reveal(type < 0 ? m_treeModel->indexFor(dn)
                                   : m_treeModel->indexFor(dn, console::NodeType(type)));
}

void MainWindow::startRename(const console::NodeRef &node) {
    if (selectNode(node.dn, int(node.type))) {
        m_tree->setFocus();
        m_tree->edit(m_tree->currentIndex());
    }
}

void MainWindow::onRenameRequested(const console::NodeRef &node, const QString &name) {
    if (!m_session->isWritable()) {
        showError(tr("Rename"),
                  tr("The directory is not reachable; nothing can be renamed until it is back."));
        return;
    }
    const QString problem = commands::RenameCommand::rename(this, node, name);
    if (!problem.isEmpty()) {
        showError(tr("Rename"), problem);
        return;
    }
    // The renamed object comes back through the change feed under its new DN; the tree drops the
    // old node (moving the selection to a neighbour) and adds the new one, which is selected then.
    console::NodeRef renamed = node;
    renamed.dn = topology::Planner::renamedDn(*m_session->topology(), node.dn, name);
    m_pendingRename = renamed;
    selectPendingRename();
}

void MainWindow::selectPendingRename() {
    if (!m_pendingRename)
        return;
    const QModelIndex index = m_treeModel->indexFor(m_pendingRename->dn, m_pendingRename->type);
    if (!index.isValid())
        return;
    const bool treeHadFocus = m_tree->hasFocus();
    m_pendingRename.reset();
    m_tree->reveal(index);
    if (treeHadFocus)
        m_tree->setFocus();
}

bool MainWindow::canExportList() const {
    return m_detailsModel->rowCount() > 0;
}

bool MainWindow::exportListTo(const QString &fileName, QString *error) {
    return m_details->exportTo(fileName, error);
}

void MainWindow::exportList() {
    const QString name = m_tree->currentIndex().data().toString();
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export List"), name + QStringLiteral(".csv"), tr("Comma-separated values (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportListTo(fileName, &error))
        showError(tr("Export List"), error);
    else
        m_statusBar->showMessage(tr("Saved %1").arg(fileName), 5000);
}

void MainWindow::customizeColumns() {
    auto *chooser = new consoleui::ColumnChooser(m_details, this);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->open();
}

void MainWindow::updateTitle() {
    const topology::DirectoryObject *org = m_session->topology()->organization();
    const QUrl uri(m_session->settings().uri);
    QString server = uri.host();
    if (uri.port() > 0)
        server += QLatin1Char(':') + QString::number(uri.port());
    if (uri.scheme() == QLatin1String("ldapi"))
        server = tr("local directory");
    if (m_session->state() == DirectorySession::State::Closed || server.isEmpty())
        setWindowTitle(tr("Bridgehead"));
    else if (org)
        setWindowTitle(tr("%1 – %2").arg(org->displayName(), server));
    else
        setWindowTitle(tr("Bridgehead – %1").arg(server));
}

void MainWindow::updateState() {
    const DirectorySession::State state = m_session->state();
    const bool demoSession = m_demo->directory() && m_session->settings().uri == m_demo->adminSettings().uri;
    m_statusBar->setDemoStopped(demoSession && m_demo->hasStopped());
    if (demoSession && m_demo->hasStopped()) {
        m_banner->showMessage(tr("The demo directory server stopped (%1). The console is read-only until "
                                 "it runs again.")
                                  .arg(m_demo->exitDescription()),
                              m_restartDemo);
    } else if (state == DirectorySession::State::Reconnecting) {
        m_banner->showMessage(tr("The directory server cannot be reached. The console is read-only and shows "
                                 "the organization as it was last read; it reconnects by itself."),
                              m_retryNow);
    } else {
        m_banner->hide();
    }
    m_actions->setWritable(m_session->isWritable());
    updateTitle();
}
