#include "QueueMessagesDialog.h"

#include "MessageListModel.h"
#include "MessageListView.h"
#include "ServerQueues.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace queueui {

QueueMessagesDialog::QueueMessagesDialog(queues::ServerQueues *queues, const queues::QueueKey &key,
                                         QWidget *parent)
    : QDialog(parent)
    , m_queues(queues)
    , m_key(key)
    , m_list(new MessageListView(queues, this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("queueMessagesDialog"));
    setModal(false);
    queues::MessageFilter filter;
    filter.queue = key;
    m_list->setQuery(filter);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, queues->monitor(), &queues::QueueMonitor::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &QueueMessagesDialog::updateTitle);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, &QueueMessagesDialog::updateTitle);
    connect(m_list->model(), &QAbstractItemModel::layoutChanged, this, &QueueMessagesDialog::updateTitle);
    connect(m_list->model(), &QAbstractItemModel::modelReset, this, &QueueMessagesDialog::updateTitle);
    connect(queues->queues(), &QAbstractItemModel::dataChanged, this, &QueueMessagesDialog::updateTitle);
    updateTitle();
    resize(1100, 520);
}

void QueueMessagesDialog::updateTitle() {
    if (!m_queues)
        return;
    const QString name = m_queues->queues()->queueName(m_key);
    setWindowTitle(tr("Messages in %1").arg(name));
    const queues::QueueListModel::Stats *s = m_queues->queues()->stats(m_key);
    const QString state = s ? queues::QueuedMessage::stateName(s->state()) : tr("empty");
    m_summary->setText(tr("%1 — %n message(s), %2", nullptr, m_list->model()->rowCount()).arg(name, state));
}

} // namespace queueui
