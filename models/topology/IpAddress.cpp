#include "IpAddress.h"
#include "TextChecks.h"

#include <QHostAddress>
#include <QStringList>

namespace topology::IpAddress {

std::optional<QString> canonical(const QString &text) {
    if (text.contains(QLatin1Char(':'))) {
        if (text.contains(QLatin1Char('%')))
            return std::nullopt;
        QHostAddress address;
        if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        return address.toString();
    }
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    for (const QString &part : parts) {
        if (part.size() > 3 || (part.size() > 1 && part.startsWith(QLatin1Char('0'))) ||
            !isAsciiDigits(part) || part.toInt() > 255)
            return std::nullopt;
    }
    return parts.join(QLatin1Char('.'));
}

} // namespace topology::IpAddress
