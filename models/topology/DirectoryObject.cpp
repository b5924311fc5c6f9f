#include "DirectoryObject.h"

#include "Attributes.h"

namespace topology {

DirectoryObject::DirectoryObject(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry)
    : m_kind(kind)
    , m_dn(dn)
    , m_entry(entry) {
    const QString display = m_entry.string(QStringLiteral("adminDisplayName")).trimmed();
    m_displayName = display.isEmpty() ? name() : display;
    for (const directory::Attribute &a : m_entry.attributes()) {
        if (!attr::isDnValued(a.name))
            continue;
        for (const QByteArray &value : a.values)
            if (const directory::Dn link = directory::Dn::parse(QString::fromUtf8(value));
                link.isValid() && !link.isEmpty())
                m_linkKeys.append(link.key());
    }
    m_linkKeys.removeDuplicates();
}

ObjectKind DirectoryObject::kindOf(const directory::Entry &entry) {
    // Most derived classes first: an SMTP connector is also a mailGateway and an msExchConnector.
    static const std::pair<const char *, ObjectKind> table[] = {
        {"msExchRoutingSMTPConnector", ObjectKind::SmtpConnector},
        {"msExchRoutingGroupConnector", ObjectKind::RoutingGroupConnector},
        {"protocolCfgSMTPServer", ObjectKind::VirtualServer},
        {"msExchProtocolCfgSMTPContainer", ObjectKind::SmtpContainer},
        {"protocolCfgSharedServer", ObjectKind::ProtocolsContainer},
        {"msExchExchangeServer", ObjectKind::Server},
        {"msExchServersContainer", ObjectKind::ServersContainer},
        {"msExchConnectors", ObjectKind::ConnectorsContainer},
        {"msExchRoutingGroup", ObjectKind::RoutingGroup},
        {"msExchRoutingGroupContainer", ObjectKind::RoutingGroupContainer},
        {"msExchAdminGroup", ObjectKind::AdminGroup},
        {"msExchAdminGroupContainer", ObjectKind::AdminGroupContainer},
        {"msExchOrganizationContainer", ObjectKind::Organization},
    };
    const QList<QByteArray> classes = entry.values(QStringLiteral("objectClass"));
    for (const auto &[name, kind] : table)
        for (const QByteArray &c : classes)
            if (qstricmp(c.constData(), name) == 0)
                return kind;
    return ObjectKind::Other;
}

QString DirectoryObject::kindName(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Organization:
        return tr("Organization");
    case ObjectKind::AdminGroupContainer:
        return tr("Administrative Groups container");
    case ObjectKind::AdminGroup:
        return tr("Administrative group");
    case ObjectKind::ServersContainer:
        return tr("Servers container");
    case ObjectKind::Server:
        return tr("Server");
    case ObjectKind::ProtocolsContainer:
        return tr("Protocols container");
    case ObjectKind::SmtpContainer:
        return tr("SMTP container");
    case ObjectKind::VirtualServer:
        return tr("SMTP virtual server");
    case ObjectKind::RoutingGroupContainer:
        return tr("Routing Groups container");
    case ObjectKind::RoutingGroup:
        return tr("Routing group");
    case ObjectKind::ConnectorsContainer:
        return tr("Connectors container");
    case ObjectKind::SmtpConnector:
        return tr("SMTP connector");
    case ObjectKind::RoutingGroupConnector:
        return tr("Routing group connector");
    case ObjectKind::Other:
        break;
    }
    return tr("Directory entry");
}

QString DirectoryObject::description() const {
    const QString admin = m_entry.string(QStringLiteral("adminDescription"));
    return admin.isEmpty() ? m_entry.string(QStringLiteral("description")) : admin;
}

QList<directory::Dn> DirectoryObject::dnValues(const QString &attribute) const {
    QList<directory::Dn> out;
    for (const QString &value : m_entry.strings(attribute))
        if (const directory::Dn dn = directory::Dn::parse(value); dn.isValid() && !dn.isEmpty())
            out.append(dn);
    return out;
}

} // namespace topology
