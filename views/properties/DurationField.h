#pragma once

// A time entered as a number of minutes, hours or days, kept in minutes (the delay notification
// and expiration timeouts of the Delivery tab), with the reason at the field when it is out of range.

#include <QWidget>

class QComboBox;

namespace widgets {
class FieldMessage;
class NumberField;
} // namespace widgets

namespace properties {

class DurationField : public QWidget {
    Q_OBJECT
public:
    static constexpr int MaxCount = 9999;

    explicit DurationField(const QString &objectName, QWidget *parent = nullptr);

    // Shows `minutes` in the largest unit that holds it exactly.
    void setMinutes(qint64 minutes);
    qint64 minutes() const;
    QString validate();
    QString problem() const;

    widgets::NumberField *countSpin() const { return m_count; }
    QComboBox *unitCombo() const { return m_unit; }
    widgets::FieldMessage *message() const { return m_message; }

Q_SIGNALS:
    void changed();

private:
    widgets::NumberField *m_count;
    QComboBox *m_unit;
    widgets::FieldMessage *m_message;
};

} // namespace properties
