#include "MainWindow.h"

#include "ActionController.h"
#include "ConnectDialog.h"
#include "ConnectionProfiles.h"
#include "ConsoleTreeModel.h"
#include "DetailsModel.h"
#include "FindMessagesDialog.h"
#include "PasswordStore.h"
#include "QueueSourceSettings.h"
#include "QueueViewer.h"
#include "RenameCommand.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using console::DirectorySession;
using console::NodeType;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DirectorySession(this))
    , m_treeModel(new console::ConsoleTreeModel(m_session->topology(), this))
    , m_detailsModel(new console::DetailsModel(m_treeModel, m_session->topology(), this))
    , m_detailsProxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTreeView(this))
    , m_queueSources(new queues::QueueSourceSettings(this))
    , m_queueViewer(new queueui::QueueViewer(m_queueSources, m_session->topology(), this))
    , m_rightPane(new QStackedWidget(this))
    , m_actions(new commands::ActionController(this, this))
    , m_banner(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_identityLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoad(new QToolButton(this))
    , m_profiles(new connectui::ConnectionProfiles(this))
    , m_passwords(new connectui::PasswordStore(this)) {
    setWindowTitle(tr("Bridgehead"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_tree->setObjectName(QStringLiteral("consoleTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);

    m_detailsProxy->setSourceModel(m_detailsModel);
    m_detailsProxy->setSortRole(console::DetailsModel::SortRole);
    m_detailsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setModel(m_detailsProxy);
    m_details->setRootIsDecorated(false);
    m_details->setUniformRowHeights(true);
    m_details->setSortingEnabled(true);
    m_details->sortByColumn(0, Qt::AscendingOrder);
    m_details->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_details->setContextMenuPolicy(Qt::CustomContextMenu);
    m_details->header()->setSectionResizeMode(QHeaderView::Interactive);

    // The right-hand pane: the details list, or a server's queues for its Queues node.
    m_rightPane->addWidget(m_details);
    m_rightPane->addWidget(m_queueViewer);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_rightPane);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({290, 910});

    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #5c4400; padding: 6px; "
                                           "border-bottom: 1px solid #e0c85c; }"));
    m_banner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter);
    setCentralWidget(central);

    createMenus();
    createStatusBar();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeSelection);
    connect(m_details->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSelection);
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_tree, pos); });
    connect(m_details, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_details, pos); });
    connect(m_details, &QTreeView::doubleClicked, this, [this](const QModelIndex &proxyIndex) {
        // As in ESM: a container opens in the tree, an object opens its properties.
        const QModelIndex treeIndex =
            m_detailsModel->treeIndex(m_detailsProxy->mapToSource(proxyIndex).row());
        if (m_treeModel->rowCount(treeIndex) > 0) {
            m_tree->setCurrentIndex(treeIndex);
            return;
        }
        if (QAction *properties = m_actions->action(QStringLiteral("propertiesAction"));
            properties->isEnabled())
            properties->trigger();
    });
    connect(m_treeModel, &console::ConsoleTreeModel::renameRequested, this, &MainWindow::onRenameRequested);
    connect(m_detailsModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::fitDetailsColumns);
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        // Open the first levels once, as ESM does when it connects.
        if (!m_expandedOnce && !parent.isValid() && m_treeModel->rowCount() > 0) {
            m_expandedOnce = true;
            const QModelIndex org = m_treeModel->index(0, 0);
            m_tree->expand(org);
            m_tree->setCurrentIndex(org);
        }
    });
    connect(m_session, &DirectorySession::stateChanged, this, &MainWindow::updateStatus);
    connect(m_session, &DirectorySession::progress, this, &MainWindow::updateStatus);
    connect(m_session, &DirectorySession::failed, this,
            [this](const QString &message) { showError(tr("Directory"), message); });
    connect(m_session, &DirectorySession::loaded, this, [this] {
        const QModelIndex org = m_treeModel->index(0, 0);
        if (org.isValid())
            m_tree->expand(org);
        else
            showError(
                tr("Directory"),
                tr("There is no Exchange organization under %1. Check the base DN.").arg(m_session->base()));
        updateStatus();
        Q_EMIT loaded();
    });
    updateStatus();
    resize(1200, 760);
}

