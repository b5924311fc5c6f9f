#pragma once

// An SMTP connector (msExchRoutingSMTPConnector): address spaces and their scope, DNS or smart-host
// routing, local bridgeheads (DNs of SMTP virtual servers), size limit and outbound options.
// Values are parsed once, when the object is made; values that do not parse are kept as invalid.

#include "AddressSpace.h"
#include "ConnectedRoutingGroup.h"
#include "ConnectionSchedule.h"
#include "DirectoryObject.h"
#include "OutboundSecurity.h"
#include "Parsed.h"
#include "SmartHostList.h"

namespace topology {

class SmtpConnector : public DirectoryObject {
public:
    SmtpConnector(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry);

    // Outbound security flags (msExchSmtpOutboundSecurityFlag) with a known meaning.
    static constexpr qint64 RequireTlsFlag = 0x4;
    static constexpr qint64 HeloInsteadOfEhloFlag = 0x400000;

    directory::Dn routingGroupDn() const; // the connector's routing group: two levels up
    // Every routingList value, valid or not, in stored order.
    const QList<Parsed<AddressSpace>> &addressSpaceValues() const { return m_addressSpaceValues; }
    // The values that parse.
    const QList<AddressSpace> &addressSpaces() const { return m_addressSpaces; }
    bool hasInvalidAddressSpace() const { return m_addressSpaces.size() != m_addressSpaceValues.size(); }
    QStringList rawAddressSpaces() const;
    // "Routing group" when the address spaces carry Local:, as Exchange reads it from the first one.
    AddressSpace::Scope scope() const;
    // No smart host at all: DNS routing. An unreadable smart host is not DNS (see smartHostValue()).
    bool usesDns() const { return m_smartHost.raw.isEmpty(); }
    const Parsed<SmartHostList> &smartHostValue() const { return m_smartHost; }
    // The smart hosts when they parse; empty for DNS routing and for an invalid value.
    SmartHostList smartHosts() const { return m_smartHost.value.value_or(SmartHostList()); }
    QString rawSmartHosts() const { return m_smartHost.raw; }
    const QList<directory::Dn> &bridgeheads() const { return m_bridgeheads; }
    qint64 sizeLimitKb() const; // 0 = no limit
    bool heloInsteadOfEhlo() const;
    bool requireTls() const;
    qint64 outboundSecurityFlags() const;
    OutboundSecurity outboundSecurity() const { return OutboundSecurity::fromFlags(outboundSecurityFlags()); }

    // Delivery Options: when the connector connects, and (when set) other times for messages over
    // oversizeThresholdKb(). An absent schedule reads as Always, as for a new connector.
    const Parsed<ConnectionSchedule> &connectionSchedule() const { return m_schedule; }
    bool hasOversizeSchedule() const { return !m_oversizeSchedule.raw.isEmpty(); }
    const Parsed<ConnectionSchedule> &oversizeSchedule() const { return m_oversizeSchedule; }
    qint64 oversizeThresholdKb() const;
    // Connected Routing Groups, every connectedDomains value, valid or not.
    const QList<Parsed<ConnectedRoutingGroup>> &connectedRoutingGroupValues() const { return m_connected; }

private:
    QList<Parsed<AddressSpace>> m_addressSpaceValues;
    QList<AddressSpace> m_addressSpaces;
    Parsed<SmartHostList> m_smartHost;
    QList<directory::Dn> m_bridgeheads;
    Parsed<ConnectionSchedule> m_schedule;
    Parsed<ConnectionSchedule> m_oversizeSchedule;
    QList<Parsed<ConnectedRoutingGroup>> m_connected;
};

} // namespace topology
