#pragma once

// An SMTP connector (msExchRoutingSMTPConnector): address spaces and their scope, DNS or smart-host
// routing, local bridgeheads (DNs of SMTP virtual servers), size limit and outbound options.

#include "AddressSpace.h"
#include "DirectoryObject.h"
#include "SmartHostList.h"

namespace topology {

class SmtpConnector : public DirectoryObject {
public:
    using DirectoryObject::DirectoryObject;

    // Outbound security flags (msExchSmtpOutboundSecurityFlag) with a known meaning.
    static constexpr qint64 RequireTlsFlag = 0x4;
    static constexpr qint64 HeloInsteadOfEhloFlag = 0x400000;

    directory::Dn routingGroupDn() const; // the connector's routing group: two levels up
    QList<AddressSpace> addressSpaces() const;
    QStringList rawAddressSpaces() const;
    // "Routing group" when the address spaces carry Local:, as Exchange reads it from the first one.
    AddressSpace::Scope scope() const;
    bool usesDns() const { return smartHosts().isEmpty(); }
    SmartHostList smartHosts() const;
    QString rawSmartHosts() const;
    QList<directory::Dn> bridgeheads() const;
    qint64 sizeLimitKb() const; // 0 = no limit
    bool heloInsteadOfEhlo() const;
    bool requireTls() const;
    qint64 outboundSecurityFlags() const;
};

} // namespace topology
