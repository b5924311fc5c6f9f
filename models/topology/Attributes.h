#pragma once

// The attribute and class names the console reads and writes, spelled as in Active Directory.
// One list, so a misspelling cannot hide in one corner of the code.

#include "Entry.h"

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
inline const QString mixedMode = QStringLiteral("msExchMixedMode");

// Connector: Delivery Options, Delivery Restrictions, Connected Routing Groups, Advanced.
inline const QString activationStyle = QStringLiteral("activationStyle");
inline const QString activationSchedule = QStringLiteral("activationSchedule");
inline const QString oversizedStyle = QStringLiteral("msExchRoutingOversizedStyle");
inline const QString oversizedSchedule = QStringLiteral("msExchRoutingOversizedSchedule");
inline const QString messageSizeLimit = QStringLiteral("messageSizeLimit");
inline const QString authOrig = QStringLiteral("authOrig");
inline const QString unauthOrig = QStringLiteral("unauthOrig");
inline const QString dlMemSubmitPerms = QStringLiteral("dLMemSubmitPerms");
inline const QString dlMemRejectPerms = QStringLiteral("dLMemRejectPerms");
inline const QString dlMemDefault = QStringLiteral("dLMemDefault");
inline const QString connectedDomains = QStringLiteral("connectedDomains");
inline const QString outboundSecurityUserName = QStringLiteral("msExchSmtpOutboundSecurityUserName");
inline const QString outboundSecurityPassword = QStringLiteral("msExchSmtpOutboundSecurityPassword");
inline const QString trnSmartHost = QStringLiteral("msExchSmtpTRNSmartHost");
inline const QString etrnDomains = QStringLiteral("msExchRoutingETRNDomains");

// Virtual server: Access, Messages, Delivery.
inline const QString authenticationFlags = QStringLiteral("msExchAuthenticationFlags");
inline const QString ipSecurity = QStringLiteral("msExchIPSecurity");
inline const QString relayIpList = QStringLiteral("msExchSmtpRelayIpList");
inline const QString relayForAuth = QStringLiteral("msExchSmtpRelayForAuth");
inline const QString remoteQueueRetries = QStringLiteral("msExchSmtpRemoteQueueRetries");
inline const QString localDelayNotification = QStringLiteral("msExchSmtpLocalQueueDelayNotification");
inline const QString localExpiration = QStringLiteral("msExchSmtpLocalQueueExpirationTimeout");
inline const QString remoteDelayNotification = QStringLiteral("msExchSmtpRemoteQueueDelayNotification");
inline const QString remoteExpiration = QStringLiteral("msExchSmtpRemoteQueueExpirationTimeout");
inline const QString maxHopCount = QStringLiteral("msExchSmtpMaxHopCount");
inline const QString doMasquerade = QStringLiteral("msExchSmtpDoMasquerade");
inline const QString masqueradeDomain = QStringLiteral("msExchSmtpMasqueradeDomain");
inline const QString maxOutgoingConnections = QStringLiteral("msExchSmtpMaxOutgoingConnections");
inline const QString maxOutgoingConnectionsPerDomain =
    QStringLiteral("msExchSmtpMaxOutgoingConnectionsPerDomain");
inline const QString outgoingConnectionTimeout = QStringLiteral("msExchSmtpOutgoingConnectionTimeout");
inline const QString maxSessionSize = QStringLiteral("msExchSmtpMaxSessionSize");
inline const QString maxMessagesPerConnection = QStringLiteral("msExchSmtpMaxOutboundMsgPerDomain");
inline const QString maxMessagesPerConnectionFlag = QStringLiteral("msExchSmtpMaxOutboundMsgPerDomainFlag");
inline const QString sendNdrTo = QStringLiteral("msExchSmtpSendNDRTo");
inline const QString badMailDirectory = QStringLiteral("msExchSmtpBadMailDirectory");
inline const QString reverseDnsLookup = QStringLiteral("msExchSmtpPerformReverseDnsLookup");

// Operational: when an entry was made and last changed (slapd; Active Directory), its identity.
inline const QString createTimestamp = QStringLiteral("createTimestamp");
inline const QString modifyTimestamp = QStringLiteral("modifyTimestamp");
inline const QString whenCreated = QStringLiteral("whenCreated");
inline const QString whenChanged = QStringLiteral("whenChanged");
inline const QString creatorsName = QStringLiteral("creatorsName");
inline const QString modifiersName = QStringLiteral("modifiersName");
inline const QString entryUuid = QStringLiteral("entryUUID");
inline const QString objectGuid = QStringLiteral("objectGUID");

// Attributes whose values are DNs: compared as names, not as strings (slapd may return
// "cn=…" for a value written as "CN=…").
inline bool isDnValued(const QString &attribute) {
    for (const QString *name :
         {&homeRoutingGroup, &routingMaster, &sourceBridgeheads, &targetBridgeheads, &destinationRoutingGroup,
          &homeMta, &responsibleMta, &authOrig, &unauthOrig, &dlMemSubmitPerms, &dlMemRejectPerms})
        if (directory::sameAttributeName(attribute, *name))
            return true;
    return false;
}

} // namespace topology::attr
