#include "SmtpVirtualServer.h"

#include "Attributes.h"

namespace topology {

directory::Dn SmtpVirtualServer::serverDn() const {
    return dn().parent().parent().parent();
}

QList<ServerBinding> SmtpVirtualServer::bindings() const {
    QList<ServerBinding> out;
    for (const QString &value : entry().strings(attr::serverBindings))
        if (const auto binding = ServerBinding::parse(value))
            out.append(*binding);
    return out;
}

QStringList SmtpVirtualServer::rawBindings() const {
    return entry().strings(attr::serverBindings);
}

QString SmtpVirtualServer::fqdn() const {
    return entry().string(attr::fqdn);
}

SmartHostList SmtpVirtualServer::smartHost() const {
    return SmartHostList::parse(rawSmartHost()).value_or(SmartHostList());
}

QString SmtpVirtualServer::rawSmartHost() const {
    return entry().string(attr::smartHost);
}

int SmtpVirtualServer::smartHostType() const {
    return int(entry().integer(attr::smartHostType, 0));
}

qint64 SmtpVirtualServer::maxMessageSize() const {
    return entry().integer(attr::maxMessageSize, 0);
}

qint64 SmtpVirtualServer::maxRecipients() const {
    return entry().integer(attr::maxRecipients, 64000);
}

int SmtpVirtualServer::outgoingPort() const {
    return int(entry().integer(attr::outgoingPort, 25));
}

} // namespace topology
