#include "Limit.h"

#include <QLocale>

namespace topology {

QString Limit::check(qint64 value) const {
    if (contains(value))
        return QString();
    const QLocale locale;
    const QString from = locale.toString(m_minimum);
    const QString to = locale.toString(m_maximum);
    switch (m_unit) {
    case Unit::Kilobytes:
        return tr("Enter a size from %1 to %2 KB.").arg(from, to);
    case Unit::Minutes:
        return tr("Enter a time from %1 to %2 minutes.").arg(from, to);
    case Unit::Seconds:
        return tr("Enter a time from %1 to %2 seconds.").arg(from, to);
    case Unit::Connections:
        return tr("Enter a number of connections from %1 to %2.").arg(from, to);
    case Unit::Messages:
        return tr("Enter a number of messages from %1 to %2.").arg(from, to);
    case Unit::Recipients:
        return tr("Enter a number of recipients from %1 to %2.").arg(from, to);
    case Unit::Hops:
        return tr("Enter a hop count from %1 to %2.").arg(from, to);
    case Unit::Port:
        return tr("Enter a port from %1 to %2.").arg(from, to);
    case Unit::Cost:
        return tr("Enter a cost from %1 to %2.").arg(from, to);
    }
    return QString();
}

} // namespace topology
