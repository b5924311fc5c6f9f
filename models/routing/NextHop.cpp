#include "NextHop.h"

#include <QStringList>

namespace routing {

QString NextHop::Host::toString() const {
    QString text = literal ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port != 25)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

NextHop NextHop::server(const directory::Dn &server, const QString &serverName,
                        const directory::Dn &virtualServer, const Host &address) {
    NextHop hop;
    hop.m_kind = Kind::Server;
    hop.m_serverDn = server;
    hop.m_virtualServerDn = virtualServer;
    hop.m_serverName = serverName;
    hop.m_hosts = {address};
    hop.m_port = address.port;
    return hop;
}

NextHop NextHop::smartHosts(const QList<Host> &hosts, bool fromVirtualServer) {
    NextHop hop;
    hop.m_kind = Kind::SmartHosts;
    hop.m_hosts = hosts;
    hop.m_fromVirtualServer = fromVirtualServer;
    if (!hosts.isEmpty())
        hop.m_port = hosts.first().port;
    return hop;
}

NextHop NextHop::dns(const QString &domain, int port) {
    NextHop hop;
    hop.m_kind = Kind::Dns;
    hop.m_domain = domain;
    hop.m_port = port;
    return hop;
}

QString NextHop::toString() const {
    QStringList hosts;
    for (const Host &host : m_hosts)
        hosts.append(host.toString());
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Server:
        return tr("%1 (%2)").arg(m_serverName, hosts.join(QLatin1String(", ")));
    case Kind::SmartHosts:
        return hosts.join(QLatin1String(", "));
    case Kind::Dns: {
        QString text = m_domain.isEmpty() ? tr("DNS (mail exchangers of the recipient's domain)")
                                          : tr("DNS (mail exchangers of %1)").arg(m_domain);
        if (m_port != 25)
            text += QLatin1Char(' ') + tr("on port %1").arg(m_port);
        return text;
    }
    }
    return QString();
}

bool operator==(const NextHop &a, const NextHop &b) {
    return a.m_kind == b.m_kind && a.m_hosts == b.m_hosts && a.m_domain == b.m_domain &&
           a.m_port == b.m_port && a.m_serverDn == b.m_serverDn &&
           a.m_fromVirtualServer == b.m_fromVirtualServer;
}

} // namespace routing
