#pragma once

// Hand-made organizations for tests that need a Topology without a directory: routing groups,
// servers with virtual servers, SMTP connectors and routing group connectors, named by their cn
// and laid out in the Exchange 2003 DIT under one administrative group.

#include "Entry.h"
#include "Topology.h"

#include <QStringList>

namespace testsupport {

class OrganizationBuilder {
public:
    struct VirtualServer {
        QString binding = QStringLiteral(":25:");
        QString fqdn;
        QString smartHost;
        int outgoingPort = 25;
        int maxRecipients = 64000;
        qint64 maxMessageSize = 0;
        QString displayName;
    };
    struct Connector {
        QStringList addressSpaces{QStringLiteral("SMTP:*;1")};
        QStringList bridgeheads; // "SERVER/1": virtual server CN=1 of SERVER
        QString smartHost;       // empty: DNS
    };

    static QString agDn();
    static QString routingGroupDn(const QString &rg);
    static QString serverDn(const QString &server);
    static QString virtualServerDn(const QString &serverSlashInstance); // "GW1/1"
    static QString connectorDn(const QString &rg, const QString &name);

    OrganizationBuilder &routingGroup(const QString &rg, const QString &master = QString());
    OrganizationBuilder &server(const QString &name, const QString &rg, const QString &fqdn = QString());
    OrganizationBuilder &virtualServer(const QString &server, const QString &instance,
                                       const VirtualServer &vs);
    OrganizationBuilder &virtualServer(const QString &server, const QString &instance = QStringLiteral("1"));
    OrganizationBuilder &smtpConnector(const QString &rg, const QString &name, const Connector &connector);
    OrganizationBuilder &routingGroupConnector(const QString &rg, const QString &name, const QString &toRg,
                                               int cost, const QStringList &localBridgeheads = {},
                                               const QStringList &remoteBridgeheads = {});
    // Any other change to an entry already added (raw attribute values).
    OrganizationBuilder &set(const QString &dn, const QString &attribute, const QStringList &values);

    QList<directory::Entry> entries() const { return m_entries; }
    // A Topology holding the entries.
    void load(topology::Topology &topology) const;

private:
    directory::Entry &add(const QString &dn, const QStringList &objectClasses);
    bool has(const QString &dn) const;

    QList<directory::Entry> m_entries;
};

} // namespace testsupport
