#include "ScheduleChooser.h"

#include "FieldMessage.h"
#include "ScheduleDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace properties {

using topology::ConnectionSchedule;
using Preset = ConnectionSchedule::Preset;

ScheduleChooser::ScheduleChooser(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_customize(new QPushButton(tr("C&ustomize…"), this)) {
    setObjectName(objectName);
    m_combo->setObjectName(objectName + QStringLiteral("Combo"));
    m_customize->setObjectName(objectName + QStringLiteral("Customize"));
    m_combo->addItem(tr("Always run"), int(Preset::Always));
    m_combo->addItem(tr("Never run"), int(Preset::Never));
    m_combo->addItem(tr("Run daily at 11:00 PM"), int(Preset::DailyAt2300));
    m_combo->addItem(tr("Run every hour"), int(Preset::EveryHour));
    m_combo->addItem(tr("Run every 2 hours"), int(Preset::Every2Hours));
    m_combo->addItem(tr("Run every 4 hours"), int(Preset::Every4Hours));
    m_combo->addItem(tr("Use custom schedule"), int(Preset::Custom));
    m_combo->setWhatsThis(tr("When the connector may open connections. Mail for its address spaces waits in "
                             "the queue at other times."));
    m_message = new widgets::FieldMessage(m_combo, this);
    connect(m_combo, &QComboBox::activated, this, &ScheduleChooser::onPresetChosen);
    connect(m_customize, &QPushButton::clicked, this, &ScheduleChooser::customize);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_customize);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
}

void ScheduleChooser::load(const topology::Parsed<ConnectionSchedule> &stored) {
    m_loading = true;
    m_changed = false;
    m_message->clear();
    m_readable = stored.isValid();
    m_schedule = stored.value.value_or(ConnectionSchedule());
    showPreset();
    if (!m_readable)
        m_message->report(tr("%1 Choose a connection time to replace it.").arg(stored.error));
    m_loading = false;
}

void ScheduleChooser::showPreset() {
    const int index = m_combo->findData(int(m_schedule.preset()));
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<ConnectionSchedule> ScheduleChooser::schedule() const {
    if (!m_readable)
        return std::nullopt;
    return m_schedule;
}

void ScheduleChooser::onPresetChosen(int index) {
    const auto preset = Preset(m_combo->itemData(index).toInt());
    if (preset == Preset::Custom) {
        customize();
        return;
    }
    m_schedule = ConnectionSchedule::fromPreset(preset);
    m_readable = true;
    m_changed = true;
    m_message->clear();
    Q_EMIT changed();
}

void ScheduleChooser::setCustomSchedule(const ConnectionSchedule &schedule) {
    m_schedule = schedule;
    m_schedule.setStyle(ConnectionSchedule::Style::SelectedTimes);
    m_readable = true;
    m_changed = true;
    m_message->clear();
    showPreset();
    Q_EMIT changed();
}

void ScheduleChooser::customize() {
    // The grid starts from what is chosen now; Always shows every hour on, Never none.
    ConnectionSchedule start = m_schedule;
    if (start.style() == ConnectionSchedule::Style::Always) {
        start = ConnectionSchedule::fromPreset(Preset::Custom);
        for (int d = 0; d < ConnectionSchedule::Days; ++d)
            for (int s = 0; s < ConnectionSchedule::SlotsPerDay; ++s)
                start.set(d, s, true);
    }
    auto *dialog = new ScheduleDialog(start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setCustomSchedule(dialog->schedule()); });
    connect(dialog, &QDialog::rejected, this, &ScheduleChooser::showPreset);
    dialog->open();
}

QString ScheduleChooser::problem() const {
    return m_readable ? m_schedule.problem() : QString();
}

QString ScheduleChooser::validate() {
    if (!m_readable)
        return QString(); // kept as stored; not written
    return m_message->reportAndFocus(m_schedule.problem());
}

} // namespace properties
