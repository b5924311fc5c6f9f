#pragma once

// The attribute and class names the console reads and writes, spelled as in Active Directory.
// One list, so a misspelling cannot hide in one corner of the code.

#include <QString>

namespace topology::attr {

inline const QString objectClass = QStringLiteral("objectClass");
inline const QString cn = QStringLiteral("cn");
inline const QString adminDisplayName = QStringLiteral("adminDisplayName");
inline const QString adminDescription = QStringLiteral("adminDescription");
inline const QString serialNumber = QStringLiteral("serialNumber");
inline const QString versionNumber = QStringLiteral("versionNumber");
inline const QString networkAddress = QStringLiteral("networkAddress");
inline const QString homeRoutingGroup = QStringLiteral("msExchHomeRoutingGroup");
inline const QString serverBindings = QStringLiteral("msExchServerBindings");
inline const QString fqdn = QStringLiteral("msExchSmtpFullyQualifiedDomainName");
inline const QString smartHost = QStringLiteral("msExchSmtpSmartHost");
inline const QString smartHostType = QStringLiteral("msExchSmtpSmartHostType");
inline const QString maxMessageSize = QStringLiteral("msExchSmtpMaxMessageSize");
inline const QString maxRecipients = QStringLiteral("msExchSmtpMaxRecipients");
inline const QString outgoingPort = QStringLiteral("msExchSmtpOutgoingPort");
inline const QString outboundSecurityFlag = QStringLiteral("msExchSmtpOutboundSecurityFlag");
inline const QString routingMaster = QStringLiteral("msExchRoutingMasterDN");
inline const QString routingList = QStringLiteral("routingList");
inline const QString sourceBridgeheads = QStringLiteral("msExchSourceBridgeheadServersDN");
inline const QString targetBridgeheads = QStringLiteral("msExchTargetBridgeheadServersDN");
inline const QString destinationRoutingGroup = QStringLiteral("msExchDestinationRGDN");
inline const QString homeMta = QStringLiteral("homeMTA");
inline const QString deliveryMechanism = QStringLiteral("deliveryMechanism");
inline const QString delivContLength = QStringLiteral("delivContLength");
inline const QString cost = QStringLiteral("cost");
inline const QString responsibleMta = QStringLiteral("msExchResponsibleMTAServer");

// Attributes whose values are DNs: compared as names, not as strings (slapd may return
// "cn=…" for a value written as "CN=…").
inline bool isDnValued(const QString &attribute) {
    for (const QString *name : {&homeRoutingGroup, &routingMaster, &sourceBridgeheads, &targetBridgeheads,
                                &destinationRoutingGroup, &homeMta, &responsibleMta})
        if (attribute.compare(*name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace topology::attr
