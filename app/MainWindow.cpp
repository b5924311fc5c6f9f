#include "MainWindow.h"

#include "EntryTreeModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new directory::Connection(this))
    , m_feed(new directory::ChangeFeed(this))
    , m_model(new console::EntryTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_serverLabel(new QLabel(this))
    , m_identityLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_countLabel(new QLabel(this)) {
    setWindowTitle(tr("Bridgehead"));
    m_tree->setObjectName(QStringLiteral("consoleTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    setCentralWidget(m_tree);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    createActions();

    connect(m_feed, &directory::ChangeFeed::changes, this, [this](const QList<directory::FeedChange> &batch) {
        m_model->apply(batch);
        updateStatus();
    });
    connect(m_feed, &directory::ChangeFeed::synchronized, this, [this] {
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            m_tree->expandToDepth(0);
            Q_EMIT loaded();
        }
    });
    connect(m_feed, &directory::ChangeFeed::stateChanged, this, &MainWindow::updateStatus);
    connect(m_connection, &directory::Connection::stateChanged, this, &MainWindow::updateStatus);
    updateStatus();
    resize(1000, 700);
}

MainWindow::~MainWindow() {
    m_feed->stop();
    if (m_demo)
        m_demo->stop();
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exit = file->addAction(tr("E&xit"), qApp, &QApplication::closeAllWindows);
    exit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Bridgehead"), this, [this] {
        QMessageBox::about(this, tr("About Bridgehead"),
                           tr("Bridgehead %1\nA console for Internet mail routing kept in an LDAP directory.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showError(const QString &title, const QString &text) {
    statusBar()->showMessage(text);
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openDemo() {
    m_demo = new directory::LocalDirectory(this);
    connect(m_demo, &directory::LocalDirectory::progress, this,
            [this](const QString &step) { statusBar()->showMessage(step); });
    connect(m_demo, &directory::LocalDirectory::failed, this, [this](const QString &error) {
        showError(tr("Demo directory"), tr("The demo directory could not be started.\n\n%1").arg(error));
    });
    connect(m_demo, &directory::LocalDirectory::started, this, [this] {
        statusBar()->clearMessage();
        connectTo(m_demo->adminSettings());
    });
    m_demo->start(directory::LocalDirectory::demoOptions());
}

void MainWindow::connectTo(const directory::ConnectionSettings &settings) {
    m_feed->stop();
    m_loadedOnce = false;
    m_connection->setSettings(settings);
    statusBar()->showMessage(tr("Connecting to %1…").arg(settings.uri));
    m_connection->open()->then(this, [this, settings](directory::DirectoryReply *reply) {
        if (!reply->result().ok()) {
            showError(tr("Connect"),
                      tr("Could not connect to %1.\n\n%2").arg(settings.uri, reply->result().text()));
            return;
        }
        statusBar()->clearMessage();
        if (!settings.baseDn.isEmpty()) {
            startFeed(settings.baseDn);
            return;
        }
        m_connection->readRootDse()->then(this, [this](directory::DirectoryReply *dse) {
            const QList<directory::Entry> &entries = dse->entries();
            QString base;
            if (!entries.isEmpty()) {
                base = entries.first().string(QStringLiteral("configurationNamingContext"));
                if (base.isEmpty())
                    base = entries.first().string(QStringLiteral("namingContexts"));
            }
            if (base.isEmpty()) {
                showError(tr("Connect"), tr("The server does not name a base DN. Give one with --base."));
                return;
            }
            startFeed(base);
        });
    });
    updateStatus();
}

void MainWindow::startFeed(const QString &base) {
    m_base = base;
    m_model->setBase(base);
    m_feed->start(m_connection->settings(), base);
}

void MainWindow::updateStatus() {
    const auto &settings = m_connection->settings();
    m_serverLabel->setText(settings.uri.isEmpty() ? tr("Not connected") : settings.uri);
    const QString identity = m_connection->boundIdentity();
    m_identityLabel->setText(identity.isEmpty() ? QString() : tr("Bound as %1").arg(identity));
    switch (m_feed->state()) {
    case directory::ChangeFeed::State::Stopped:
        m_syncLabel->setText(tr("Offline"));
        break;
    case directory::ChangeFeed::State::Connecting:
    case directory::ChangeFeed::State::Refreshing:
        m_syncLabel->setText(tr("Loading…"));
        break;
    case directory::ChangeFeed::State::Live:
        m_syncLabel->setText(tr("Live"));
        break;
    case directory::ChangeFeed::State::Reconnecting:
        m_syncLabel->setText(tr("Reconnecting…"));
        break;
    }
    m_countLabel->setText(tr("%n entries", nullptr, m_model->entryCount()));
}
