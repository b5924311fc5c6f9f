#include "SmtpConnector.h"

#include "Attributes.h"

namespace topology {

directory::Dn SmtpConnector::routingGroupDn() const {
    return dn().parent().parent();
}

QList<AddressSpace> SmtpConnector::addressSpaces() const {
    QList<AddressSpace> out;
    for (const QString &value : entry().strings(attr::routingList))
        if (const auto space = AddressSpace::parse(value))
            out.append(*space);
    return out;
}

QStringList SmtpConnector::rawAddressSpaces() const {
    return entry().strings(attr::routingList);
}

AddressSpace::Scope SmtpConnector::scope() const {
    const QList<AddressSpace> spaces = addressSpaces();
    return spaces.isEmpty() ? AddressSpace::Scope::Organization : spaces.first().scope();
}

SmartHostList SmtpConnector::smartHosts() const {
    return SmartHostList::parse(rawSmartHosts()).value_or(SmartHostList());
}

QString SmtpConnector::rawSmartHosts() const {
    return entry().string(attr::smartHost).trimmed();
}

QList<directory::Dn> SmtpConnector::bridgeheads() const {
    return dnValues(attr::sourceBridgeheads);
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
