#pragma once

// The kinds of node in the console tree, including the ones that are not directory entries
// (Queues, Members). Shared by the tree, the details pane and the console actions.

#include "Dn.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace console {

enum class NodeType {
    Organization,
    AdminGroups,
    AdminGroup,
    Servers,
    Server,
    Protocols,
    Smtp,
    VirtualServer,
    Queues,
    RoutingGroups,
    RoutingGroup,
    Connectors,
    SmtpConnector,
    RoutingGroupConnector,
    Members,
    MemberServer,
};

// A selected node as actions see it: its type and the directory object it stands for (for Queues
// and Members: the server / routing group they belong to; for MemberServer: the server).
struct NodeRef {
    NodeType type = NodeType::Organization;
    directory::Dn dn;
    QString name;
};

using Selection = QList<NodeRef>;

// The icon resource for a node type (":/icons/server.svg" …).
QString iconPath(NodeType type);

} // namespace console

Q_DECLARE_METATYPE(console::NodeRef)
