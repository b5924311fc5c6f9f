#include "QueueViewer.h"

#include "MessageListView.h"

#include "FieldMessage.h"
#include "FindMessagesDialog.h"
#include "MessageActionRunner.h"
#include "QueueListModel.h"
#include "QueueMessagesDialog.h"
#include "QueueSettingsDialog.h"
#include "QueueSourceDialog.h"
#include "QueueSourceSettings.h"
#include "ServerQueues.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTime>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace queueui {

using queues::QueueListModel;

QueueViewer::QueueViewer(queues::QueueSourceSettings *settings, const topology::Topology *topology,
                         QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_topology(topology)
    , m_title(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_noSource(new QLabel(this))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
    , m_actionStatus(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("queueViewer"));
    m_title->setObjectName(QStringLiteral("queueViewerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);

    const auto makeAction = [this](QList<QAction *> &into, const QString &name, const QString &text) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        into.append(a);
        return a;
    };
    QAction *refresh = makeAction(m_viewerActions, QStringLiteral("refreshQueuesAction"), tr("Re&fresh"));
    refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    QAction *find = makeAction(m_viewerActions, QStringLiteral("findMessagesAction"), tr("Find &Messages…"));
    QAction *retryAll = makeAction(m_viewerActions, QStringLiteral("retryAllAction"), tr("Retry &All"));
    retryAll->setToolTip(tr("Try every deferred message of this server now (postqueue -f)"));
    QAction *source =
        makeAction(m_viewerActions, QStringLiteral("configureSourceAction"), tr("Queue &Source…"));
    QAction *settingsAction =
        makeAction(m_viewerActions, QStringLiteral("queueSettingsAction"), tr("Se&ttings…"));
    QAction *open = makeAction(m_queueActions, QStringLiteral("openQueueAction"), tr("&View Messages"));
    QAction *freeze =
        makeAction(m_queueActions, QStringLiteral("freezeQueueAction"), tr("F&reeze All Messages"));
    QAction *unfreeze =
        makeAction(m_queueActions, QStringLiteral("unfreezeQueueAction"), tr("&Unfreeze All Messages"));
    QAction *force =
        makeAction(m_queueActions, QStringLiteral("forceConnectionAction"), tr("Force &Connection"));
    force->setToolTip(tr("Try the queue's deferred messages now"));
    connect(refresh, &QAction::triggered, this, &QueueViewer::refresh);
    connect(find, &QAction::triggered, this, &QueueViewer::findMessages);
    connect(retryAll, &QAction::triggered, this, [this] { actOnQueue(QStringLiteral("retryAll")); });
    connect(source, &QAction::triggered, this, &QueueViewer::configureSource);
    connect(settingsAction, &QAction::triggered, this, &QueueViewer::showSettings);
    connect(open, &QAction::triggered, this, [this] {
        if (const queues::QueueKey key = selectedQueue(); current() && current()->queues()->rowOf(key) >= 0)
            openQueue(key);
    });
    connect(freeze, &QAction::triggered, this, [this] { actOnQueue(QStringLiteral("freeze")); });
    connect(unfreeze, &QAction::triggered, this, [this] { actOnQueue(QStringLiteral("unfreeze")); });
    connect(force, &QAction::triggered, this, [this] { actOnQueue(QStringLiteral("force")); });

    // The page for a server without a source.
    auto *empty = new QWidget(this);
    m_noSource->setObjectName(QStringLiteral("noQueueSource"));
    m_noSource->setWordWrap(true);
    auto *configure = new QPushButton(tr("&Configure Queue Source…"), empty);
    configure->setObjectName(QStringLiteral("configureSourceButton"));
    connect(configure, &QPushButton::clicked, this, &QueueViewer::configureSource);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addWidget(m_noSource);
    auto *row = new QHBoxLayout;
    row->addWidget(configure);
    row->addStretch();
    emptyLayout->addLayout(row);
    emptyLayout->addStretch();

    // The queues page.
    auto *page = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](QAction *a) {
        auto *b = new QToolButton(page);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
    };
    button(refresh);
    button(find);
    bar->addSpacing(12);
    button(freeze);
    button(unfreeze);
    button(force);
    button(retryAll);
    bar->addStretch();
    button(source);
    button(settingsAction);
    m_error->setObjectName(QStringLiteral("queueError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: %1; padding: 4px; }")
                               .arg(widgets::FieldMessage::errorColor().name()));
    m_error->hide();
    m_view->setObjectName(QStringLiteral("queueList"));
    m_proxy->setSortRole(QueueListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueListModel::Name, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_status->setWordWrap(true);
    m_actionStatus->setObjectName(QStringLiteral("queueActionStatus"));
    m_actionStatus->setWordWrap(true);
    m_actionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionStatus->hide();
    m_progress->setObjectName(QStringLiteral("queueProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelListing"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the queue"));
    m_cancel->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_error);
    pageLayout->addWidget(m_view, 1);
    pageLayout->addWidget(m_actionStatus);
    pageLayout->addLayout(statusRow);

    m_pages->addWidget(empty);
    m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);

    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (current())
            openQueue(queues::QueueKey::fromString(index.data(QueueListModel::KeyRole).toString()));
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &QueueViewer::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QueueViewer::updateActions);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (current())
            current()->monitor()->cancel();
    });
    if (settings) {
        connect(settings, &queues::QueueSourceSettings::sourceChanged, this, &QueueViewer::forget);
        connect(settings, &queues::QueueSourceSettings::refreshSecondsChanged, this, [this](int seconds) {
            for (queues::ServerQueues *s : std::as_const(m_servers))
                s->monitor()->setAutoRefresh(seconds);
        });
    }
    updateActions();
}

