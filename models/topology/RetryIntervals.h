#pragma once

// How long an SMTP virtual server waits before it tries a remote delivery again: the first,
// second and third retry, then every subsequent one, in minutes (msExchSmtpRemoteQueueRetries).
// The stored form "15,30,60,240" is inferred (the attribute is a string; Exchange's default is
// 15, 30, 60, then 240 minutes). Read, checked and written here only.

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace topology {

class RetryIntervals {
    Q_DECLARE_TR_FUNCTIONS(topology::RetryIntervals)
public:
    static constexpr int Count = 4;
    // 15, 30, 60 and 240 minutes, Exchange's default.
    RetryIntervals() = default;
    explicit RetryIntervals(const std::array<int, Count> &minutes)
        : m_minutes(minutes) {}

    // Empty text gives the default. Refuses anything but four whole numbers of minutes in range.
    static std::optional<RetryIntervals> parse(const QString &text, QString *error = nullptr);
    // The reason one interval cannot be used ("" when it can); `index` 0 is the first retry.
    static QString check(int index, qint64 minutes);

    int minutes(int index) const { return m_minutes.at(size_t(index)); }
    QString toString() const;

    friend bool operator==(const RetryIntervals &a, const RetryIntervals &b) {
        return a.m_minutes == b.m_minutes;
    }
    friend bool operator!=(const RetryIntervals &a, const RetryIntervals &b) { return !(a == b); }

private:
    std::array<int, Count> m_minutes{15, 30, 60, 240};
};

} // namespace topology
