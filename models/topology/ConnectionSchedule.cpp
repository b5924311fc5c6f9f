#include "ConnectionSchedule.h"

#include "TextChecks.h"

namespace topology {

namespace {

constexpr int SlotCount = ConnectionSchedule::Days * ConnectionSchedule::SlotsPerDay;

// The first quarter hour of every `hours`-th hour, starting at midnight, every day.
QBitArray everyHours(int hours) {
    QBitArray grid(SlotCount);
    for (int day = 0; day < ConnectionSchedule::Days; ++day)
        for (int hour = 0; hour < 24; hour += hours)
            grid.setBit(day * ConnectionSchedule::SlotsPerDay + hour * ConnectionSchedule::SlotsPerHour);
    return grid;
}

// One empty week, shared by every schedule until it is changed: most connectors keep none, and
// each of them holds two.
const QBitArray &emptyGrid() {
    static const QBitArray grid(SlotCount);
    return grid;
}

} // namespace

ConnectionSchedule::ConnectionSchedule()
    : m_slots(emptyGrid()) {}

ConnectionSchedule ConnectionSchedule::fromPreset(Preset preset) {
    ConnectionSchedule s;
    switch (preset) {
    case Preset::Always:
        s.m_style = Style::Always;
        break;
    case Preset::Never:
        s.m_style = Style::Never;
        break;
    case Preset::DailyAt2300:
        s.m_style = Style::SelectedTimes;
        for (int day = 0; day < Days; ++day)
            s.set(day, 23 * SlotsPerHour, true);
        break;
    case Preset::EveryHour:
        s.m_style = Style::SelectedTimes;
        s.m_slots = everyHours(1);
        break;
    case Preset::Every2Hours:
        s.m_style = Style::SelectedTimes;
        s.m_slots = everyHours(2);
        break;
    case Preset::Every4Hours:
        s.m_style = Style::SelectedTimes;
        s.m_slots = everyHours(4);
        break;
    case Preset::Custom:
        s.m_style = Style::SelectedTimes;
        break;
    }
    return s;
}

std::optional<ConnectionSchedule> ConnectionSchedule::parse(const QString &style, const QByteArray &grid,
                                                            QString *error) {
    auto refuse = [error](const QString &why) -> std::optional<ConnectionSchedule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ConnectionSchedule s;
    const QString text = style.trimmed();
    if (!text.isEmpty()) {
        if (!isAsciiDigits(text) || text.toInt() > int(Style::Always))
            return refuse(
                tr("The stored connection style “%1” is not one Bridgehead knows (0, 1 or 2).").arg(text));
        s.m_style = Style(text.toInt());
    }
    if (!grid.isEmpty()) {
        if (grid.size() != Bytes)
            return refuse(tr("The stored schedule has %1 bytes; a weekly schedule has %2.")
                              .arg(grid.size())
                              .arg(Bytes));
        for (int i = 0; i < SlotCount; ++i)
            s.m_slots.setBit(i, (quint8(grid.at(i / 8)) >> (i % 8)) & 1);
    } else if (s.m_style == Style::SelectedTimes) {
        return refuse(tr("The connector runs at selected times, but no schedule is stored."));
    }
    return s;
}

ConnectionSchedule::Preset ConnectionSchedule::preset() const {
    if (m_style == Style::Always)
        return Preset::Always;
    if (m_style == Style::Never)
        return Preset::Never;
    for (Preset p : {Preset::DailyAt2300, Preset::EveryHour, Preset::Every2Hours, Preset::Every4Hours})
        if (fromPreset(p).m_slots == m_slots)
            return p;
    return Preset::Custom;
}

bool ConnectionSchedule::isSet(int day, int slot) const {
    return m_slots.testBit(day * SlotsPerDay + slot);
}

void ConnectionSchedule::set(int day, int slot, bool on) {
    m_slots.setBit(day * SlotsPerDay + slot, on);
}

bool ConnectionSchedule::hasSelectedTime() const {
    return m_slots.count(true) > 0;
}

QString ConnectionSchedule::problem() const {
    if (m_style == Style::SelectedTimes && !hasSelectedTime())
        return tr("Select at least one time in the schedule, or choose “Never run”.");
    return QString();
}

QString ConnectionSchedule::styleValue() const {
    return QString::number(int(m_style));
}

QByteArray ConnectionSchedule::gridValue() const {
    if (m_style != Style::SelectedTimes)
        return QByteArray();
    QByteArray out(Bytes, '\0');
    for (int i = 0; i < SlotCount; ++i)
        if (m_slots.testBit(i))
            out[i / 8] = char(quint8(out.at(i / 8)) | (1u << (i % 8)));
    return out;
}

bool operator==(const ConnectionSchedule &a, const ConnectionSchedule &b) {
    if (a.m_style != b.m_style)
        return false;
    return a.m_style != ConnectionSchedule::Style::SelectedTimes || a.m_slots == b.m_slots;
}

} // namespace topology
