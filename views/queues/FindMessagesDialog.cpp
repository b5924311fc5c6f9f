#include "FindMessagesDialog.h"

#include "MessageListModel.h"
#include "MessageListView.h"
#include "ServerQueues.h"
#include "SubjectSearch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace queueui {

using queues::MessageFilter;

FindMessagesDialog::FindMessagesDialog(queues::ServerQueues *queues, QWidget *parent)
    : QDialog(parent)
    , m_queues(queues)
    , m_sender(new QLineEdit(this))
    , m_recipient(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_limit(new QSpinBox(this))
    , m_findNow(new QPushButton(tr("&Find Now"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new MessageListView(queues, this)) {
    setObjectName(QStringLiteral("findMessagesDialog"));
    setWindowTitle(tr("Find Messages"));
    setModal(false);
    m_sender->setObjectName(QStringLiteral("findSender"));
    m_recipient->setObjectName(QStringLiteral("findRecipient"));
    m_state->setObjectName(QStringLiteral("findState"));
    m_subject->setObjectName(QStringLiteral("findSubject"));
    m_limit->setObjectName(QStringLiteral("findLimit"));
    m_findNow->setObjectName(QStringLiteral("findNow"));
    m_stop->setObjectName(QStringLiteral("findStop"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_sender->setPlaceholderText(tr("part of the sender's address"));
    m_recipient->setPlaceholderText(tr("part of a recipient's address"));
    m_subject->setPlaceholderText(tr("part of the subject (reads each candidate's headers)"));
    for (MessageFilter::State s : MessageFilter::states())
        m_state->addItem(MessageFilter::stateLabel(s), int(s));
    m_limit->setRange(1, 1'000'000);
    m_limit->setValue(DefaultLimit);
    m_limit->setGroupSeparatorShown(true);
    m_progress->setObjectName(QStringLiteral("findProgress"));
    m_progress->setVisible(false);
    m_stop->setEnabled(false);
    m_findNow->setDefault(true);
    m_results->setQueueColumnVisible(true);

    auto *criteria = new QGroupBox(tr("Search criteria"), this);
    auto *form = new QGridLayout(criteria);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("S&ender:"), m_sender), 0, 0);
    form->addWidget(m_sender, 0, 1);
    form->addWidget(label(tr("&Recipient:"), m_recipient), 1, 0);
    form->addWidget(m_recipient, 1, 1);
    form->addWidget(label(tr("Su&bject:"), m_subject), 2, 0);
    form->addWidget(m_subject, 2, 1);
    form->addWidget(label(tr("Message s&tate:"), m_state), 0, 2);
    form->addWidget(m_state, 0, 3);
    form->addWidget(label(tr("&Number of messages to list:"), m_limit), 1, 2);
    form->addWidget(m_limit, 1, 3);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_findNow);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    form->addLayout(buttons, 0, 4, 3, 1);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(3, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(criteria);
    layout->addLayout(status);
    layout->addWidget(m_results, 1);
    layout->addWidget(close);
    connect(m_findNow, &QPushButton::clicked, this, &FindMessagesDialog::findNow);
    connect(m_stop, &QPushButton::clicked, this, &FindMessagesDialog::stop);
    for (QLineEdit *e : {m_sender, m_recipient, m_subject})
        connect(e, &QLineEdit::returnPressed, this, &FindMessagesDialog::findNow);
    resize(1150, 600);
}

void FindMessagesDialog::setCriteria(const QString &sender, const QString &recipient,
                                     const QString &subject) {
    m_sender->setText(sender);
    m_recipient->setText(recipient);
    m_subject->setText(subject);
    m_state->setCurrentIndex(0);
}

bool FindMessagesDialog::isSearching() const {
    return m_waiting || (m_search && m_search->isRunning());
}

QString FindMessagesDialog::statusText() const {
    return m_status->text();
}

void FindMessagesDialog::findAfterRefresh() {
    if (!m_queues)
        return;
    // A message sent a moment ago is in the queue, not yet in the last listing.
    queues::QueueMonitor *monitor = m_queues->monitor();
    m_waiting = true;
    m_status->setText(tr("Reading the queue…"));
    auto *once = new QObject(this);
    connect(monitor, &queues::QueueMonitor::refreshFinished, once, [this, once] {
        delete once;
        m_waiting = false;
        findNow();
    });
    monitor->refresh();
}

void FindMessagesDialog::findNow() {
    if (!m_queues || m_waiting)
        return;
    if (m_queues->monitor()->isRefreshing() || !m_queues->monitor()->hasListed()) {
        findAfterRefresh();
        return;
    }
    stop();
    MessageFilter filter;
    filter.sender = m_sender->text().trimmed();
    filter.recipient = m_recipient->text().trimmed();
    filter.state = MessageFilter::State(m_state->currentData().toInt());
    const int limit = m_limit->value();
    const QString subject = m_subject->text().trimmed();
    if (subject.isEmpty()) {
        m_results->setQuery(filter, limit);
        finishSearch(tr("%n message(s) found.", nullptr, m_results->model()->rowCount()));
        return;
    }
    // The candidates, oldest first, then their headers.
    m_results->setQuery(filter, 0);
    QList<queues::MessagePtr> candidates;
    for (int r = 0; r < m_results->model()->rowCount(); ++r)
        candidates << m_results->model()->messageAt(r);
    m_results->setQuery(filter, limit, QSet<QString>());
    delete m_search;
    m_search = new queues::SubjectSearch(m_queues->source(), m_queues->monitor()->subjects(), this);
    connect(m_search, &queues::SubjectSearch::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(tr("Reading headers: %1 of %2 messages…").arg(done).arg(total));
    });
    connect(m_search, &queues::SubjectSearch::finished, this,
            [this, filter, limit](bool cancelled, const QString &error) {
                const QStringList found = m_search->matches();
                m_results->setQuery(filter, limit, QSet<QString>(found.begin(), found.end()));
                const QString count = tr("%n message(s) found.", nullptr, int(found.size()));
                if (!error.isEmpty())
                    finishSearch(tr("%1 The headers could not all be read: %2").arg(count, error));
                else if (cancelled)
                    finishSearch(tr("Stopped after %n message(s): ", nullptr, m_search->looked()) + count);
                else
                    finishSearch(count);
            });
    m_findNow->setEnabled(false);
    m_stop->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, std::max<int>(int(candidates.size()), 1));
    m_progress->setValue(0);
    m_status->setText(tr("Reading headers…"));
    m_search->start(candidates, subject, limit);
}

void FindMessagesDialog::stop() {
    if (m_search && m_search->isRunning())
        m_search->cancel();
}

void FindMessagesDialog::finishSearch(const QString &status) {
    m_findNow->setEnabled(true);
    m_stop->setEnabled(false);
    m_progress->setVisible(false);
    m_status->setText(status);
    Q_EMIT searched();
}

} // namespace queueui
