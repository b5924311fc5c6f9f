#include "EntryTreeModel.h"

#include <algorithm>
#include <functional>

namespace console {

using directory::Dn;
using directory::FeedChange;

int EntryTreeModel::Node::row() const {
    if (!parent)
        return 0;
    const auto &siblings = parent->children;
    for (size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i].get() == this)
            return int(i);
    return 0;
}

EntryTreeModel::EntryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {}

EntryTreeModel::~EntryTreeModel() = default;

void EntryTreeModel::setBase(const QString &base) {
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byKey.clear();
    m_base = Dn::parse(base);
    endResetModel();
}

void EntryTreeModel::clear() {
    setBase(m_base.toString());
}

QString EntryTreeModel::sortKey(const Node *node) {
    return node->dn.rdnValue().toCaseFolded();
}

EntryTreeModel::Node *EntryTreeModel::ensureNode(const Dn &dn) {
    if (Node *existing = m_byKey.value(dn.key()))
        return existing;
    // The base is a top-level node; anything outside it hangs at the top by its full name.
    Node *parent = m_root.get();
    if (dn.isDescendantOf(m_base))
        parent = ensureNode(dn.parent());
    auto node = std::make_unique<Node>();
    node->dn = dn;
    Node *raw = node.get();
    m_byKey.insert(dn.key(), raw);
    insertChild(parent, std::move(node));
    return raw;
}

void EntryTreeModel::insertChild(Node *parent, std::unique_ptr<Node> child) {
    const QString key = sortKey(child.get());
    auto pos = std::lower_bound(
        parent->children.begin(), parent->children.end(), key,
        [](const std::unique_ptr<Node> &n, const QString &k) { return sortKey(n.get()) < k; });
    const int row = int(pos - parent->children.begin());
    beginInsertRows(indexOf(parent), row, row);
    child->parent = parent;
    parent->children.insert(pos, std::move(child));
    endInsertRows();
}

void EntryTreeModel::forget(Node *node) {
    m_byKey.remove(node->dn.key());
    for (auto &c : node->children)
        forget(c.get());
}

void EntryTreeModel::removeNode(Node *node) {
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void EntryTreeModel::apply(const QList<FeedChange> &changes) {
    for (const FeedChange &change : changes) {
        const Dn dn = Dn::parse(change.entry.dn());
        if (!dn.isValid())
            continue;
        switch (change.type) {
        case FeedChange::Type::Added:
        case FeedChange::Type::Modified: {
            Node *node = ensureNode(dn);
            node->entry = change.entry;
            node->present = true;
            const QModelIndex idx = indexOf(node);
            Q_EMIT dataChanged(idx, idx);
            break;
        }
        case FeedChange::Type::Deleted:
            if (Node *node = m_byKey.value(dn.key()))
                removeNode(node);
            break;
        case FeedChange::Type::Renamed: {
            // Move the subtree: take it out, rename every node under it, put it back in order.
            Node *node = m_byKey.value(Dn::parse(change.oldDn).key());
            if (!node) {
                ensureNode(dn)->entry = change.entry;
                break;
            }
            Node *oldParent = node->parent;
            const int row = node->row();
            beginRemoveRows(indexOf(oldParent), row, row);
            std::unique_ptr<Node> taken = std::move(oldParent->children[size_t(row)]);
            oldParent->children.erase(oldParent->children.begin() + row);
            forget(taken.get());
            endRemoveRows();
            const Dn oldDn = taken->dn;
            std::function<void(Node *)> rebase = [&](Node *n) {
                n->dn = n->dn.rebased(oldDn, dn);
                m_byKey.insert(n->dn.key(), n);
                for (auto &c : n->children)
                    rebase(c.get());
            };
            rebase(taken.get());
            taken->entry = change.entry;
            taken->present = true;
            Node *newParent = dn.isDescendantOf(m_base) ? ensureNode(dn.parent()) : m_root.get();
            insertChild(newParent, std::move(taken));
            break;
        }
        }
    }
}

QModelIndex EntryTreeModel::indexOf(const Node *node) const {
    if (!node || node == m_root.get())
        return QModelIndex();
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

EntryTreeModel::Node *EntryTreeModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex EntryTreeModel::indexForDn(const QString &dn) const {
    return indexOf(m_byKey.value(Dn::parse(dn).key()));
}

QModelIndex EntryTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (column != 0 || row < 0)
        return QModelIndex();
    const Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return QModelIndex();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex EntryTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return QModelIndex();
    return indexOf(nodeOf(child)->parent);
}

int EntryTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int EntryTreeModel::columnCount(const QModelIndex &) const {
    return 1;
}

QVariant EntryTreeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return QVariant();
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->parent == m_root.get() ? node->dn.toDisplayString() : node->dn.rdnValue();
    case Qt::ToolTipRole:
    case DnRole:
        return node->dn.toString();
    case ObjectClassRole: {
        const QStringList classes = node->entry.strings(QStringLiteral("objectClass"));
        return classes.isEmpty() ? QString() : classes.last();
    }
    default:
        return QVariant();
    }
}

QVariant EntryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Name");
    return QVariant();
}

} // namespace console
