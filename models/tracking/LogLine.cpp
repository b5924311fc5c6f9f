#include "LogLine.h"

#include <QRegularExpression>

namespace tracking {

namespace {

// Short queue IDs are upper-case hex; long ones (enable_long_queue_ids) use letters and digits
// without vowels, so words such as "warning" or "NOQUEUE" are never taken for one.
bool isQueueId(QStringView text) {
    if (text.size() < 6 || text.size() > 24)
        return false;
    bool hex = text.size() <= 16;
    bool vowelFree = text.size() >= 10;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool digit = u >= '0' && u <= '9';
        const bool upper = u >= 'A' && u <= 'Z';
        const bool lower = u >= 'a' && u <= 'z';
        if (!digit && !upper && !lower)
            return false;
        if (!(digit || (u >= 'A' && u <= 'F')))
            hex = false;
        if (u == 'A' || u == 'E' || u == 'I' || u == 'O' || u == 'U' || u == 'a' || u == 'e' || u == 'i' ||
            u == 'o' || u == 'u')
            vowelFree = false;
    }
    return hex || vowelFree;
}

int digits(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t u = text[i].unicode();
        if (u == ' ' && i == from)
            continue; // "Dec  1"
        if (u < '0' || u > '9')
            return -1;
        value = value * 10 + (u - '0');
    }
    return value;
}

// "Dec 01 09:10:52" (15 characters); the year is not written.
QDateTime classicTime(QStringView text, const QDateTime &now) {
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int month = 0;
    for (int m = 0; m < 12 && !month; ++m)
        if (text.left(3) == QLatin1String(months[m]))
            month = m + 1;
    const int day = digits(text, 4, 2);
    const int hour = digits(text, 7, 2);
    const int minute = digits(text, 10, 2);
    const int second = digits(text, 13, 2);
    if (!month || day < 1 || hour < 0 || minute < 0 || second < 0 || text[9] != QLatin1Char(':'))
        return QDateTime();
    // Working out the local time zone for every line would cost more than the rest of the parsing:
    // the offset is looked up once per day seen, and only a day on which it changes (daylight
    // saving) pays for the full conversion of each line.
    struct Day {
        int month = 0;
        int day = 0;
        QDate date;
        int offset = 0;
        bool uniform = true;
        QDateTime now;
    };
    thread_local Day cached;
    if (cached.month != month || cached.day != day || cached.now != now) {
        cached = Day{month, day, QDate(), 0, true, now};
        for (int year : {now.date().year(), now.date().year() - 1}) {
            const QDate date(year, month, day);
            if (date.isValid() && date <= now.date().addDays(1)) {
                cached.date = date;
                cached.offset = QDateTime(date, QTime(0, 0)).offsetFromUtc();
                cached.uniform = cached.offset == QDateTime(date, QTime(23, 59, 59)).offsetFromUtc();
                break;
            }
        }
    }
    if (!cached.date.isValid())
        return QDateTime();
    if (!cached.uniform)
        return QDateTime(cached.date, QTime(hour, minute, second));
    return QDateTime(cached.date, QTime(hour, minute, second), Qt::OffsetFromUTC, cached.offset);
}

QDateTime isoTime(QStringView stamp) {
    QString text = stamp.toString();
    // Qt reads "+0000" only as "+00:00".
    if (text.size() > 5 &&
        (text[text.size() - 5] == QLatin1Char('+') || text[text.size() - 5] == QLatin1Char('-')))
        text.insert(text.size() - 2, QLatin1Char(':'));
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

std::optional<LogLine> LogLine::parse(const QString &line, const QDateTime &now) {
    const QStringView view(line);
    LogLine l;
    qsizetype at = 0;
    if (view.size() > 16 && view[0].isUpper() &&
        (view[15] == QLatin1Char(' ') || view[15] == QLatin1Char('.'))) {
        l.time = classicTime(view.left(15), now);
        at = 15;
        if (view[at] == QLatin1Char('.')) // "09:10:52.123456": fractions are not kept
            while (++at < view.size() && view[at].isDigit()) {
            }
        if (at >= view.size() || view[at] != QLatin1Char(' '))
            return std::nullopt;
        ++at;
    } else if (view.size() > 20 && view[0].isDigit() && view[4] == QLatin1Char('-')) {
        const qsizetype space = view.indexOf(QLatin1Char(' '));
        if (space < 0)
            return std::nullopt;
        l.time = isoTime(view.left(space));
        at = space + 1;
    } else {
        return std::nullopt;
    }
    if (!l.time.isValid())
        return std::nullopt;
    // "host postfix…/program[pid]: rest"
    const qsizetype hostEnd = view.indexOf(QLatin1Char(' '), at);
    if (hostEnd < 0)
        return std::nullopt;
    l.host = view.mid(at, hostEnd - at).toString();
    const qsizetype tagStart = hostEnd + 1;
    if (view.mid(tagStart, 7) != QLatin1String("postfix"))
        return std::nullopt;
    const qsizetype bracket = view.indexOf(QLatin1Char('['), tagStart);
    const qsizetype close = bracket < 0 ? -1 : view.indexOf(QLatin1String("]: "), bracket);
    if (close < 0 || view.mid(tagStart, bracket - tagStart).contains(QLatin1Char(' ')))
        return std::nullopt;
    l.tag = view.mid(tagStart, bracket - tagStart).toString();
    const qsizetype lastSlash = l.tag.lastIndexOf(QLatin1Char('/'));
    const qsizetype firstSlash = l.tag.indexOf(QLatin1Char('/'));
    l.program = lastSlash < 0 ? l.tag : l.tag.mid(lastSlash + 1);
    if (firstSlash >= 0 && lastSlash > firstSlash)
        l.service = l.tag.mid(firstSlash + 1, lastSlash - firstSlash - 1);
    const QStringView rest = view.mid(close + 3);
    const qsizetype colon = rest.indexOf(QLatin1String(": "));
    if (colon > 0 && isQueueId(rest.left(colon))) {
        l.queueId = rest.left(colon).toString();
        l.text = rest.mid(colon + 2).toString();
    } else {
        l.text = rest.toString();
    }
    return l;
}

} // namespace tracking
