#include "ExchangeServer.h"

#include "Attributes.h"

namespace topology {

ExchangeServer::ExchangeServer(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry)
    : DirectoryObject(kind, dn, entry)
    , m_homeRoutingGroup(directory::Dn::parse(entry.string(attr::homeRoutingGroup))) {}

QString ExchangeServer::version() const {
    const QString serial = entry().string(attr::serialNumber);
    if (!serial.isEmpty())
        return serial;
    const qint64 build = entry().integer(attr::versionNumber, -1);
    return build >= 0 ? QString::number(build) : QString();
}

QString ExchangeServer::fqdn() const {
    for (const QString &address : entry().strings(attr::networkAddress))
        if (address.startsWith(QLatin1String("ncacn_ip_tcp:"), Qt::CaseInsensitive))
            return address.mid(13);
    return QString();
}

} // namespace topology
