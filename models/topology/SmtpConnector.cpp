#include "SmtpConnector.h"

#include "Attributes.h"

namespace topology {

SmtpConnector::SmtpConnector(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry)
    : DirectoryObject(kind, dn, entry) {
    for (const QString &value : entry.strings(attr::routingList)) {
        m_addressSpaceValues.append(parseValue<AddressSpace>(value));
        if (m_addressSpaceValues.last().isValid())
            m_addressSpaces.append(*m_addressSpaceValues.last().value);
    }
    // Kept exactly as stored (spaces included): that text is what Exchange would use.
    const QString smartHost = entry.string(attr::smartHost);
    if (!smartHost.trimmed().isEmpty())
        m_smartHost = parseValue<SmartHostList>(smartHost, &SmartHostList::parseStored);
    m_bridgeheads = dnValues(attr::sourceBridgeheads);
}

directory::Dn SmtpConnector::routingGroupDn() const {
    return dn().parent().parent();
}

QStringList SmtpConnector::rawAddressSpaces() const {
    return entry().strings(attr::routingList);
}

AddressSpace::Scope SmtpConnector::scope() const {
    return m_addressSpaces.isEmpty() ? AddressSpace::Scope::Organization : m_addressSpaces.first().scope();
}

qint64 SmtpConnector::sizeLimitKb() const {
    return entry().integer(attr::delivContLength, 0);
}

qint64 SmtpConnector::outboundSecurityFlags() const {
    return entry().integer(attr::outboundSecurityFlag, 0);
}

bool SmtpConnector::heloInsteadOfEhlo() const {
    return outboundSecurityFlags() & HeloInsteadOfEhloFlag;
}

bool SmtpConnector::requireTls() const {
    return outboundSecurityFlags() & RequireTlsFlag;
}

} // namespace topology
