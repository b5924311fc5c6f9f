#pragma once

// The details pane (right): the children of the node selected in the console tree, with columns
// that fit what they are (connectors: type, address spaces, cost, scope, routing, bridgeheads;
// virtual servers: IP address, port, FQDN, smart host; servers: routing group, version; members:
// role, version). It mirrors the tree's rows and forwards its changes, so it is live whenever the
// tree is. A node with nothing below it gets a short explanation instead of an empty list.

#include "ConsoleTreeModel.h"

#include <QAbstractTableModel>
#include <QPersistentModelIndex>

namespace console {

class DetailsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Layout { Generic, Connectors, VirtualServers, Servers, Members };
    enum Role { SortRole = Qt::UserRole + 100 };

    DetailsModel(ConsoleTreeModel *tree, const topology::Topology *topology, QObject *parent = nullptr);

    // Shows the children of this tree index (an invalid index shows nothing).
    void setParentNode(const QModelIndex &treeIndex);
    QModelIndex parentNode() const { return m_parent; }
    Layout layout() const { return m_layout; }
    // A name for the layout that stays the same across versions and languages ("connectors"), and
    // one for each column ("addressSpaces"): for settings such as the columns a user hides.
    static QString layoutKey(Layout layout);
    QString columnKey(int section) const;
    // What to show instead of an empty list (for a leaf, Queues, an empty container); "" when the
    // node has rows or nothing is shown.
    QString explanation() const;
    QModelIndex treeIndex(int row) const;
    NodeRef nodeRef(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows as CSV (RFC 4180), header first; `rows` in view order (empty: all rows), `columns`
    // the ones shown (empty: all columns).
    QString toCsv(const QList<int> &rows = {}, const QList<int> &columns = {}) const;

private:
    QString text(const NodeRef &node, int column) const;
    // Why the values in this cell do not parse (one line each), or "".
    QString problems(const NodeRef &node, int column) const;
    QString virtualServerNames(const QList<directory::Dn> &dns) const;
    bool isOurs(const QModelIndex &treeParent) const { return m_parent.isValid() && treeParent == m_parent; }

    ConsoleTreeModel *m_tree;
    const topology::Topology *m_topology;
    QPersistentModelIndex m_parent;
    Layout m_layout = Layout::Generic;
    bool m_resetPending = false;
};

} // namespace console
