#include "ConsoleTreeModel.h"

#include "ExchangeServer.h"
#include "OverlayIconEngine.h"

#include <algorithm>

namespace console {

using directory::Dn;
using topology::DirectoryObject;
using topology::ObjectKind;

namespace {

QString nodeKey(NodeType type, const Dn &dn) {
    return QString::number(int(type)) + QLatin1Char('|') + dn.key();
}

// QString::compare(…, Qt::CaseInsensitive), with plain ASCII compared without Unicode case tables:
// every branch sorts its objects by name again when a batch changes it.
int compareIgnoringCase(QStringView a, QStringView b) {
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return a.mid(i).compare(b.mid(i), Qt::CaseInsensitive);
        if (x >= u'A' && x <= u'Z')
            x = char16_t(x + (u'a' - u'A'));
        if (y >= u'A' && y <= u'Z')
            y = char16_t(y + (u'a' - u'A'));
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool lessByName(const QString &a, const QString &b) {
    const int c = compareIgnoringCase(a, b);
    return c != 0 ? c < 0 : a < b;
}

} // namespace

ConsoleTreeModel::ConsoleTreeModel(const topology::Topology *topology, QObject *parent)
    : QAbstractItemModel(parent)
    , m_topology(topology)
    , m_root(std::make_unique<Node>()) {
    connect(topology, &topology::Topology::changed, this, &ConsoleTreeModel::onTopologyChanged);
    connect(topology, &topology::Topology::cleared, this, &ConsoleTreeModel::rebuild);
    rebuild();
}

ConsoleTreeModel::~ConsoleTreeModel() = default;

bool ConsoleTreeModel::isRenameable(NodeType type) {
    switch (type) {
    case NodeType::AdminGroup:
    case NodeType::VirtualServer:
    case NodeType::RoutingGroup:
    case NodeType::SmtpConnector:
    case NodeType::RoutingGroupConnector:
        return true;
    default:
        return false; // Exchange servers and the fixed containers keep their names
    }
}

void ConsoleTreeModel::rebuild() {
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byDn.clear();
    m_dirty.clear();
    m_changed.clear();
    endResetModel();
    sync(m_root.get(), true);
}

void ConsoleTreeModel::onTopologyChanged(const QList<topology::TopologyChange> &changes) {
    auto markPath = [this](QString key) {
        for (; !m_dirty.contains(key); key = Dn::parentKey(key)) {
            m_dirty.insert(key);
            if (key.isEmpty())
                break;
        }
    };
    for (const topology::TopologyChange &c : changes) {
        markPath(c.dn.key());
        m_changed.insert(c.dn.key());
        // A server's routing groups list it under Members (a node whose DN is the routing group's).
        for (const Dn &related : c.related)
            markPath(related.key());
    }
    sync(m_root.get(), false);
    m_dirty.clear();
    m_changed.clear();
}

QList<ConsoleTreeModel::Spec> ConsoleTreeModel::specsFor(const Node *node) const {
    QList<Spec> specs;
    const topology::Topology &t = *m_topology;
    auto container = [&](const Dn &parent, ObjectKind kind, NodeType type, const QString &name) {
        if (const DirectoryObject *o = t.childOfKind(parent, kind))
            specs.append(Spec{type, o->dn(), name, true});
    };
    auto objects = [&](const Dn &parent, std::initializer_list<std::pair<ObjectKind, NodeType>> kinds) {
        for (const auto &[kind, type] : kinds)
            for (const DirectoryObject *o : t.childrenOfKind(parent, kind))
                specs.append(Spec{type, o->dn(), o->displayName(), false});
    };
    switch (node == m_root.get() ? NodeType(-1) : node->type) {
    case NodeType::Organization:
        container(node->dn, ObjectKind::AdminGroupContainer, NodeType::AdminGroups,
                  tr("Administrative Groups"));
        break;
    case NodeType::AdminGroups:
        objects(node->dn, {{ObjectKind::AdminGroup, NodeType::AdminGroup}});
        break;
    case NodeType::AdminGroup:
        container(node->dn, ObjectKind::ServersContainer, NodeType::Servers, tr("Servers"));
        container(node->dn, ObjectKind::RoutingGroupContainer, NodeType::RoutingGroups, tr("Routing Groups"));
        break;
    case NodeType::Servers:
        objects(node->dn, {{ObjectKind::Server, NodeType::Server}});
        break;
    case NodeType::Server:
        specs.append(Spec{NodeType::Queues, node->dn, tr("Queues"), true});
        container(node->dn, ObjectKind::ProtocolsContainer, NodeType::Protocols, tr("Protocols"));
        break;
    case NodeType::Protocols:
        container(node->dn, ObjectKind::SmtpContainer, NodeType::Smtp, tr("SMTP"));
        break;
    case NodeType::Smtp:
        objects(node->dn, {{ObjectKind::VirtualServer, NodeType::VirtualServer}});
        break;
    case NodeType::RoutingGroups:
        objects(node->dn, {{ObjectKind::RoutingGroup, NodeType::RoutingGroup}});
        break;
    case NodeType::RoutingGroup:
        container(node->dn, ObjectKind::ConnectorsContainer, NodeType::Connectors, tr("Connectors"));
        specs.append(Spec{NodeType::Members, node->dn, tr("Members"), true});
        break;
    case NodeType::Connectors:
        objects(node->dn, {{ObjectKind::SmtpConnector, NodeType::SmtpConnector},
                           {ObjectKind::RoutingGroupConnector, NodeType::RoutingGroupConnector}});
        break;
    case NodeType::Members:
        for (const topology::ExchangeServer *server : t.members(node->dn))
            specs.append(Spec{NodeType::MemberServer, server->dn(), server->displayName(), false});
        break;
    case NodeType::VirtualServer:
    case NodeType::Queues:
    case NodeType::SmtpConnector:
    case NodeType::RoutingGroupConnector:
    case NodeType::MemberServer:
        break;
    default: // the invisible root
        if (const DirectoryObject *org = t.organization())
            specs.append(
                Spec{NodeType::Organization, org->dn(), tr("%1 (Exchange)").arg(org->displayName()), true});
        break;
    }
    // Containers first in their fixed order, then objects by name.
    std::stable_sort(specs.begin(), specs.end(), [node](const Spec &a, const Spec &b) {
        if (a.fixedOrder != b.fixedOrder)
            return a.fixedOrder;
        if (a.fixedOrder)
            return false;
        if (lessByName(a.name, b.name))
            return true;
        // Equal names (rare): by node key, made only then.
        return !lessByName(b.name, a.name) && keyFor(a.type, a.dn, node) < keyFor(b.type, b.dn, node);
    });
    return specs;
}

QString ConsoleTreeModel::keyFor(NodeType type, const Dn &dn, const Node *parent) {
    // A server under a routing group's Members: one node per routing group it is listed in.
    if (type == NodeType::MemberServer)
        return nodeKey(NodeType::Members, parent->dn) + QLatin1Char('/') + dn.key();
    return nodeKey(type, dn);
}

bool ConsoleTreeModel::isNodeFor(const Node *node, const Spec &spec) {
    return node->type == spec.type && node->dn.key() == spec.dn.key();
}

std::unique_ptr<ConsoleTreeModel::Node> ConsoleTreeModel::makeNode(const Spec &spec, Node *parent) {
    auto node = std::make_unique<Node>();
    node->type = spec.type;
    node->dn = spec.dn;
    node->name = spec.name;
    node->parent = parent;
    return node;
}

void ConsoleTreeModel::forget(Node *node) {
    m_byDn.remove(node->dn.key(), node);
    for (auto &c : node->children)
        forget(c.get());
}

void ConsoleTreeModel::renumber(Node *parent, int from) {
    for (size_t i = size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void ConsoleTreeModel::sync(Node *node, bool all) {
    const QList<Spec> specs = specsFor(node);
    const QModelIndex parentIndex = indexOf(node);
    auto &children = node->children;

    if (children.empty() && !specs.isEmpty()) {
        // A new branch: one insertion for all its rows.
        beginInsertRows(parentIndex, 0, int(specs.size()) - 1);
        for (const Spec &s : specs) {
            children.push_back(makeNode(s, node));
            m_byDn.insert(s.dn.key(), children.back().get());
        }
        renumber(node, 0);
        endInsertRows();
        for (auto &c : children)
            sync(c.get(), true);
        return;
    }

    // The common case, a load adding objects: the children are still wanted, in the same order, and
    // every spec that is not one of them is new. Only otherwise are they looked up one by one.
    size_t matched = 0;
    for (const Spec &s : specs)
        if (matched < children.size() && isNodeFor(children[matched].get(), s))
            ++matched;
    const bool onlyAdditions = matched == children.size();
    if (!onlyAdditions) {
        QSet<std::pair<int, QString>> wanted;
        wanted.reserve(specs.size());
        for (const Spec &s : specs)
            wanted.insert({int(s.type), s.dn.key()});
        for (int i = int(children.size()) - 1; i >= 0; --i) {
            if (wanted.contains({int(children[size_t(i)]->type), children[size_t(i)]->dn.key()}))
                continue;
            beginRemoveRows(parentIndex, i, i);
            forget(children[size_t(i)].get());
            children.erase(children.begin() + i);
            renumber(node, i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < specs.size(); ++i) {
        const Spec &s = specs[i];
        if (size_t(i) < children.size() && isNodeFor(children[size_t(i)].get(), s)) {
            Node *c = children[size_t(i)].get();
            if (c->name != s.name || m_changed.contains(c->dn.key()) || c->dn.toString() != s.dn.toString()) {
                c->name = s.name;
                c->dn = s.dn;
                const QModelIndex idx = createIndex(i, 0, c);
                Q_EMIT dataChanged(idx, idx);
            }
            continue;
        }
        int from = -1;
        for (size_t j = size_t(i) + 1; !onlyAdditions && j < children.size(); ++j)
            if (isNodeFor(children[j].get(), s)) {
                from = int(j);
                break;
            }
        if (from >= 0) {
            beginMoveRows(parentIndex, from, from, parentIndex, i);
            std::unique_ptr<Node> moving = std::move(children[size_t(from)]);
            children.erase(children.begin() + from);
            children.insert(children.begin() + i, std::move(moving));
            renumber(node, i);
            endMoveRows();
            Node *c = children[size_t(i)].get();
            c->name = s.name;
            const QModelIndex idx = createIndex(i, 0, c);
            Q_EMIT dataChanged(idx, idx);
        } else {
            // New rows in a run (up to the next existing child) go in as one insertion.
            int end = i + 1;
            if (onlyAdditions)
                while (end < specs.size() &&
                       !(size_t(i) < children.size() && isNodeFor(children[size_t(i)].get(), specs[end])))
                    ++end;
            std::vector<std::unique_ptr<Node>> added;
            added.reserve(size_t(end - i));
            for (int k = i; k < end; ++k)
                added.push_back(makeNode(specs[k], node));
            beginInsertRows(parentIndex, i, end - 1);
            children.insert(children.begin() + i, std::make_move_iterator(added.begin()),
                            std::make_move_iterator(added.end()));
            for (int k = i; k < end; ++k)
                m_byDn.insert(children[size_t(k)]->dn.key(), children[size_t(k)].get());
            renumber(node, i);
            endInsertRows();
            for (int k = i; k < end; ++k)
                sync(children[size_t(k)].get(), true);
            i = end - 1;
            continue;
        }
    }
    for (auto &c : children) {
        if (all || m_dirty.contains(c->dn.key()))
            sync(c.get(), all);
    }
}

QModelIndex ConsoleTreeModel::indexOf(const Node *node) const {
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

ConsoleTreeModel::Node *ConsoleTreeModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

NodeRef ConsoleTreeModel::nodeRef(const QModelIndex &index) const {
    if (!index.isValid())
        return NodeRef{};
    const Node *n = nodeOf(index);
    return NodeRef{n->type, n->dn, n->name};
}

QModelIndex ConsoleTreeModel::indexFor(const Dn &dn) const {
    // The object's own node, never its Queues, Members or Members entries.
    static constexpr NodeType order[] = {NodeType::Organization,
                                         NodeType::AdminGroups,
                                         NodeType::AdminGroup,
                                         NodeType::Servers,
                                         NodeType::Server,
                                         NodeType::Protocols,
                                         NodeType::Smtp,
                                         NodeType::VirtualServer,
                                         NodeType::RoutingGroups,
                                         NodeType::RoutingGroup,
                                         NodeType::Connectors,
                                         NodeType::SmtpConnector,
                                         NodeType::RoutingGroupConnector};
    const Node *best = nullptr;
    const auto rank = [](NodeType type) {
        return int(std::find(std::begin(order), std::end(order), type) - std::begin(order));
    };
    for (auto it = m_byDn.constFind(dn.key()); it != m_byDn.cend() && it.key() == dn.key(); ++it)
        if (rank(it.value()->type) < int(std::size(order)) &&
            (!best || rank(it.value()->type) < rank(best->type)))
            best = it.value();
    return indexOf(best);
}

QModelIndex ConsoleTreeModel::indexFor(const Dn &dn, NodeType type) const {
    if (type == NodeType::MemberServer)
        return QModelIndex(); // one per routing group: no single node
    for (auto it = m_byDn.constFind(dn.key()); it != m_byDn.cend() && it.key() == dn.key(); ++it)
        if (it.value()->type == type)
            return indexOf(it.value());
    return QModelIndex();
}

QModelIndex ConsoleTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0)
        return QModelIndex();
    const Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return QModelIndex();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ConsoleTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return QModelIndex();
    return indexOf(nodeOf(child)->parent);
}

int ConsoleTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ConsoleTreeModel::columnCount(const QModelIndex &) const {
    return 1;
}

void ConsoleTreeModel::setGateways(const QList<Dn> &servers) {
    QSet<QString> keys;
    for (const Dn &dn : servers)
        keys.insert(dn.key());
    if (keys == m_gateways)
        return;
    const QSet<QString> touched = (keys - m_gateways) + (m_gateways - keys);
    m_gateways = keys;
    for (const Node *n : std::as_const(m_byDn))
        if ((n->type == NodeType::Server || n->type == NodeType::MemberServer) &&
            touched.contains(n->dn.key())) {
            const QModelIndex idx = indexOf(n);
            Q_EMIT dataChanged(idx, idx, {Qt::DecorationRole, Qt::ToolTipRole});
        }
}

QIcon ConsoleTreeModel::icon(NodeType type) const {
    auto it = m_icons.find(int(type));
    if (it == m_icons.end())
        it = m_icons.insert(int(type), QIcon(iconPath(type)));
    return *it;
}

QVariant ConsoleTreeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return QVariant();
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return n->name;
    case Qt::DecorationRole:
        if ((n->type == NodeType::Server || n->type == NodeType::MemberServer) &&
            m_gateways.contains(n->dn.key())) {
            auto it = m_gatewayIcons.find(int(n->type));
            if (it == m_gatewayIcons.end())
                it = m_gatewayIcons.insert(
                    int(n->type), OverlayIconEngine::overlay(
                                      icon(n->type), QIcon(QStringLiteral(":/icons/gateway-emblem.svg"))));
            return *it;
        }
        return icon(n->type);
    case Qt::ToolTipRole:
        if ((n->type == NodeType::Server || n->type == NodeType::MemberServer) &&
            m_gateways.contains(n->dn.key()))
            return tr("%1\n%2\nInternet gateway").arg(n->name, n->dn.toDisplayString());
        return tr("%1\n%2").arg(n->name, n->dn.toDisplayString());
    case NodeTypeRole:
        return int(n->type);
    case DnRole:
        return n->dn.toString();
    case NodeKeyRole:
        return keyFor(n->type, n->dn, n->parent);
    default:
        return QVariant();
    }
}

QVariant ConsoleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Name");
    return QVariant();
}

Qt::ItemFlags ConsoleTreeModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isRenameable(nodeOf(index)->type))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ConsoleTreeModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || !isRenameable(nodeOf(index)->type))
        return false;
    const QString name = value.toString();
    if (name == nodeOf(index)->name)
        return false;
    Q_EMIT renameRequested(nodeRef(index), name);
    return false;
}

} // namespace console
