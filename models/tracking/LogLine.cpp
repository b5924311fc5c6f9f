#include "LogLine.h"

#include <QLocale>
#include <QRegularExpression>

namespace tracking {

namespace {

// Short queue IDs are upper-case hex; long ones (enable_long_queue_ids) use letters and digits
// without vowels, so words such as "warning" or "NOQUEUE" are never taken for one.
bool isQueueId(const QString &text) {
    static const QRegularExpression id(
        QStringLiteral("^(?:[0-9A-F]{6,16}|[0-9B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{10,24})$"));
    return id.match(text).hasMatch();
}

QDateTime classicTime(const QString &stamp, const QDateTime &now) {
    // "Dec 01 09:10:52" or "Dec  1 09:10:52": the year is not written.
    const QString simplified = stamp.simplified();
    for (int year : {now.date().year(), now.date().year() - 1}) {
        const QDateTime t = QLocale::c().toDateTime(simplified + QLatin1Char(' ') + QString::number(year),
                                                    QStringLiteral("MMM d HH:mm:ss yyyy"));
        if (t.isValid() && t <= now.addDays(1))
            return t;
    }
    return QDateTime();
}

} // namespace

std::optional<LogLine> LogLine::parse(const QString &line, const QDateTime &now) {
    static const QRegularExpression classic(
        QStringLiteral("^([A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d)(?:\\.\\d+)? (\\S+) "
                       "(postfix[^\\s\\[]*)\\[(\\d+)\\]: (.*)$"));
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?) (\\S+) "
        "(postfix[^\\s\\[]*)\\[(\\d+)\\]: (.*)$"));
    QRegularExpressionMatch m = classic.match(line);
    LogLine l;
    if (m.hasMatch()) {
        l.time = classicTime(m.captured(1), now);
    } else {
        m = iso.match(line);
        if (!m.hasMatch())
            return std::nullopt;
        QString stamp = m.captured(1);
        // Qt reads "+0000" only as "+00:00".
        static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
        stamp.replace(offset, QStringLiteral("\\1:\\2"));
        l.time = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    }
    l.host = m.captured(2);
    l.tag = m.captured(3);
    const QStringList parts = l.tag.split(QLatin1Char('/'));
    l.program = parts.last();
    if (parts.size() > 2)
        l.service = parts.mid(1, parts.size() - 2).join(QLatin1Char('/'));
    const QString rest = m.captured(5);
    const qsizetype colon = rest.indexOf(QStringLiteral(": "));
    if (colon > 0 && isQueueId(rest.left(colon))) {
        l.queueId = rest.left(colon);
        l.text = rest.mid(colon + 2);
    } else {
        l.text = rest;
    }
    return l;
}

} // namespace tracking
