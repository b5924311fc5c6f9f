#pragma once

// A number a property field may hold: the range Exchange System Manager allows (2,097,151 KB for
// every size, where the reference names no other limit) and the unit it is entered in. The one
// place that says what is too small or too large, and in words a user reads at the field.

#include <QCoreApplication>
#include <QString>

namespace topology {

class Limit {
    Q_DECLARE_TR_FUNCTIONS(topology::Limit)
public:
    enum class Unit { Kilobytes, Minutes, Seconds, Connections, Messages, Recipients, Hops, Port, Cost };

    constexpr Limit(qint64 minimum, qint64 maximum, Unit unit)
        : m_minimum(minimum)
        , m_maximum(maximum)
        , m_unit(unit) {}

    constexpr qint64 minimum() const { return m_minimum; }
    constexpr qint64 maximum() const { return m_maximum; }
    constexpr Unit unit() const { return m_unit; }
    constexpr bool contains(qint64 value) const { return value >= m_minimum && value <= m_maximum; }
    // "" inside the range; otherwise the reason with the range ("Enter a size from 1 to 2,097,151 KB.").
    QString check(qint64 value) const;

private:
    qint64 m_minimum;
    qint64 m_maximum;
    Unit m_unit;
};

namespace limits {
// Every message, session or oversize threshold in KB (ESM's spin boxes stop at 2,097,151 KB, so
// the byte value still fits a 32-bit integer).
inline constexpr Limit SizeKb{1, 2097151, Limit::Unit::Kilobytes};
inline constexpr Limit RecipientsPerMessage{1, 2147483647, Limit::Unit::Recipients};
inline constexpr Limit MessagesPerConnection{1, 2147483647, Limit::Unit::Messages};
// IIS SMTP: a hop count below 10 breaks ordinary forwarding, above 256 it never stops loops.
inline constexpr Limit HopCount{10, 256, Limit::Unit::Hops};
inline constexpr Limit RetryIntervalMinutes{1, 9999, Limit::Unit::Minutes};
// Delay notification and expiration: up to 9,999 days, entered in minutes, hours or days.
inline constexpr Limit QueueTimeoutMinutes{1, 9999LL * 24 * 60, Limit::Unit::Minutes};
inline constexpr Limit OutgoingConnections{1, 1999999999, Limit::Unit::Connections};
inline constexpr Limit ConnectionTimeoutMinutes{1, 9999, Limit::Unit::Minutes};
inline constexpr Limit TcpPort{1, 65535, Limit::Unit::Port};
inline constexpr Limit Cost{1, 100, Limit::Unit::Cost};
} // namespace limits

} // namespace topology
