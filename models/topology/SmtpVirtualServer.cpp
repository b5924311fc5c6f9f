#include "SmtpVirtualServer.h"

#include "Attributes.h"

#include <algorithm>
#include <limits>

namespace topology {

SmtpVirtualServer::SmtpVirtualServer(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry)
    : DirectoryObject(kind, dn, entry) {
    for (const QString &value : entry.strings(attr::serverBindings)) {
        m_bindingValues.append(parseValue<ServerBinding>(value));
        if (m_bindingValues.last().isValid())
            m_bindings.append(*m_bindingValues.last().value);
    }
    // Kept exactly as stored (spaces included): that text is what Exchange would use.
    const QString smartHost = entry.string(attr::smartHost);
    if (!smartHost.trimmed().isEmpty())
        m_smartHost = parseValue<SmartHostList>(smartHost, &SmartHostList::parseStored);
}

directory::Dn SmtpVirtualServer::serverDn() const {
    return dn().parent().parent().parent();
}

void SmtpVirtualServer::sortByInstance(QList<const SmtpVirtualServer *> &servers) {
    const auto instance = [](const SmtpVirtualServer *vs) {
        bool ok = false;
        const int n = vs->name().toInt(&ok);
        return ok ? n : std::numeric_limits<int>::max();
    };
    std::stable_sort(servers.begin(), servers.end(),
                     [&instance](const SmtpVirtualServer *a, const SmtpVirtualServer *b) {
                         const int na = instance(a), nb = instance(b);
                         if (na != nb)
                             return na < nb;
                         return a->name().compare(b->name(), Qt::CaseInsensitive) < 0;
                     });
}

QStringList SmtpVirtualServer::rawBindings() const {
    return entry().strings(attr::serverBindings);
}

QString SmtpVirtualServer::fqdn() const {
    return entry().string(attr::fqdn);
}

int SmtpVirtualServer::smartHostType() const {
    return int(entry().integer(attr::smartHostType, 0));
}

qint64 SmtpVirtualServer::maxMessageSize() const {
    return entry().integer(attr::maxMessageSize, 0);
}

qint64 SmtpVirtualServer::maxRecipients() const {
    return entry().integer(attr::maxRecipients, DefaultMaxRecipients);
}

int SmtpVirtualServer::outgoingPort() const {
    return int(entry().integer(attr::outgoingPort, DefaultOutgoingPort));
}

} // namespace topology
