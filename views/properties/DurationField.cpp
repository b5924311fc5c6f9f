#include "DurationField.h"

#include "FieldMessage.h"
#include "Limit.h"
#include "NumberField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace properties {

namespace {
constexpr int MinutesPerHour = 60;
constexpr int MinutesPerDay = 24 * 60;
constexpr topology::Limit Count{1, DurationField::MaxCount, topology::Limit::Unit::Minutes};
} // namespace

DurationField::DurationField(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_count(new widgets::NumberField(Count, this))
    , m_unit(new QComboBox(this)) {
    setObjectName(objectName);
    m_count->setObjectName(objectName + QStringLiteral("Spin"));
    m_unit->setObjectName(objectName + QStringLiteral("Unit"));
    m_unit->addItem(tr("Minutes"), 1);
    m_unit->addItem(tr("Hours"), MinutesPerHour);
    m_unit->addItem(tr("Days"), MinutesPerDay);
    m_message = new widgets::FieldMessage(m_count, this);
    connect(m_count, &QSpinBox::valueChanged, this, &DurationField::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &DurationField::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, m_message, &widgets::FieldMessage::clear);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_count);
    row->addWidget(m_unit);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
}

void DurationField::setMinutes(qint64 minutes) {
    int unit = 0;
    if (minutes > 0 && minutes % MinutesPerDay == 0)
        unit = 2;
    else if (minutes > 0 && minutes % MinutesPerHour == 0)
        unit = 1;
    const QSignalBlocker a(m_unit), b(m_count);
    m_unit->setCurrentIndex(unit);
    m_count->setStoredValue(minutes / m_unit->itemData(unit).toInt());
    m_message->clear();
}

qint64 DurationField::minutes() const {
    return qint64(m_count->value()) * m_unit->currentData().toInt();
}

QString DurationField::problem() const {
    if (!isEnabled() || Count.contains(m_count->value()))
        return QString();
    return tr("Enter a number from 1 to %L1 %2.").arg(MaxCount).arg(m_unit->currentText().toLower());
}

QString DurationField::validate() {
    return m_message->report(problem());
}

} // namespace properties
