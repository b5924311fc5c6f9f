#include "HelpCommand.h"

namespace commands {

QString HelpCommand::pageFor(console::NodeType type) {
    using console::NodeType;
    switch (type) {
    case NodeType::Server:
    case NodeType::Servers:
    case NodeType::Protocols:
    case NodeType::Smtp:
    case NodeType::VirtualServer:
        return QStringLiteral("servers.html");
    case NodeType::Queues:
        return QStringLiteral("queues.html");
    case NodeType::RoutingGroups:
    case NodeType::RoutingGroup:
    case NodeType::Members:
    case NodeType::MemberServer:
        return QStringLiteral("routing-groups.html");
    case NodeType::Connectors:
    case NodeType::SmtpConnector:
    case NodeType::RoutingGroupConnector:
        return QStringLiteral("connectors.html");
    case NodeType::Organization:
    case NodeType::AdminGroups:
    case NodeType::AdminGroup:
        break;
    }
    return QStringLiteral("console.html");
}

void HelpCommand::run(const console::Selection &selection) {
    context()->showHelp(selection.isEmpty() ? QString() : pageFor(selection.first().type));
}

} // namespace commands
