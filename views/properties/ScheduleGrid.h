#pragma once

// ESM's weekly schedule grid: a row per day, a column per hour (or per 15 minutes in detail view);
// click or drag over cells to switch them on or off. Works on a topology::ConnectionSchedule.

#include "ConnectionSchedule.h"

#include <QWidget>

namespace properties {

class ScheduleGrid : public QWidget {
    Q_OBJECT
public:
    explicit ScheduleGrid(QWidget *parent = nullptr);

    void setSchedule(const topology::ConnectionSchedule &schedule);
    const topology::ConnectionSchedule &schedule() const { return m_schedule; }
    // Hours (false) or 15-minute slots (true) per cell.
    void setDetailed(bool detailed);
    bool isDetailed() const { return m_detailed; }
    // Switches the cells from (day, column) to (lastDay, lastColumn) to `on`, as a drag would.
    void setCells(int day, int column, int lastDay, int lastColumn, bool on);
    // Whether the cell holds any selected slot.
    bool isCellSet(int day, int column) const;
    int columns() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect gridRect() const;
    bool cellAt(const QPoint &pos, int *day, int *column) const;
    int slotsPerColumn() const;
    QString dayName(int day) const;

    topology::ConnectionSchedule m_schedule;
    topology::ConnectionSchedule m_beforeDrag;
    bool m_detailed = false;
    bool m_dragging = false;
    bool m_dragOn = true;
    int m_dragDay = 0;
    int m_dragColumn = 0;
};

} // namespace properties
