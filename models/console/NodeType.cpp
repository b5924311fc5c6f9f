#include "NodeType.h"

namespace console {

QString iconPath(NodeType type) {
    switch (type) {
    case NodeType::Organization:
        return QStringLiteral(":/icons/organization.svg");
    case NodeType::AdminGroups:
        return QStringLiteral(":/icons/folder.svg");
    case NodeType::AdminGroup:
        return QStringLiteral(":/icons/admin-group.svg");
    case NodeType::Servers:
        return QStringLiteral(":/icons/servers.svg");
    case NodeType::Server:
        return QStringLiteral(":/icons/server.svg");
    case NodeType::Protocols:
        return QStringLiteral(":/icons/protocols.svg");
    case NodeType::Smtp:
        return QStringLiteral(":/icons/smtp.svg");
    case NodeType::VirtualServer:
        return QStringLiteral(":/icons/virtual-server.svg");
    case NodeType::Queues:
        return QStringLiteral(":/icons/queues.svg");
    case NodeType::RoutingGroups:
        return QStringLiteral(":/icons/routing-groups.svg");
    case NodeType::RoutingGroup:
        return QStringLiteral(":/icons/routing-group.svg");
    case NodeType::Connectors:
        return QStringLiteral(":/icons/connectors.svg");
    case NodeType::SmtpConnector:
        return QStringLiteral(":/icons/smtp-connector.svg");
    case NodeType::RoutingGroupConnector:
        return QStringLiteral(":/icons/routing-group-connector.svg");
    case NodeType::Members:
        return QStringLiteral(":/icons/members.svg");
    case NodeType::MemberServer:
        return QStringLiteral(":/icons/member-server.svg");
    }
    return QStringLiteral(":/icons/folder.svg");
}

} // namespace console
