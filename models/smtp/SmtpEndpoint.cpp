#include "SmtpEndpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace smtp {

std::optional<SmtpEndpoint> SmtpEndpoint::parse(const QString &text, QString *error) {
    const auto fail = [error](const QString &why) -> std::optional<SmtpEndpoint> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString t = text.trimmed();
    if (t.isEmpty())
        return fail(tr("Enter the server as host:port, for example 192.0.2.10:25."));
    QString host = t;
    QString port;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("\"%1\" has an opening bracket but no closing one.").arg(t));
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(tr("\"%1\" is not host:port.").arg(t));
            port = rest.mid(1);
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("\"%1\" in brackets is not an IPv6 address.").arg(host));
    } else if (t.count(QLatin1Char(':')) == 1) {
        host = t.section(QLatin1Char(':'), 0, 0);
        port = t.section(QLatin1Char(':'), 1);
    } else if (t.count(QLatin1Char(':')) > 1) {
        if (QHostAddress(t).protocol() != QAbstractSocket::IPv6Protocol)
            return fail(tr("Write an IPv6 address with a port as [address]:port."));
    }
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-"
                       "z0-9])?)*\\.?$"));
    if (host.isEmpty())
        return fail(tr("The host is missing."));
    if (QHostAddress(host).isNull() && !hostName.match(host).hasMatch())
        return fail(tr("\"%1\" is neither a host name nor an IP address.").arg(host));
    int p = DefaultPort;
    if (!port.isNull()) {
        bool ok = false;
        p = port.toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            return fail(tr("The port must be a number from 1 to 65535."));
    }
    return SmtpEndpoint(host, p);
}

QString SmtpEndpoint::toString() const {
    if (m_host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

} // namespace smtp