QueueViewer::~QueueViewer() {
    qDeleteAll(m_open);
    delete m_find;
    m_view->setModel(nullptr);
    qDeleteAll(m_servers);
}

QAction *QueueViewer::action(const QString &objectName) const {
    for (QAction *a : m_viewerActions + m_queueActions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

queues::ServerQueues *QueueViewer::current() const {
    return m_servers.value(m_server.key());
}

queues::ServerQueues *QueueViewer::queuesFor(const directory::Dn &server) {
    if (queues::ServerQueues *s = m_servers.value(server.key()))
        return s;
    const queues::PostfixInstance instance =
        m_settings ? m_settings->source(server) : queues::PostfixInstance();
    if (instance.isNull())
        return nullptr;
    auto *s = new queues::ServerQueues(server, instance, m_topology);
    m_servers.insert(server.key(), s);
    s->monitor()->setAutoRefresh(m_settings ? m_settings->refreshSeconds() : 0);
    connect(s->monitor(), &queues::QueueMonitor::refreshStarted, this, [this, s] {
        if (s == current())
            onRefreshStarted();
    });
    connect(s->monitor(), &queues::QueueMonitor::refreshFinished, this,
            [this, s](const queues::ListingResult &r) {
                if (s == current())
                    onRefreshFinished(r);
            });
    connect(s->monitor()->store(), &queues::MessageStore::settled, this, [this, s] {
        if (s == current())
            updateStatus();
    });
    return s;
}

void QueueViewer::forget(const directory::Dn &server) {
    // A new source: the queues read from the old one are of no use. Their windows go first, as
    // they show the queues' messages.
    const QString prefix = server.key() + QLatin1Char('|');
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it.key().startsWith(prefix)) {
            delete it.value();
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    if (server == m_server) {
        delete m_find;
        m_proxy->setSourceModel(nullptr);
    }
    delete m_servers.take(server.key());
    if (server == m_server)
        showCurrent();
}

void QueueViewer::setServer(const directory::Dn &server, const QString &name) {
    if (queues::ServerQueues *old = current())
        old->monitor()->setActive(false);
    m_server = server;
    m_serverName = name;
    showCurrent();
}

void QueueViewer::setShown(bool shown) {
    m_shown = shown;
    if (queues::ServerQueues *s = current())
        s->monitor()->setActive(shown);
}

void QueueViewer::clear() {
    qDeleteAll(m_open);
    m_open.clear();
    delete m_find;
    m_proxy->setSourceModel(nullptr);
    qDeleteAll(m_servers);
    m_servers.clear();
    m_server = directory::Dn();
    showCurrent();
}

void QueueViewer::showCurrent() {
    m_title->setText(m_serverName.isEmpty() ? tr("Queues") : tr("Queues on %1").arg(m_serverName));
    queues::ServerQueues *s = m_server.isValid() ? queuesFor(m_server) : nullptr;
    if (!s) {
        m_proxy->setSourceModel(nullptr);
        m_noSource->setText(
            m_server.isValid()
                ? tr("No queue source is set for %1, so its queues cannot be shown. Tell the console where "
                     "its "
                     "Postfix is: a configuration directory on this machine, or a command such as "
                     "\"ssh root@%2\" that reaches it.")
                      .arg(m_serverName, m_serverName.toLower())
                : tr("Select a server's Queues node."));
        if (m_server.isValid() && !m_noSourceNote.isEmpty())
            m_noSource->setText(m_noSource->text() + QStringLiteral("\n\n") + m_noSourceNote);
        m_pages->setCurrentIndex(0);
        updateActions();
        return;
    }
    m_pages->setCurrentIndex(1);
    m_proxy->setSourceModel(s->queues());
    s->monitor()->setActive(m_shown);
    fitColumns();
    if (!s->monitor()->hasListed() && !s->monitor()->isRefreshing())
        s->monitor()->refresh();
    else if (s->monitor()->isRefreshing())
        onRefreshStarted();
    else
        onRefreshFinished(s->monitor()->lastResult());
    updateActions();
}

namespace {

QString QueuedMessageStateWidest() {
    QString widest;
    for (queues::MessageState st : {queues::MessageState::Active, queues::MessageState::Ready,
                                    queues::MessageState::Retry, queues::MessageState::Frozen})
        if (queues::QueuedMessage::stateName(st).size() > widest.size())
            widest = queues::QueuedMessage::stateName(st);
    return widest;
}

} // namespace

void QueueViewer::fitColumns() {
    // The names as wide as they are; figures and times as wide as their values, headers elided
    // (their tooltips say them whole); the last error takes the rest.
    QHeaderView *header = m_view->header();
    const QFontMetrics fm(m_view->font());
    const int time =
        fm.horizontalAdvance(QueueListModel::formatTime(QDateTime::currentSecsSinceEpoch())) + 24;
    const int figure = fm.horizontalAdvance(QLocale().toString(100000)) + 24;
    const int widths[] = {0,      fm.horizontalAdvance(QStringLiteral("SMTP")) + 24,
                          0,      fm.horizontalAdvance(QueuedMessageStateWidest()) + 24,
                          figure, figure,
                          time,   time};
    for (int c : {int(QueueListModel::Name), int(QueueListModel::Source)}) {
        m_view->resizeColumnToContents(c);
        header->resizeSection(
            c, std::clamp(header->sectionSize(c) + 16, 120, c == QueueListModel::Name ? 420 : 220));
    }
    for (int c = 1; c < int(std::size(widths)); ++c) {
        int title = 0;
        for (const QString &line :
             m_view->model()->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            title = std::max(title, fm.horizontalAdvance(line) + 22); // and the sort arrow
        if (widths[c] > 0)
            header->resizeSection(c, std::max(widths[c], title));
    }
}

void QueueViewer::refresh() {
    if (queues::ServerQueues *s = current())
        s->monitor()->refresh();
}

void QueueViewer::onRefreshStarted() {
    m_progress->show();
    m_cancel->show();
    updateStatus();
}

void QueueViewer::onRefreshFinished(const queues::ListingResult &result) {
    m_progress->hide();
    m_cancel->hide();
    const bool failed = !result.ok && !result.cancelled && !result.error.isEmpty();
    m_error->setVisible(failed);
    if (failed)
        m_error->setText(tr("The queue could not be read: %1").arg(result.error));
    fitColumns();
    updateStatus();
    Q_EMIT refreshed(result);
}

void QueueViewer::updateStatus() {
    queues::ServerQueues *s = current();
    if (!s) {
        m_status->clear();
        return;
    }
    const queues::QueueMonitor *m = s->monitor();
    const int count = int(m->store()->size());
    QString text;
    if (m->isRefreshing()) {
        text = tr("Reading the queue… %n message(s) so far.", nullptr, count);
    } else if (m->hasListed()) {
        const queues::ListingResult &r = m->lastResult();
        const QString when = QLocale().toString(r.finishedAt.toLocalTime().time(), QLocale::ShortFormat);
        text = r.ok ? tr("%n message(s), read at %1.", nullptr, count).arg(when)
                    : tr("%n message(s) as last read.", nullptr, count);
        if (r.ok && !r.notes.isEmpty())
            text += QLatin1Char(' ') + r.notes.join(QLatin1Char(' '));
        if (r.cancelled)
            text += QLatin1Char(' ') + tr("The last listing was cancelled.");
    }
    m_status->setText(text + QStringLiteral("  ") + tr("Source: %1").arg(s->instance().displayName()));
}

QString QueueViewer::actionStatusText() const {
    return m_actionStatus->text();
}

QString QueueViewer::statusText() const {
    return m_pages->currentIndex() == 0 ? m_noSource->text() : m_status->text();
}

queues::QueueKey QueueViewer::selectedQueue() const {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return queues::QueueKey();
    return queues::QueueKey::fromString(index.data(QueueListModel::KeyRole).toString());
}

void QueueViewer::updateActions() {
    queues::ServerQueues *s = current();
    const bool hasQueue = s && m_view->currentIndex().isValid();
    for (QAction *a : std::as_const(m_queueActions))
        a->setEnabled(hasQueue);
    for (QAction *a : std::as_const(m_viewerActions))
        a->setEnabled(s != nullptr);
    action(QStringLiteral("configureSourceAction"))->setEnabled(m_server.isValid());
}

void QueueViewer::actOnQueue(const QString &what) {
    queues::ServerQueues *s = current();
    if (!s)
        return;
    auto *runner = new MessageActionRunner(this, s->source(), this);
    // What the action did stays in view until the next one; the listing that follows has its own line.
    const auto say = [this](const QString &text) {
        m_actionStatus->setText(text);
        m_actionStatus->setVisible(!text.isEmpty());
    };
    connect(runner, &MessageActionRunner::started, this, say);
    connect(runner, &MessageActionRunner::finished, this, [runner, say](const queues::ActionResult &r) {
        runner->deleteLater();
        say(r.summary());
    });
    if (what == QLatin1String("retryAll")) {
        runner->retryAll();
        return;
    }
    const queues::QueueKey key = selectedQueue();
    if (what == QLatin1String("freeze")) {
        QStringList ids = s->idsIn(key, queues::MessageState::Retry);
        ids += s->idsIn(key, queues::MessageState::Active);
        ids += s->idsIn(key, queues::MessageState::Ready);
        runner->run(queues::MessageAction::Freeze, ids);
    } else if (what == QLatin1String("unfreeze")) {
        runner->run(queues::MessageAction::Unfreeze, s->idsIn(key, queues::MessageState::Frozen));
    } else if (what == QLatin1String("force")) {
        runner->run(queues::MessageAction::Retry, s->idsIn(key, queues::MessageState::Retry));
    }
    if (!runner->isBusy()) {
        say(tr("Nothing to do: no message in this queue is in a state this applies to."));
        runner->deleteLater();
    }
}

void QueueViewer::showContextMenu(const QPoint &pos) {
    if (!current() || !m_view->indexAt(pos).isValid())
        return;
    m_view->setCurrentIndex(m_view->indexAt(pos));
    QMenu menu(this);
    for (QAction *a : std::as_const(m_queueActions))
        menu.addAction(a);
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("findMessagesAction")));
    menu.addAction(action(QStringLiteral("refreshQueuesAction")));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void QueueViewer::configureSource() {
    if (!m_server.isValid() || !m_settings)
        return;
    auto *dialog = new QueueSourceDialog(m_serverName, m_settings->source(m_server), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, server = m_server] {
        if (!m_settings)
            return;
        if (dialog->removeRequested())
            m_settings->removeSource(server);
        else if (m_settings->isSessionSource(server))
            m_settings->setSessionSource(server, dialog->instance());
        else
            m_settings->setSource(server, dialog->instance());
    });
    dialog->open();
}

void QueueViewer::showSettings() {
    if (!m_settings)
        return;
    auto *dialog = new QueueSettingsDialog(m_settings->refreshSeconds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_settings)
            m_settings->setRefreshSeconds(dialog->refreshSeconds());
    });
    dialog->open();
}

void QueueViewer::setNoSourceNote(const QString &note) {
    m_noSourceNote = note;
    showCurrent();
}

FindMessagesDialog *QueueViewer::findMessages() {
    queues::ServerQueues *s = current();
    if (!s)
        return nullptr;
    if (!m_find) {
        m_find = new FindMessagesDialog(s, this);
        m_find->setWindowTitle(tr("Find Messages – %1").arg(m_serverName));
        connect(m_find->results(), &MessageListView::trackRequested, this,
                [this, server = m_server](const QString &id) { Q_EMIT trackRequested(server, id); });
    }
    m_find->show();
    m_find->raise();
    m_find->activateWindow();
    return m_find;
}

QueueMessagesDialog *QueueViewer::openQueue(const queues::QueueKey &key) {
    queues::ServerQueues *s = current();
    if (!s)
        return nullptr;
    const QString id = m_server.key() + QLatin1Char('|') + key.toString();
    QPointer<QueueMessagesDialog> &dialog = m_open[id];
    if (!dialog) {
        dialog = new QueueMessagesDialog(s, key, this);
        connect(dialog->list(), &MessageListView::trackRequested, this,
                [this, server = m_server](const QString &id) { Q_EMIT trackRequested(server, id); });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace queueui
