#include "NumberField.h"

#include <limits>

namespace widgets {

NumberField::NumberField(const topology::Limit &limit, QWidget *parent)
    : QSpinBox(parent)
    , m_limit(limit) {
    setRange(0, std::numeric_limits<int>::max());
    setAccelerated(true);
    // Wide enough for the largest allowed value, not for the box's own range.
    setMinimumWidth(fontMetrics().horizontalAdvance(QString::number(limit.maximum())) + 48);
}

QString NumberField::problem() const {
    return isEnabled() ? m_limit.check(value()) : QString();
}

void NumberField::setStoredValue(qint64 value) {
    setValue(int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max())));
}

} // namespace widgets
