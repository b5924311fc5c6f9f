#include "ExchangeDefaults.h"

#include "Attributes.h"

namespace topology {

using directory::Modification;

namespace {

Modification value(const QString &attribute, const QString &text) {
    return Modification::replace(attribute, {text});
}

Modification number(const QString &attribute, qint64 n) {
    return Modification::replace(attribute, {QString::number(n)});
}

Modification classes(const QStringList &names) {
    return Modification::replace(attr::objectClass, names);
}

} // namespace

QList<Modification> ExchangeDefaults::virtualServer(int instance, const QString &name,
                                                    const ServerBinding &binding, const QString &fqdn) {
    // The defaults of a new virtual server as KB321757 lists them; message and session size 0 mean
    // no limit.
    QList<Modification> out = {
        classes({QStringLiteral("top"), QStringLiteral("protocolCfg"), QStringLiteral("protocolCfgSMTP"),
                 QStringLiteral("protocolCfgSMTPServer")}),
        number(attr::cn, instance),
        value(attr::adminDisplayName, name),
        value(attr::serverBindings, binding.toValue()),
    };
    if (!fqdn.isEmpty())
        out << value(attr::fqdn, fqdn);
    out << number(attr::maxRecipients, MaxRecipients) << number(attr::maxMessageSize, 0)
        << number(QStringLiteral("msExchSmtpMaxSessionSize"), 0)
        << number(QStringLiteral("msExchSmtpMaxHopCount"), 15) << number(attr::outgoingPort, OutgoingPort)
        << number(QStringLiteral("msExchSmtpOutgoingConnectionTimeout"), 600)
        << number(QStringLiteral("msExchSmtpMaxOutgoingConnections"), 1000)
        << number(QStringLiteral("msExchSmtpMaxOutgoingConnectionsPerDomain"), 100)
        << number(QStringLiteral("msExchSmtpMaxOutboundMsgPerDomain"), 20)
        << number(QStringLiteral("msExchIncomingConnectionTimeout"), 1500)
        << number(QStringLiteral("msExchMaxIncomingConnections"), 2000000000)
        << number(QStringLiteral("msExchSmtpLocalQueueDelayNotification"), 720)
        << number(QStringLiteral("msExchSmtpLocalQueueExpirationTimeout"), 2880)
        << number(attr::smartHostType, SmartHostTypeNone) << number(attr::outboundSecurityFlag, 0)
        << value(QStringLiteral("msExchSmtpRelayForAuth"), QStringLiteral("TRUE"))
        << number(QStringLiteral("msExchAuthenticationFlags"), 7)
        << value(QStringLiteral("msExchNTAuthenticationProviders"), QStringLiteral("GSSAPI,NTLM"))
        << number(QStringLiteral("msExchAccessSSLFlags"), 0)
        << number(QStringLiteral("msExchSmtpInboundCommandSupportOptions"), 7697601)
        << value(QStringLiteral("msExchSmtpDoMasquerade"), QStringLiteral("FALSE"))
        << value(QStringLiteral("msExchServerAutoStart"), QStringLiteral("TRUE"))
        << number(QStringLiteral("msExchLogType"), 0) << number(QStringLiteral("heuristics"), 131072);
    return out;
}

QList<Modification> ExchangeDefaults::connector(const QString &name, const QList<AddressSpace> &spaces,
                                                const QList<directory::Dn> &bridgeheads,
                                                const SmartHostList &smartHosts,
                                                const directory::Dn &homeMta) {
    QStringList routingList;
    for (const AddressSpace &space : spaces)
        routingList << space.toRoutingListValue();
    QList<Modification> out = {
        classes({QStringLiteral("top"), QStringLiteral("msExchConnector"), QStringLiteral("mailGateway"),
                 QStringLiteral("msExchRoutingSMTPConnector")}),
        value(attr::cn, name),
        Modification::replace(attr::routingList, routingList),
    };
    if (!bridgeheads.isEmpty()) {
        QStringList dns;
        for (const directory::Dn &dn : bridgeheads)
            dns << dn.toString();
        out << Modification::replace(attr::sourceBridgeheads, dns);
    }
    // DNS routing is the absence of a smart host (not an empty value).
    if (!smartHosts.isEmpty())
        out << value(attr::smartHost, smartHosts.toString());
    out << value(attr::homeMta, homeMta.toString()) << number(attr::deliveryMechanism, DeliveryMechanism);
    return out;
}

QList<Modification> ExchangeDefaults::protocolsContainer() {
    return {classes({QStringLiteral("top"), QStringLiteral("protocolCfgShared"),
                     QStringLiteral("protocolCfgSharedServer")}),
            value(attr::cn, protocolsName())};
}

QList<Modification> ExchangeDefaults::smtpContainer() {
    return {classes({QStringLiteral("top"), QStringLiteral("container"),
                     QStringLiteral("msExchProtocolCfgSharedContainer"),
                     QStringLiteral("msExchProtocolCfgSMTPContainer")}),
            value(attr::cn, smtpName())};
}

QList<Modification> ExchangeDefaults::connectionsContainer() {
    return {classes({QStringLiteral("top"), QStringLiteral("container"), QStringLiteral("msExchConnectors")}),
            value(attr::cn, connectionsName()), value(attr::adminDisplayName, connectionsName())};
}

} // namespace topology
