#pragma once

// The Schedule dialog behind "Customize…" on the Delivery Options tab: the weekly grid, in hours or
// 15-minute detail. OK refuses a schedule with no time in it.

#include "ConnectionSchedule.h"

#include <QDialog>

class QLabel;
class QRadioButton;

namespace properties {

class ScheduleGrid;

class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(const topology::ConnectionSchedule &schedule, QWidget *parent = nullptr);

    topology::ConnectionSchedule schedule() const;
    ScheduleGrid *grid() const { return m_grid; }
    void accept() override;

private:
    ScheduleGrid *m_grid;
    QRadioButton *m_hourView;
    QRadioButton *m_detailView;
    QLabel *m_message;
};

} // namespace properties
