#include "MessageListView.h"

#include "MessageActionRunner.h"
#include "MessageHeadersDialog.h"
#include "MessageListModel.h"
#include "ServerQueues.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace queueui {

using queues::MessageAction;
using queues::MessageListModel;

MessageListView::MessageListView(queues::ServerQueues *queues, QWidget *parent)
    : QWidget(parent)
    , m_queues(queues)
    , m_model(new MessageListModel(queues->monitor()->store(), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_runner(new MessageActionRunner(this, queues->source(), this)) {
    m_model->setSubjects(queues->monitor()->subjects());
    m_model->setQueueNames([q = QPointer<queues::ServerQueues>(queues)](const queues::QueuedMessage &m) {
        return q ? q->queueNameOf(m) : QString();
    });
    // A table, not a tree: its layout and painting cost what is on screen, at 100,000 rows too.
    m_view->setObjectName(QStringLiteral("messageList"));
    m_view->setModel(m_model);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MessageListModel::Received, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[] = {130, 190, 210, 230, 60, 150, 70, 300, 330};
    for (int c = 0; c < MessageListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(c, widths[c]);
    setQueueColumnVisible(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](QAction *a) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        bar->addWidget(b);
    };
    button(addMessageAction(QStringLiteral("freezeAction"), tr("&Freeze")));
    button(addMessageAction(QStringLiteral("unfreezeAction"), tr("&Unfreeze")));
    button(
        addMessageAction(QStringLiteral("deleteNoNdrAction"), tr("&Delete (no NDR)"), QKeySequence::Delete));
    button(addMessageAction(QStringLiteral("deleteNdrAction"), tr("Delete (send &NDR)")));
    button(addMessageAction(QStringLiteral("retryAction"), tr("&Retry Now")));
    button(addMessageAction(QStringLiteral("headersAction"), tr("View &Headers…")));
    button(addMessageAction(QStringLiteral("trackAction"), tr("&Track Message…")));
    bar->addStretch();

    m_status->setObjectName(QStringLiteral("messageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    const auto act = [this](MessageAction a) { return [this, a] { m_runner->run(a, targets()); }; };
    connect(action(QStringLiteral("freezeAction")), &QAction::triggered, this, act(MessageAction::Freeze));
    connect(action(QStringLiteral("unfreezeAction")), &QAction::triggered, this,
            act(MessageAction::Unfreeze));
    connect(action(QStringLiteral("deleteNoNdrAction")), &QAction::triggered, this,
            act(MessageAction::Delete));
    connect(action(QStringLiteral("deleteNdrAction")), &QAction::triggered, this,
            act(MessageAction::DeleteWithNdr));
    connect(action(QStringLiteral("retryAction")), &QAction::triggered, this, act(MessageAction::Retry));
    connect(action(QStringLiteral("headersAction")), &QAction::triggered, this,
            &MessageListView::showHeaders);
    connect(action(QStringLiteral("trackAction")), &QAction::triggered, this, [this] {
        if (const QString id = singleTarget(); !id.isEmpty())
            Q_EMIT trackRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, &MessageListView::showHeaders);
    connect(m_view, &QTableView::customContextMenuRequested, this, &MessageListView::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessageListView::updateActions);
    connect(m_model, &MessageListModel::checkedChanged, this, &MessageListView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MessageListView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MessageListView::updateActions);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &MessageListView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MessageListView::updateActions);
    connect(queues, &queues::ServerQueues::groupingChanged, this, &MessageListView::requery);
    connect(m_runner, &MessageActionRunner::started, m_status, &QLabel::setText);
    connect(m_runner, &MessageActionRunner::finished, this, [this](const queues::ActionResult &r) {
        m_status->setText(r.summary());
        // The ticks have done their job on the messages that were acted on.
        m_model->setChecked(r.done, false);
        updateActions();
        Q_EMIT actionFinished();
    });
    updateActions();
}

MessageListView::~MessageListView() = default;

QAction *MessageListView::addMessageAction(const QString &objectName, const QString &text,
                                           const QKeySequence &shortcut) {
    auto *a = new QAction(text, this);
    a->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    addAction(a);
    m_actions.append(a);
    return a;
}

QAction *MessageListView::action(const QString &objectName) const {
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void MessageListView::setQuery(const queues::MessageFilter &filter, int limit,
                               std::optional<QSet<QString>> only) {
    m_filter = filter;
    m_limit = limit;
    m_only = std::move(only);
    requery();
}

void MessageListView::requery() {
    queues::MessageFilter f = m_filter;
    if (m_queues)
        f.nextHops = m_queues->queues()->nextHops();
    m_model->setQuery(f, m_limit, m_only);
}

void MessageListView::setQueueColumnVisible(bool visible) {
    m_view->setColumnHidden(MessageListModel::Queue, !visible);
    // Where a message waits matters as much as who sent it: right after its ID.
    QHeaderView *header = m_view->horizontalHeader();
    const int wanted = visible ? 1 : MessageListModel::Queue;
    if (header->visualIndex(MessageListModel::Queue) != wanted)
        header->moveSection(header->visualIndex(MessageListModel::Queue), wanted);
}

QStringList MessageListView::targets() const {
    const QStringList ticked = m_model->checkedIds();
    if (!ticked.isEmpty())
        return ticked;
    QStringList ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(MessageListModel::IdRole).toString();
    return ids;
}

QString MessageListView::statusText() const {
    return m_status->text();
}

void MessageListView::updateActions() {
    const QStringList t = targets();
    bool anyFrozen = false, anyNotFrozen = false;
    for (const QString &id : t) {
        const int row = m_model->rowOf(id);
        const queues::MessagePtr m = m_model->messageAt(row);
        if (!m)
            continue;
        (m->state() == queues::MessageState::Frozen ? anyFrozen : anyNotFrozen) = true;
    }
    const bool busy = m_runner->isBusy();
    action(QStringLiteral("freezeAction"))->setEnabled(!busy && anyNotFrozen);
    action(QStringLiteral("unfreezeAction"))->setEnabled(!busy && anyFrozen);
    action(QStringLiteral("deleteNoNdrAction"))->setEnabled(!busy && !t.isEmpty());
    action(QStringLiteral("deleteNdrAction"))->setEnabled(!busy && !t.isEmpty());
    action(QStringLiteral("retryAction"))->setEnabled(!busy && anyNotFrozen);
    const bool one = m_view->selectionModel()->selectedRows().size() == 1 || t.size() == 1;
    action(QStringLiteral("headersAction"))->setEnabled(one);
    action(QStringLiteral("trackAction"))->setEnabled(one);
}

QString MessageListView::singleTarget() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() == 1)
        return rows.first().data(MessageListModel::IdRole).toString();
    const QStringList t = targets();
    return t.size() == 1 ? t.first() : QString();
}

void MessageListView::showHeaders() {
    const QString id = singleTarget();
    if (id.isEmpty() || !m_queues)
        return;
    auto *dialog = new MessageHeadersDialog(m_queues->source(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MessageListView::showContextMenu(const QPoint &pos) {
    QMenu menu(this);
    for (QAction *a : std::as_const(m_actions))
        menu.addAction(a);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace queueui
