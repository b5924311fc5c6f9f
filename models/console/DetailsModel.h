#pragma once

// The details pane (right): the children of the node selected in the console tree, with columns
// that fit what they are (connectors: address spaces, cost, scope, routing, bridgeheads; virtual
// servers: IP address, port, FQDN, smart host; servers: routing group, version). It mirrors the
// tree's rows and forwards its changes, so it is live whenever the tree is.

#include "ConsoleTreeModel.h"

#include <QAbstractTableModel>
#include <QPersistentModelIndex>

namespace console {

class DetailsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Layout { Generic, Connectors, VirtualServers, Servers };
    enum Role { SortRole = Qt::UserRole + 100 };

    DetailsModel(ConsoleTreeModel *tree, const topology::Topology *topology, QObject *parent = nullptr);

    // Shows the children of this tree index (an invalid index shows nothing).
    void setParentNode(const QModelIndex &treeIndex);
    QModelIndex parentNode() const { return m_parent; }
    Layout layout() const { return m_layout; }
    QModelIndex treeIndex(int row) const;
    NodeRef nodeRef(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows as CSV (RFC 4180), header first; `rows` in view order (empty: all rows).
    QString toCsv(const QList<int> &rows = {}) const;

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
