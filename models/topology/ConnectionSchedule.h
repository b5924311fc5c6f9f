#pragma once

// When a connector may open connections: never, always, or at selected times of a week in
// 15-minute slots, as the Delivery Options tab shows it. Stored in a style and an 84-byte grid
// (activationStyle / activationSchedule, and msExchRoutingOversizedStyle / …Schedule for oversize
// messages). Reading, checking and writing that form happens here and nowhere else.
//
// The encoding is inferred, not documented: style 0 = never, 1 = selected times, 2 = always; the
// grid holds one bit per 15 minutes, 96 per day from Sunday 00:00, bit n in byte n / 8 at position
// n % 8 (least significant first); times are as stored, without a time zone.

#include <QBitArray>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace topology {

class ConnectionSchedule {
    Q_DECLARE_TR_FUNCTIONS(topology::ConnectionSchedule)
public:
    enum class Style { Never = 0, SelectedTimes = 1, Always = 2 };
    // The choices ESM offers in its "Connection time" list.
    enum class Preset { Always, Never, DailyAt2300, EveryHour, Every2Hours, Every4Hours, Custom };

    static constexpr int Days = 7;
    static constexpr int SlotsPerDay = 96; // 15 minutes each
    static constexpr int SlotsPerHour = 4;
    static constexpr int Bytes = Days * SlotsPerDay / 8; // 84

    // Always: the default of a new connector.
    ConnectionSchedule();
    static ConnectionSchedule fromPreset(Preset preset);

    // Reads the stored style and grid. An absent style means Always; a grid is needed only for
    // selected times. Refuses an unknown style and a grid that is not 84 bytes.
    static std::optional<ConnectionSchedule> parse(const QString &style, const QByteArray &grid,
                                                   QString *error = nullptr);

    Style style() const { return m_style; }
    void setStyle(Style style) { m_style = style; }
    Preset preset() const;
    bool isSet(int day, int slot) const;
    void set(int day, int slot, bool on);
    bool hasSelectedTime() const;
    // The reason this cannot be written ("" when it can): selected times with none selected.
    QString problem() const;

    QString styleValue() const;
    // The grid to write; empty for Never and Always.
    QByteArray gridValue() const;

    friend bool operator==(const ConnectionSchedule &a, const ConnectionSchedule &b);
    friend bool operator!=(const ConnectionSchedule &a, const ConnectionSchedule &b) { return !(a == b); }

private:
    Style m_style = Style::Always;
    QBitArray m_slots;
};

} // namespace topology
