#pragma once

// The entries Exchange 2003 writes for new objects, attribute by attribute: an SMTP virtual server
// with the defaults of KB321757 (64000 recipients, outgoing port 25, smart host type 0 …), an SMTP
// connector with the mandatory homeMTA and deliveryMechanism, and the fixed containers (CN=Protocols,
// CN=SMTP, CN=Connections) that hold them. Also the names new objects are given. Names written to
// the directory are not translated, so the console and the command line create the same names in
// any language, as Exchange keeps CN=Connections in English everywhere.

#include "AddressSpace.h"
#include "Dn.h"
#include "Requests.h"
#include "ServerBinding.h"
#include "SmartHostList.h"

#include <QList>
#include <QString>

namespace topology {

class ExchangeDefaults {
public:
    static constexpr int MaxRecipients = 64000;
    static constexpr int OutgoingPort = 25;
    static constexpr int SmartHostTypeNone = 0;
    // What ESM writes on SMTP connectors; its meaning on Exchange 2003 is not documented.
    static constexpr int DeliveryMechanism = 2;

    static QList<directory::Modification> virtualServer(int instance, const QString &name,
                                                        const ServerBinding &binding, const QString &fqdn);
    static QList<directory::Modification> connector(const QString &name, const QList<AddressSpace> &spaces,
                                                    const QList<directory::Dn> &bridgeheads,
                                                    const SmartHostList &smartHosts,
                                                    const directory::Dn &homeMta);
    static QList<directory::Modification> protocolsContainer();
    static QList<directory::Modification> smtpContainer();
    static QList<directory::Modification> connectionsContainer();

    static QString protocolsName() { return QStringLiteral("Protocols"); }
    static QString smtpName() { return QStringLiteral("SMTP"); }
    static QString connectionsName() { return QStringLiteral("Connections"); }
    static QString mtaName() { return QStringLiteral("Microsoft MTA"); }
    // "SMTP-GW1": a new virtual server's name before the user changes it.
    static QString virtualServerName(const QString &server) { return QStringLiteral("SMTP-") + server; }
    // "SMTP Connector for GW1", once the first bridgehead is chosen.
    static QString connectorName(const QString &server) {
        return QStringLiteral("SMTP Connector for ") + server;
    }
    // "Internet Mail SMTP Connector (GW1)", as the Internet Mail wizard names its connector.
    static QString internetMailConnectorName(const QString &server) {
        return QStringLiteral("Internet Mail SMTP Connector (") + server + QLatin1Char(')');
    }
};

} // namespace topology