MainWindow::~MainWindow() {
    m_session->close();
    if (m_demo)
        m_demo->stop();
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect…"), this, [this] { showConnectDialog(); });
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_profiles, &connectui::ConnectionProfiles::changed, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
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
    // Shortcuts work without opening the menu.
    addActions(m_actions->actions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = addToolBar(tr("Console"));
    toolbar->setObjectName(QStringLiteral("consoleToolbar"));
    toolbar->addAction(m_actions->action(QStringLiteral("propertiesAction")));
    toolbar->addAction(m_actions->action(QStringLiteral("deleteAction")));
    toolbar->addAction(m_actions->action(QStringLiteral("refreshAction")));
    toolbar->addAction(m_actions->action(QStringLiteral("exportListAction")));
    view->addAction(toolbar->toggleViewAction());
    QAction *statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);
    view->addSeparator();
    view->addAction(m_actions->action(QStringLiteral("refreshAction")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Bridgehead"), this, [this] {
        QMessageBox::about(this, tr("About Bridgehead"),
                           tr("<b>Bridgehead %1</b><p>A console for Internet mail routing kept in an LDAP "
                              "directory, in the layout of Exchange 2003.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar() {
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop reading the directory"));
    m_cancelLoad->setAutoRaise(true);
    connect(m_cancelLoad, &QToolButton::clicked, m_session, &DirectorySession::cancel);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QList<connectui::ConnectionProfile> recent = m_profiles->recent();
    for (const connectui::ConnectionProfile &p : recent) {
        QAction *a =
            m_recentMenu->addAction(p.name(), this, [this, name = p.name()] { connectToProfile(name); });
        a->setToolTip(p.settings().displayName());
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showConnectDialog(const QString &profile) {
    auto *dialog = new connectui::ConnectDialog(m_profiles, m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.isEmpty())
        dialog->selectProfile(profile);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { connectTo(dialog->settings(), dialog->profile().name()); });
    dialog->open();
}

void MainWindow::connectToProfile(const QString &name) {
    const std::optional<connectui::ConnectionProfile> profile = m_profiles->find(name);
    if (!profile) {
        showConnectDialog();
        return;
    }
    const directory::ConnectionSettings settings = profile->settings();
    if (settings.bind != directory::ConnectionSettings::Bind::Simple) {
        m_profiles->touch(name);
        connectTo(settings, name);
        return;
    }
    if (!profile->savePassword()) {
        showConnectDialog(name); // the password has to be asked
        return;
    }
    // The saved password comes from the keychain; if it cannot, the dialog says why and asks.
    const QString key = profile->passwordKey();
    auto *context = new QObject(this);
    connect(m_passwords, &connectui::PasswordStore::passwordRead, context,
            [this, context, key, name, settings](const QString &k, const QString &password) {
                if (k != key)
                    return;
                context->deleteLater();
                directory::ConnectionSettings withPassword = settings;
                withPassword.password = password;
                m_profiles->touch(name);
                connectTo(withPassword, name);
            });
    connect(m_passwords, &connectui::PasswordStore::failed, context,
            [this, context, key, name](const QString &k) {
                if (k != key)
                    return;
                context->deleteLater();
                showConnectDialog(name);
            });
    m_passwords->read(key);
}

void MainWindow::openDemo() {
    if (m_demo)
        m_demo->stop();
    delete m_demo;
    m_demo = new directory::LocalDirectory(this);

    connect(m_demo, &directory::LocalDirectory::progress, this,
            [this](const QString &step) { statusBar()->showMessage(step); });
    connect(m_demo, &directory::LocalDirectory::failed, this, [this](const QString &error) {
        statusBar()->clearMessage();
        showError(tr("Demo directory"), tr("The demo directory could not be started.\n\n%1").arg(error));
    });
    connect(m_demo, &directory::LocalDirectory::crashed, this, [this](const QString &output) {
        showError(tr("Demo directory"),
                  tr("The demo directory server stopped unexpectedly.\n\n%1").arg(output.trimmed()));
    });
    connect(m_demo, &directory::LocalDirectory::started, this, [this] {
        statusBar()->clearMessage();
        // Its address changes each run: the demo's queue sources are kept under a name of their own.
        connectTo(m_demo->adminSettings(), queues::QueueSourceSettings::demoProfile());
    });
    m_demo->start(directory::LocalDirectory::demoOptions());
}

void MainWindow::connectTo(const directory::ConnectionSettings &settings, const QString &profile) {
    m_expandedOnce = false;
    m_queueViewer->clear();
    m_queueSources->setProfile(profile.isEmpty() ? connectui::ConnectionProfile::defaultName(settings)
                                                 : profile);
    m_session->open(settings);
}

void MainWindow::showError(const QString &title, const QString &message) {
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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

bool MainWindow::refreshCurrentView() {
    if (m_rightPane->currentWidget() != m_queueViewer)
        return false;
    m_queueViewer->refresh(); // F5 on a Queues node lists the queue again
    return true;
}

void MainWindow::findMessages(const directory::Dn &server, const QString &sender, const QString &recipient,
                              const QString &subject) {
    if (!selectNode(server, int(NodeType::Queues)))
        return;
    queueui::FindMessagesDialog *find = m_queueViewer->findMessages();
    if (!find) {
        showError(tr("Find Messages"), tr("%1 has no queue source yet: set one in its Queues pane.")
                                           .arg(m_session->topology()->find(server)
                                                    ? m_session->topology()->find(server)->displayName()
                                                    : server.rdnValue()));
        return;
    }
    if (!sender.isEmpty() || !recipient.isEmpty() || !subject.isEmpty()) {
        find->setCriteria(sender, recipient, subject);
        find->findAfterRefresh();
    }
}

void MainWindow::onTreeSelection() {
    const console::NodeRef node = m_treeModel->nodeRef(m_tree->currentIndex());
    const bool queues = m_tree->currentIndex().isValid() && node.type == NodeType::Queues;
    if (queues) {
        const topology::DirectoryObject *server = m_session->topology()->find(node.dn);
        m_queueViewer->setServer(node.dn, server ? server->displayName() : node.dn.rdnValue());
    }
    m_rightPane->setCurrentWidget(queues ? static_cast<QWidget *>(m_queueViewer) : m_details);
    m_queueViewer->setShown(queues);
    m_detailsModel->setParentNode(m_tree->currentIndex());
    fitDetailsColumns();
    updateSelection();
}

void MainWindow::fitDetailsColumns() {
    // Once per event-loop turn, however many rows arrive in it.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        QHeaderView *header = m_details->header();
        header->resizeSections(QHeaderView::ResizeToContents);
        for (int c = 0; c < header->count(); ++c)
            header->resizeSection(c, std::clamp(header->sectionSize(c) + 12, 70, 280));
    });
}

void MainWindow::updateSelection() {
    console::Selection selection;
    const QModelIndexList rows = m_details->selectionModel()->selectedRows();
    if (m_details->hasFocus() && !rows.isEmpty()) {
        for (const QModelIndex &row : rows)
            selection.append(m_detailsModel->nodeRef(m_detailsProxy->mapToSource(row).row()));
    } else if (m_tree->currentIndex().isValid()) {
        selection.append(m_treeModel->nodeRef(m_tree->currentIndex()));
    }
    m_actions->setSelection(selection);
}

void MainWindow::showContextMenu(QWidget *view, const QPoint &pos) {
    if (view == m_tree) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (!index.isValid())
            return;
        m_tree->setFocus();
        m_tree->setCurrentIndex(index);
    } else {
        m_details->setFocus();
    }
    updateSelection();
    QMenu menu(this);
    m_actions->fillMenu(&menu);
    if (!menu.isEmpty())
        menu.exec(static_cast<QAbstractScrollArea *>(view)->viewport()->mapToGlobal(pos));
}

bool MainWindow::selectNode(const directory::Dn &dn, int type) {
    const QModelIndex index =
        type < 0 ? m_treeModel->indexFor(dn) : m_treeModel->indexFor(dn, console::NodeType(type));
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
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
    if (!problem.isEmpty())
        showError(tr("Rename"), problem);
}

bool MainWindow::canExportList() const {
    return m_detailsModel->rowCount() > 0;
}

bool MainWindow::exportListTo(const QString &fileName, QString *error) {
    QList<int> rows;
    for (int r = 0; r < m_detailsProxy->rowCount(); ++r)
        rows << m_detailsProxy->mapToSource(m_detailsProxy->index(r, 0)).row();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    file.write(m_detailsModel->toCsv(rows).toUtf8());
    if (!file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
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
        statusBar()->showMessage(tr("Saved %1").arg(fileName), 5000);
}

void MainWindow::updateStatus() {
    const auto &settings = m_session->settings();
    m_serverLabel->setText(settings.uri.isEmpty() ? tr("Not connected") : tr("Server: %1").arg(settings.uri));
    const QString identity = m_session->connection()->boundIdentity();
    m_identityLabel->setText(identity.isEmpty() ? QString() : tr("Bound as %1").arg(identity));
    const DirectorySession::State state = m_session->state();
    const bool loading = state == DirectorySession::State::Loading;
    m_progress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
    switch (state) {
    case DirectorySession::State::Closed:
        m_syncLabel->setText(tr("Offline"));
        break;
    case DirectorySession::State::Connecting:
        m_syncLabel->setText(tr("Connecting…"));
        break;
    case DirectorySession::State::Loading:
        m_syncLabel->setText(tr("Loading…"));
        break;
    case DirectorySession::State::Live:
        m_syncLabel->setText(tr("Live"));
        break;
    case DirectorySession::State::Static:
        m_syncLabel->setText(tr("Not live (F5 to refresh)"));
        break;
    case DirectorySession::State::Reconnecting:
        m_syncLabel->setText(tr("Reconnecting…"));
        break;
    case DirectorySession::State::Failed:
        m_syncLabel->setText(tr("Offline"));
        break;
    }
    m_syncLabel->setToolTip(state == DirectorySession::State::Live
                                ? tr("Changes made anywhere appear here within a second.")
                                : QString());
    m_countLabel->setText(tr("%n entries", nullptr, m_session->topology()->objectCount()));
    const bool readOnly = state == DirectorySession::State::Reconnecting;
    m_banner->setVisible(readOnly);
    if (readOnly)
        m_banner->setText(tr("The directory server cannot be reached. The console is read-only and shows the "
                             "organization as it was last read; it reconnects by itself."));
    m_actions->setWritable(m_session->isWritable());
}
