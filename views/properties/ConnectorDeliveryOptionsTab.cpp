#include "ConnectorDeliveryOptionsTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "NumberField.h"
#include "ScheduleChooser.h"
#include "SmtpConnector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace properties {

using topology::ConnectionSchedule;

namespace {

constexpr int DefaultThresholdKb = 2000;

// Writes style and grid when the chosen schedule differs from what was loaded.
void saveSchedule(topology::EntryEdit &edit, const ScheduleChooser *chooser, const QString &style,
                  const QString &grid) {
    const std::optional<ConnectionSchedule> schedule = chooser->schedule();
    if (!chooser->isChanged() || !schedule || !schedule->problem().isEmpty())
        return;
    edit.set(style, schedule->styleValue());
    const QByteArray bytes = schedule->gridValue();
    edit.setBytes(grid, bytes.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{bytes});
}

} // namespace

ConnectorDeliveryOptionsTab::ConnectorDeliveryOptionsTab(QWidget *parent)
    : PropertyTab(parent) {
    m_schedule = new ScheduleChooser(QStringLiteral("schedule"), this);
    connect(m_schedule, &ScheduleChooser::changed, this, &PropertyTab::changed);

    m_oversizeCheck = new QCheckBox(tr("Use &different delivery times for oversize messages"), this);
    m_oversizeCheck->setObjectName(QStringLiteral("oversizeCheck"));
    m_oversizeCheck->setWhatsThis(tr("Sends large messages only at the times chosen below, for example at "
                                     "night, and the others at the connection times above."));
    m_oversizeSpin = new widgets::NumberField(topology::limits::SizeKb, this);
    m_oversizeSpin->setObjectName(QStringLiteral("oversizeSpin"));
    m_oversizeSpin->setWhatsThis(tr("Messages larger than this, in KB (1 to 2,097,151), are oversize."));
    m_oversizeMessage = new widgets::FieldMessage(m_oversizeSpin, this);
    m_oversizeSchedule = new ScheduleChooser(QStringLiteral("oversizeSchedule"), this);
    connect(m_oversizeCheck, &QCheckBox::toggled, this, &ConnectorDeliveryOptionsTab::updateOversize);
    connect(m_oversizeCheck, &QCheckBox::toggled, this, &PropertyTab::changed);
    connect(m_oversizeSpin, &QSpinBox::valueChanged, this, &PropertyTab::changed);
    connect(m_oversizeSchedule, &ScheduleChooser::changed, this, &PropertyTab::changed);

    auto *regular = new QGroupBox(tr("Specify when messages are sent through this connector"), this);
    auto *regularForm = new QFormLayout(regular);
    auto *timeLabel = new QLabel(tr("Connection &time:"), this);
    timeLabel->setBuddy(m_schedule->combo());
    regularForm->addRow(timeLabel, m_schedule);

    auto *oversize = new QGroupBox(tr("Oversize messages"), this);
    auto *oversizeLayout = new QVBoxLayout(oversize);
    oversizeLayout->addWidget(m_oversizeCheck);
    auto *oversizeForm = new QFormLayout;
    oversizeForm->setContentsMargins(20, 0, 0, 0);
    auto *sizeLabel = new QLabel(tr("Oversize messages are &greater than (KB):"), this);
    sizeLabel->setBuddy(m_oversizeSpin);
    auto *oversizeTimeLabel = new QLabel(tr("Connection t&ime:"), this);
    oversizeTimeLabel->setBuddy(m_oversizeSchedule->combo());
    oversizeForm->addRow(sizeLabel, m_oversizeMessage->withField());
    oversizeForm->addRow(oversizeTimeLabel, m_oversizeSchedule);
    oversizeLayout->addLayout(oversizeForm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(regular);
    layout->addWidget(oversize);
    layout->addStretch();
    updateOversize();
}

QString ConnectorDeliveryOptionsTab::title() const {
    return tr("Delivery Options");
}

void ConnectorDeliveryOptionsTab::updateOversize() {
    const bool on = m_oversizeCheck->isChecked();
    m_oversizeSpin->setEnabled(on);
    m_oversizeSchedule->setEnabled(on);
    if (!on)
        m_oversizeMessage->clear();
}

void ConnectorDeliveryOptionsTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    const auto *connector = dynamic_cast<const topology::SmtpConnector *>(&object);
    if (!connector)
        return;
    m_schedule->load(connector->connectionSchedule());
    m_shownOversize = connector->hasOversizeSchedule();
    m_shownThreshold = connector->oversizeThresholdKb();
    m_oversizeCheck->setChecked(m_shownOversize);
    m_oversizeSpin->setStoredValue(m_shownThreshold > 0 ? m_shownThreshold : DefaultThresholdKb);
    if (m_shownOversize) {
        m_oversizeSchedule->load(connector->oversizeSchedule());
    } else {
        // A sensible start when the user switches it on: oversize mail at night.
        topology::Parsed<ConnectionSchedule> night;
        night.value = ConnectionSchedule::fromPreset(ConnectionSchedule::Preset::DailyAt2300);
        m_oversizeSchedule->load(night);
    }
    m_oversizeMessage->clear();
    updateOversize();
}

bool ConnectorDeliveryOptionsTab::isComplete() const {
    if (!m_schedule->problem().isEmpty())
        return false;
    return !m_oversizeCheck->isChecked() ||
           (m_oversizeSpin->problem().isEmpty() && m_oversizeSchedule->problem().isEmpty());
}

QString ConnectorDeliveryOptionsTab::validate() {
    const QString regular = m_schedule->validate();
    if (!m_oversizeCheck->isChecked())
        return regular;
    const QString size = m_oversizeMessage->report(m_oversizeSpin->problem());
    const QString times = m_oversizeSchedule->validate();
    if (!regular.isEmpty()) {
        m_schedule->validate(); // its field gets the focus
        return regular;
    }
    if (!size.isEmpty()) {
        m_oversizeMessage->focusField();
        return size;
    }
    return times;
}

void ConnectorDeliveryOptionsTab::save(topology::EntryEdit &edit) const {
    saveSchedule(edit, m_schedule, topology::attr::activationStyle, topology::attr::activationSchedule);
    const bool oversize = m_oversizeCheck->isChecked();
    if (!oversize) {
        if (m_shownOversize) {
            edit.set(topology::attr::oversizedStyle, QString());
            edit.set(topology::attr::oversizedSchedule, QString());
            edit.set(topology::attr::messageSizeLimit, QString());
        }
        return;
    }
    if (!m_oversizeSpin->problem().isEmpty())
        return;
    if (!m_shownOversize || m_oversizeSpin->value() != m_shownThreshold)
        edit.set(topology::attr::messageSizeLimit, QString::number(m_oversizeSpin->value()));
    if (!m_shownOversize) {
        // Switched on: the schedule shown is written even if the user left it as offered.
        const std::optional<ConnectionSchedule> schedule = m_oversizeSchedule->schedule();
        if (schedule && schedule->problem().isEmpty()) {
            edit.set(topology::attr::oversizedStyle, schedule->styleValue());
            const QByteArray bytes = schedule->gridValue();
            edit.setBytes(topology::attr::oversizedSchedule,
                          bytes.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{bytes});
        }
        return;
    }
    saveSchedule(edit, m_oversizeSchedule, topology::attr::oversizedStyle, topology::attr::oversizedSchedule);
}

} // namespace properties
