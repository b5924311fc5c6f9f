#include "PostfixSettings.h"

#include <QRegularExpression>

namespace queues {

QStringList PostfixSettings::parameterNames() {
    return {QStringLiteral("relayhost"),
            QStringLiteral("myhostname"),
            QStringLiteral("mail_version"),
            QStringLiteral("minimal_backoff_time"),
            QStringLiteral("maximal_backoff_time"),
            QStringLiteral("queue_run_delay"),
            QStringLiteral("maximal_queue_lifetime"),
            QStringLiteral("transport_maps")};
}

qint64 PostfixSettings::parseTime(const QString &value, char defaultUnit) {
    QString v = value.trimmed();
    if (v.isEmpty())
        return -1;
    char unit = defaultUnit;
    const QChar last = v.back();
    if (last.isLetter()) {
        unit = char(last.toLower().toLatin1());
        v.chop(1);
    }
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < 0)
        return -1;
    switch (unit) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    case 'w':
        return n * 7 * 86400;
    default:
        return -1;
    }
}

QStringList PostfixSettings::enumerableTransportMaps() const {
    static const QStringList Types{QStringLiteral("hash"), QStringLiteral("btree"), QStringLiteral("lmdb"),
                                   QStringLiteral("cdb"), QStringLiteral("texthash")};
    QStringList maps;
    for (const QString &map : transportMaps)
        if (Types.contains(map.section(QLatin1Char(':'), 0, 0)))
            maps.append(map);
    return maps;
}

PostfixSettings PostfixSettings::fromPostconf(const QString &output) {
    PostfixSettings s;
    const auto time = [](const QString &value, char unit, qint64 fallback) {
        const qint64 t = parseTime(value, unit);
        return t < 0 ? fallback : t;
    };
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString name = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (name == QLatin1String("relayhost"))
            s.relayHost = value;
        else if (name == QLatin1String("myhostname"))
            s.hostName = value;
        else if (name == QLatin1String("mail_version"))
            s.version = value;
        else if (name == QLatin1String("minimal_backoff_time"))
            s.minimalBackoff = time(value, 's', s.minimalBackoff);
        else if (name == QLatin1String("maximal_backoff_time"))
            s.maximalBackoff = time(value, 's', s.maximalBackoff);
        else if (name == QLatin1String("queue_run_delay"))
            s.queueRunDelay = time(value, 's', s.queueRunDelay);
        else if (name == QLatin1String("transport_maps"))
            s.transportMaps = value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        else if (name == QLatin1String("maximal_queue_lifetime"))
            s.maximalQueueLifetime = time(value, 'd', s.maximalQueueLifetime);
    }
    if (s.maximalBackoff < s.minimalBackoff)
        s.maximalBackoff = s.minimalBackoff;
    return s;
}

} // namespace queues
