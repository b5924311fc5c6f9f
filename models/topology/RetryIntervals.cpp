#include "RetryIntervals.h"

#include "Limit.h"
#include "TextChecks.h"

#include <QStringList>

namespace topology {

QString RetryIntervals::check(int index, qint64 minutes) {
    static const char *const names[Count] = {
        QT_TR_NOOP("First retry interval"), QT_TR_NOOP("Second retry interval"),
        QT_TR_NOOP("Third retry interval"), QT_TR_NOOP("Subsequent retry interval")};
    const QString problem = limits::RetryIntervalMinutes.check(minutes);
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(tr(names[index]), problem);
}

std::optional<RetryIntervals> RetryIntervals::parse(const QString &text, QString *error) {
    if (text.trimmed().isEmpty())
        return RetryIntervals();
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != Count) {
        if (error)
            *error = tr("“%1” is not four retry intervals in minutes separated by commas (such as "
                        "15,30,60,240).")
                         .arg(text);
        return std::nullopt;
    }
    std::array<int, Count> minutes{};
    for (int i = 0; i < Count; ++i) {
        const QString part = parts.at(i).trimmed();
        if (!isAsciiDigits(part) || part.size() > 9) {
            if (error)
                *error = tr("“%1” is not a number of minutes.").arg(part);
            return std::nullopt;
        }
        if (const QString problem = check(i, part.toLongLong()); !problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
        minutes[size_t(i)] = part.toInt();
    }
    return RetryIntervals(minutes);
}

QString RetryIntervals::toString() const {
    QStringList parts;
    for (int m : m_minutes)
        parts << QString::number(m);
    return parts.join(QLatin1Char(','));
}

} // namespace topology
