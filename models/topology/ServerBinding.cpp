#include "ServerBinding.h"
#include "TextChecks.h"

#include "IpAddress.h"

#include <QHash>
#include <QHostAddress>
#include <QStringList>

namespace topology {

namespace {

QString withoutBrackets(const QString &text) {
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        return text.mid(1, text.size() - 2).trimmed();
    return text;
}

// QHostAddress also takes "10.1" or "0x1.2.3.4"; a binding must be a plain dotted quad or an IPv6
// address without a zone. Returns the canonical text, or nothing.
// The port field as a number; 0 (refused by validatePort) when it is not one.
int portFromText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (!isAsciiDigits(trimmed) || trimmed.size() > 5)
        return 0;
    return trimmed.toInt();
}

} // namespace

ServerBinding::ServerBinding(const QString &address, int port, const QString &hostHeader)
    : m_address(address)
    , m_port(port)
    , m_hostHeader(hostHeader) {}

std::optional<ServerBinding> ServerBinding::parse(const QString &value, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ServerBinding>();
    };

    const QString text = value.trimmed();
    if (text.isEmpty())
        return fail(tr("The binding is empty. Write it as IP:port:, for example :25: for all unassigned "
                       "addresses."));

    QString address;
    QString port;
    QString hostHeader;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("\"%1\" is missing the ] after the IPv6 address.").arg(text));
        address = text.mid(1, close - 1);
        QString rest = text.mid(close + 1);
        if (!rest.startsWith(QLatin1Char(':')))
            return fail(
                tr("\"%1\" needs a colon and a port after the address, as in [2001:db8::1]:25:.").arg(text));
        rest.remove(0, 1);
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        port = colon < 0 ? rest : rest.left(colon);
        hostHeader = colon < 0 ? QString() : rest.mid(colon + 1);
    } else {
        const qsizetype colons = text.count(QLatin1Char(':'));
        if (colons == 0)
            return fail(tr("\"%1\" has no port. Write it as IP:port:, for example 10.1.0.5:25:.").arg(text));
        if (colons <= 2) {
            const QStringList parts = text.split(QLatin1Char(':'));
            address = parts.at(0);
            port = parts.at(1);
            hostHeader = parts.value(2);
        } else {
            // An IPv6 address without brackets: the port is after the last colon, and there is no room
            // for a host header.
            QString body = text;
            if (body.endsWith(QLatin1Char(':')))
                body.chop(1);
            const qsizetype last = body.lastIndexOf(QLatin1Char(':'));
            address = body.left(last);
            port = body.mid(last + 1);
        }
    }
    return create(address, portFromText(port), hostHeader, error);
}

std::optional<ServerBinding> ServerBinding::create(const QString &address, int port,
                                                   const QString &hostHeader, QString *error) {
    const QString trimmed = withoutBrackets(address.trimmed());
    QString problem = validateAddress(trimmed);
    if (problem.isEmpty())
        problem = validatePort(port);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const QString canonical = trimmed.isEmpty() ? QString() : *IpAddress::canonical(trimmed);
    return ServerBinding(canonical, port, hostHeader.trimmed());
}

QString ServerBinding::validateAddress(const QString &address) {
    const QString trimmed = withoutBrackets(address.trimmed());
    if (trimmed.isEmpty() || IpAddress::canonical(trimmed))
        return QString();
    return tr("\"%1\" is not a valid IP address. Type an IPv4 address such as 10.1.0.5 or an IPv6 address, "
              "or "
              "leave it empty for all unassigned addresses.")
        .arg(address.trimmed());
}

QString ServerBinding::validatePort(int port) {
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    return QString();
}

QString ServerBinding::toValue() const {
    const bool ipv6 = m_address.contains(QLatin1Char(':'));
    const QString address = ipv6 ? QLatin1Char('[') + m_address + QLatin1Char(']') : m_address;
    return address + QLatin1Char(':') + QString::number(m_port) + QLatin1Char(':') + m_hostHeader;
}

QString ServerBinding::displayAddress() const {
    return m_address.isEmpty() ? tr("(All Unassigned)") : m_address;
}

bool ServerBinding::conflictsWith(const ServerBinding &other) const {
    return m_port == other.m_port &&
           (m_address == other.m_address || isAllUnassigned() || other.isAllUnassigned());
}

bool operator==(const ServerBinding &a, const ServerBinding &b) {
    return a.m_address == b.m_address && a.m_port == b.m_port &&
           a.m_hostHeader.compare(b.m_hostHeader, Qt::CaseInsensitive) == 0;
}

size_t qHash(const ServerBinding &binding, size_t seed) {
    return qHashMulti(seed, binding.address(), binding.port(), binding.hostHeader().toLower());
}

} // namespace topology
