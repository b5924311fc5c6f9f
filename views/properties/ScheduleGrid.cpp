#include "ScheduleGrid.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace properties {

using topology::ConnectionSchedule;

namespace {
constexpr int DayLabelWidth = 90;
constexpr int HeaderHeight = 18;
constexpr int RowHeight = 20;
} // namespace

ScheduleGrid::ScheduleGrid(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("scheduleGrid"));
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setWhatsThis(tr("Click or drag over the hours to switch them on (dark) or off. The connector connects "
                    "during the hours that are on."));
}

void ScheduleGrid::setSchedule(const ConnectionSchedule &schedule) {
    m_schedule = schedule;
    m_schedule.setStyle(ConnectionSchedule::Style::SelectedTimes);
    update();
}

void ScheduleGrid::setDetailed(bool detailed) {
    m_detailed = detailed;
    updateGeometry();
    update();
}

int ScheduleGrid::slotsPerColumn() const {
    return m_detailed ? 1 : ConnectionSchedule::SlotsPerHour;
}

int ScheduleGrid::columns() const {
    return ConnectionSchedule::SlotsPerDay / slotsPerColumn();
}

bool ScheduleGrid::isCellSet(int day, int column) const {
    for (int s = 0; s < slotsPerColumn(); ++s)
        if (m_schedule.isSet(day, column * slotsPerColumn() + s))
            return true;
    return false;
}

void ScheduleGrid::setCells(int day, int column, int lastDay, int lastColumn, bool on) {
    for (int d = std::min(day, lastDay); d <= std::max(day, lastDay); ++d)
        for (int c = std::min(column, lastColumn); c <= std::max(column, lastColumn); ++c)
            for (int s = 0; s < slotsPerColumn(); ++s)
                m_schedule.set(d, c * slotsPerColumn() + s, on);
    update();
    Q_EMIT changed();
}

QString ScheduleGrid::dayName(int day) const {
    // The grid starts on Sunday, as the stored schedule does.
    return QLocale().dayName(day == 0 ? 7 : day, QLocale::LongFormat);
}

QSize ScheduleGrid::sizeHint() const {
    return QSize(DayLabelWidth + 24 * 16, HeaderHeight + ConnectionSchedule::Days * RowHeight + 1);
}

QSize ScheduleGrid::minimumSizeHint() const {
    return QSize(DayLabelWidth + 24 * 12, HeaderHeight + ConnectionSchedule::Days * RowHeight + 1);
}

QRect ScheduleGrid::gridRect() const {
    return QRect(DayLabelWidth, HeaderHeight, width() - DayLabelWidth - 1,
                 ConnectionSchedule::Days * RowHeight);
}

bool ScheduleGrid::cellAt(const QPoint &pos, int *day, int *column) const {
    const QRect grid = gridRect();
    if (grid.width() <= 0)
        return false;
    const QPoint p(std::clamp(pos.x(), grid.left(), grid.right()),
                   std::clamp(pos.y(), grid.top(), grid.bottom()));
    *day = std::clamp((p.y() - grid.top()) / RowHeight, 0, ConnectionSchedule::Days - 1);
    *column = std::clamp((p.x() - grid.left()) * columns() / grid.width(), 0, columns() - 1);
    return true;
}

void ScheduleGrid::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QRect grid = gridRect();
    const QPalette pal = palette();
    p.fillRect(rect(), pal.window());
    p.setPen(pal.color(QPalette::WindowText));
    for (int hour = 0; hour < 24; hour += 6) {
        const int x = grid.left() + hour * grid.width() / 24;
        p.drawText(QRect(x + 2, 0, 60, HeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QLocale().toString(QTime(hour, 0), QLocale::ShortFormat));
    }
    const QColor on = pal.color(QPalette::Highlight);
    const QColor off = pal.color(QPalette::Base);
    for (int d = 0; d < ConnectionSchedule::Days; ++d) {
        const int y = grid.top() + d * RowHeight;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(0, y, DayLabelWidth - 4, RowHeight), Qt::AlignRight | Qt::AlignVCenter, dayName(d));
        for (int c = 0; c < columns(); ++c) {
            const int x0 = grid.left() + c * grid.width() / columns();
            const int x1 = grid.left() + (c + 1) * grid.width() / columns();
            p.fillRect(QRect(x0, y, x1 - x0, RowHeight), isCellSet(d, c) ? on : off);
        }
    }
    p.setPen(pal.color(QPalette::Mid));
    for (int d = 0; d <= ConnectionSchedule::Days; ++d)
        p.drawLine(grid.left(), grid.top() + d * RowHeight, grid.right(), grid.top() + d * RowHeight);
    for (int hour = 0; hour <= 24; ++hour) {
        const int x = grid.left() + hour * grid.width() / 24;
        p.drawLine(x, grid.top(), x, grid.bottom());
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(grid.adjusted(-1, -1, 0, 0));
    }
}

void ScheduleGrid::mousePressEvent(QMouseEvent *event) {
    int day = 0, column = 0;
    if (event->button() != Qt::LeftButton || !cellAt(event->position().toPoint(), &day, &column))
        return;
    m_dragging = true;
    m_dragDay = day;
    m_dragColumn = column;
    m_dragOn = !isCellSet(day, column);
    m_beforeDrag = m_schedule;
    setCells(day, column, day, column, m_dragOn);
}

void ScheduleGrid::mouseMoveEvent(QMouseEvent *event) {
    int day = 0, column = 0;
    if (!m_dragging || !cellAt(event->position().toPoint(), &day, &column))
        return;
    // The rectangle from where the drag began, over the schedule as it was then.
    m_schedule = m_beforeDrag;
    setCells(m_dragDay, m_dragColumn, day, column, m_dragOn);
}

void ScheduleGrid::mouseReleaseEvent(QMouseEvent *) {
    m_dragging = false;
}

} // namespace properties
