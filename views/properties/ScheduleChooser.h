#pragma once

// "Connection time" on the Delivery Options tab: ESM's list (always, never, daily at 11 PM, every
// 1, 2 or 4 hours, a custom schedule) and Customize… for the weekly grid. A stored schedule that
// cannot be read is said so and kept until the user chooses another.

#include "ConnectionSchedule.h"
#include "Parsed.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace widgets {
class FieldMessage;
}

namespace properties {

class ScheduleChooser : public QWidget {
    Q_OBJECT
public:
    explicit ScheduleChooser(const QString &objectName, QWidget *parent = nullptr);

    void load(const topology::Parsed<topology::ConnectionSchedule> &stored);
    // What is chosen now; nullopt while an unreadable stored schedule is kept.
    std::optional<topology::ConnectionSchedule> schedule() const;
    bool isChanged() const { return m_changed; }
    QString validate();
    // The same without marking the field.
    QString problem() const;

    QComboBox *combo() const { return m_combo; }
    QPushButton *customizeButton() const { return m_customize; }
    widgets::FieldMessage *message() const { return m_message; }
    // Opens the weekly grid (Customize…).
    void customize();
    // Sets the schedule as the Schedule dialog would.
    void setCustomSchedule(const topology::ConnectionSchedule &schedule);

Q_SIGNALS:
    void changed();

private:
    void onPresetChosen(int index);
    void showPreset();

    QComboBox *m_combo;
    QPushButton *m_customize;
    widgets::FieldMessage *m_message;
    topology::ConnectionSchedule m_schedule;
    bool m_readable = true;
    bool m_changed = false;
    bool m_loading = false;
};

} // namespace properties
