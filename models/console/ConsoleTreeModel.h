#pragma once

// The console tree (left pane): Organization → Administrative Groups → … → SMTP virtual servers,
// Routing Groups → Connectors, Members, and a Queues node per server. Built from the Topology and
// kept current by reconciling only the branches a change touches, so expansion and selection
// survive live updates.

#include "NodeType.h"
#include "Topology.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>

#include <memory>
#include <vector>

namespace console {

class ConsoleTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { NodeTypeRole = Qt::UserRole + 1, DnRole, NodeKeyRole };

    explicit ConsoleTreeModel(const topology::Topology *topology, QObject *parent = nullptr);
    ~ConsoleTreeModel() override;

    NodeRef nodeRef(const QModelIndex &index) const;
    // The node for a directory object (or, with a type, the node of that type for it, e.g. Queues).
    QModelIndex indexFor(const directory::Dn &dn) const;
    QModelIndex indexFor(const directory::Dn &dn, NodeType type) const;
    int nodeCount() const { return int(m_byDn.size()); }
    // The servers marked as Internet gateways: their nodes (and Members entries) carry the gateway
    // emblem on their icon.
    void setGateways(const QList<directory::Dn> &servers);
    bool isGateway(const directory::Dn &server) const { return m_gateways.contains(server.key()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing a name does not change the model: it asks for a rename, and the directory's answer
    // comes back through the Topology like any other change.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static bool isRenameable(NodeType type);

Q_SIGNALS:
    void renameRequested(const console::NodeRef &node, const QString &newName);

private:
    struct Node {
        NodeType type = NodeType::Organization;
        directory::Dn dn;
        QString name;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    // A child a node should have. Within one parent, the type and the DN tell children apart.
    struct Spec {
        NodeType type;
        directory::Dn dn;
        QString name;
        bool fixedOrder; // containers keep their place; objects are sorted by name
    };

    void onTopologyChanged(const QList<topology::TopologyChange> &changes);
    void rebuild();
    QList<Spec> specsFor(const Node *node) const;
    void sync(Node *node, bool all);
    static QString keyFor(NodeType type, const directory::Dn &dn, const Node *parent);
    static bool isNodeFor(const Node *node, const Spec &spec);
    std::unique_ptr<Node> makeNode(const Spec &spec, Node *parent);
    void forget(Node *node);
    void renumber(Node *parent, int from);
    QModelIndex indexOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;
    QIcon icon(NodeType type) const;

    const topology::Topology *m_topology;
    std::unique_ptr<Node> m_root; // invisible; its child is the organization
    // Every node by the key of its DN: a server's DN is also that of its Queues node and of its
    // entries under Members, a routing group's that of its Members node.
    QMultiHash<QString, Node *> m_byDn;
    QSet<QString> m_dirty;   // DN keys whose subtrees must be reconciled
    QSet<QString> m_changed; // DN keys whose own data changed
    mutable QHash<int, QIcon> m_icons;
    QSet<QString> m_gateways; // server DN keys
    mutable QHash<int, QIcon> m_gatewayIcons;
};

} // namespace console
