#pragma once

// A spin box for a number with a limit (topology::Limit): it takes any whole number the user types,
// so a value out of range is shown and refused with the reason at the field, instead of being
// silently clamped or leaving the dialog's buttons disabled without a word.

#include "Limit.h"

#include <QSpinBox>

namespace widgets {

class NumberField : public QSpinBox {
    Q_OBJECT
public:
    NumberField(const topology::Limit &limit, QWidget *parent = nullptr);

    const topology::Limit &limit() const { return m_limit; }
    // The reason the value cannot be used, or "" (also "" while the field is disabled).
    QString problem() const;
    // Sets a stored value, clamped to what the box can show.
    void setStoredValue(qint64 value);

private:
    topology::Limit m_limit;
};

} // namespace widgets
