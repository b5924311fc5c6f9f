#include "TrackingDialog.h"

#include "FieldMessage.h"
#include "TimelineModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trackingui {

using tracking::TrackQuery;

TrackingDialog::TrackingDialog(const QList<tracking::LogSource *> &sources, int start, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_start(start) {
    setObjectName(QStringLiteral("trackingDialog"));
    const QString server = m_sources.value(start) ? m_sources.value(start)->serverName() : QString();
    setWindowTitle(tr("Track Message on %1").arg(server));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("trackKindCombo"));
    m_kind->addItem(tr("Queue ID"), int(TrackQuery::Kind::QueueId));
    m_kind->addItem(tr("Sender"), int(TrackQuery::Kind::Sender));
    m_kind->addItem(tr("Recipient"), int(TrackQuery::Kind::Recipient));
    m_kind->addItem(tr("Test message token"), int(TrackQuery::Kind::Token));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("trackValueEdit"));
    m_valueMessage = new widgets::FieldMessage(m_value, this);
    m_trackButton = new QPushButton(tr("&Track"), this);
    m_trackButton->setObjectName(QStringLiteral("trackButton"));
    m_trackButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("trackCancelButton"));
    m_cancelButton->setEnabled(false);
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_kind);
    rowLayout->addWidget(m_value, 1);
    rowLayout->addWidget(m_trackButton);
    rowLayout->addWidget(m_cancelButton);
    auto *form = new QFormLayout;
    form->addRow(tr("On:"), new QLabel(server, this));
    auto *lookFor = new QLabel(tr("&Look for:"), this);
    lookFor->setBuddy(m_value);
    form->addRow(lookFor, m_valueMessage->withField(row));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trackStatus"));
    m_status->setWordWrap(true);
    QStringList names;
    for (tracking::LogSource *s : m_sources)
        names.append(s->serverName());
    m_status->setText(tr("Reads the Postfix logs of: %1.").arg(names.join(QLatin1String(", "))));

    m_messages = new QTreeWidget(this);
    m_messages->setObjectName(QStringLiteral("trackedMessages"));
    m_messages->setHeaderLabels({tr("Queue ID"), tr("From"), tr("To"), tr("Where it is")});
    m_messages->setRootIsDecorated(false);
    m_timeline = new tracking::TimelineModel(this);
    m_timelineView = new QTableView(this);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_messages);
    split->addWidget(m_timelineView);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrackingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(m_trackButton, &QPushButton::clicked, this, &TrackingDialog::track);
    connect(m_value, &QLineEdit::returnPressed, this, &TrackingDialog::track);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_run.cancel();
        m_cancelButton->setEnabled(false);
        m_trackButton->setEnabled(true);
        m_status->setText(tr("Cancelled."));
    });
    connect(&m_run, &tracking::TrackingRun::progress, this, [this](int read, int all) {
        if (m_run.isRunning())
            m_status->setText(read < all ? tr("Reading the logs: %1 of %2…").arg(read).arg(all)
                                         : tr("Following the messages…"));
    });
    connect(&m_run, &tracking::TrackingRun::finished, this, &TrackingDialog::onFinished);
    connect(m_messages, &QTreeWidget::currentItemChanged, this,
            [this] { showMessage(m_messages->indexOfTopLevelItem(m_messages->currentItem())); });
}

void TrackingDialog::setQuery(TrackQuery::Kind kind, const QString &value) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_value->setText(value);
}

bool TrackingDialog::track() {
    QString error;
    const std::optional<TrackQuery> query =
        TrackQuery::create(TrackQuery::Kind(m_kind->currentData().toInt()), m_value->text(), &error);
    if (!query) {
        m_valueMessage->reportAndFocus(error);
        return false;
    }
    m_valueMessage->clear();
    m_messages->clear();
    m_timeline->setEvents({});
    m_trackButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_run.start(m_sources, m_start, *query, m_listenerNames);
    return true;
}

void TrackingDialog::onFinished(const tracking::TrackingRun::Result &result) {
    m_result = result;
    m_trackButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    for (const tracking::TrackedMessage &message : result.messages) {
        const tracking::MessageTrack &first = message.hops.first();
        new QTreeWidgetItem(m_messages, {first.queueId, first.sender,
                                         first.recipients().join(QLatin1String(", ")), message.outcome()});
    }
    if (!result.refusals.isEmpty())
        new QTreeWidgetItem(m_messages, {QString(), QString(), QString(),
                                         tr("Refusals before queueing: %1").arg(result.refusals.size())});
    for (int c = 0; c < m_messages->columnCount() - 1; ++c)
        m_messages->resizeColumnToContents(c);
    QString status =
        result.messages.isEmpty() && result.refusals.isEmpty()
            ? tr("Nothing found in %1 log lines.").arg(result.linesRead)
            : tr("Messages found: %1, in %2 log lines.").arg(result.messages.size()).arg(result.linesRead);
    if (!result.problems.isEmpty())
        status += QLatin1Char(' ') + tr("Could not read: %1").arg(result.problems.join(QLatin1String("; ")));
    m_status->setText(status);
    if (m_messages->topLevelItemCount() > 0)
        m_messages->setCurrentItem(m_messages->topLevelItem(0));
    Q_EMIT tracked();
}

void TrackingDialog::showMessage(int index) {
    if (index >= 0 && index < m_result.messages.size())
        m_timeline->setEvents(m_result.messages.at(index).timeline());
    else if (index == m_result.messages.size())
        m_timeline->setEvents(m_result.refusals);
    else
        m_timeline->setEvents({});
    m_timelineView->resizeColumnsToContents();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->resizeRowsToContents();
}

} // namespace trackingui
