#include "DetailsModel.h"

#include "ExchangeServer.h"
#include "RoutingGroupConnector.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"

#include <QColor>

namespace console {

using directory::Dn;
using topology::AddressSpace;

namespace {
// "a, b" with each value once, in first-seen order: a cell for a list of values.
QString joinDistinct(QStringList values) {
    values.removeDuplicates();
    return values.join(QStringLiteral(", "));
}
} // namespace

DetailsModel::DetailsModel(ConsoleTreeModel *tree, const topology::Topology *topology, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tree(tree)
    , m_topology(topology) {
    connect(tree, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &p, int first, int last) {
                if (isOurs(p))
                    beginInsertRows(QModelIndex(), first, last);
            });
    connect(tree, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &p) {
        if (isOurs(p))
            endInsertRows();
    });
    connect(tree, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &p, int first, int last) {
                if (isOurs(p)) {
                    beginRemoveRows(QModelIndex(), first, last);
                    return;
                }
                // The shown node itself (or an ancestor) goes away: show nothing.
                for (QModelIndex i = m_parent; i.isValid(); i = i.parent()) {
                    if (i.parent() == p && i.row() >= first && i.row() <= last) {
                        beginResetModel();
                        m_parent = QPersistentModelIndex();
                        m_layout = Layout::Generic;
                        m_resetPending = true;
                        return;
                    }
                }
            });
    connect(tree, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &p) {
        if (m_resetPending) {
            m_resetPending = false;
            endResetModel();
        } else if (isOurs(p)) {
            endRemoveRows();
        }
    });
    connect(tree, &QAbstractItemModel::rowsAboutToBeMoved, this,
            [this](const QModelIndex &from, int first, int last, const QModelIndex &to, int row) {
                if (isOurs(from) && isOurs(to))
                    beginMoveRows(QModelIndex(), first, last, QModelIndex(), row);
            });
    connect(tree, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &from, int, int, const QModelIndex &to) {
                if (isOurs(from) && isOurs(to))
                    endMoveRows();
            });
    connect(tree, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (isOurs(topLeft.parent()))
                    Q_EMIT dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), columnCount() - 1));
            });
    connect(tree, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_parent = QPersistentModelIndex();
    });
    connect(tree, &QAbstractItemModel::modelReset, this, &DetailsModel::endResetModel);
}

void DetailsModel::setParentNode(const QModelIndex &treeIndex) {
    // Called from within a reset when the shown node itself is being removed (the view moves its
    // current index): that reset already covers the change.
    const bool inReset = m_resetPending;
    if (!inReset)
        beginResetModel();
    m_parent = treeIndex;
    m_layout = Layout::Generic;
    if (treeIndex.isValid()) {
        switch (NodeType(treeIndex.data(ConsoleTreeModel::NodeTypeRole).toInt())) {
        case NodeType::Connectors:
            m_layout = Layout::Connectors;
            break;
        case NodeType::Smtp:
            m_layout = Layout::VirtualServers;
            break;
        case NodeType::Servers:
        case NodeType::Members:
            m_layout = Layout::Servers;
            break;
        default:
            break;
        }
    }
    if (!inReset)
        endResetModel();
}

QModelIndex DetailsModel::treeIndex(int row) const {
    return m_parent.isValid() ? m_tree->index(row, 0, m_parent) : QModelIndex();
}

NodeRef DetailsModel::nodeRef(int row) const {
    return m_tree->nodeRef(treeIndex(row));
}

int DetailsModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_parent.isValid())
        return 0;
    return m_tree->rowCount(m_parent);
}

int DetailsModel::columnCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    switch (m_layout) {
    case Layout::Connectors:
        return 6;
    case Layout::VirtualServers:
        return 5;
    case Layout::Servers:
        return 3;
    case Layout::Generic:
        break;
    }
    return 3;
}

QVariant DetailsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (m_layout) {
    case Layout::Connectors: {
        const QString names[] = {tr("Name"),  tr("Address spaces"), tr("Cost"),
                                 tr("Scope"), tr("Routing"),        tr("Local bridgeheads")};
        return section < 6 ? names[section] : QVariant();
    }
    case Layout::VirtualServers: {
        const QString names[] = {tr("Name"), tr("IP address"), tr("Port"), tr("FQDN"), tr("Smart host")};
        return section < 5 ? names[section] : QVariant();
    }
    case Layout::Servers: {
        const QString names[] = {tr("Name"), tr("Routing group"), tr("Version")};
        return section < 3 ? names[section] : QVariant();
    }
    case Layout::Generic:
        break;
    }
    const QString names[] = {tr("Name"), tr("Type"), tr("Description")};
    return section < 3 ? names[section] : QVariant();
}

QString DetailsModel::virtualServerNames(const QList<Dn> &dns) const {
    QStringList names;
    for (const Dn &dn : dns) {
        const auto *vs = m_topology->findAs<topology::SmtpVirtualServer>(dn);
        const auto *server = vs ? m_topology->find(vs->serverDn()) : nullptr;
        if (vs && server)
            names << tr("%1 – %2").arg(server->name(), vs->displayName());
        else
            names << tr("%1 (not found)").arg(dn.toDisplayString());
    }
    return names.join(QStringLiteral("; "));
}

QString DetailsModel::problems(const NodeRef &node, int column) const {
    QStringList out;
    const topology::DirectoryObject *object = m_topology->find(node.dn);
    if (m_layout == Layout::Connectors) {
        if (const auto *c = dynamic_cast<const topology::SmtpConnector *>(object)) {
            if (column == 1 || column == 2)
                for (const auto &value : c->addressSpaceValues())
                    if (!value.isValid())
                        out << tr("“%1”: %2").arg(value.raw, value.error);
            if (column == 4 && !c->usesDns() && !c->smartHostValue().isValid())
                out << c->smartHostValue().error;
        }
    } else if (m_layout == Layout::VirtualServers) {
        if (const auto *vs = dynamic_cast<const topology::SmtpVirtualServer *>(object)) {
            if (column == 1 || column == 2)
                for (const auto &b : vs->bindingValues())
                    if (!b.isValid())
                        out << tr("“%1”: %2").arg(b.raw, b.error);
            if (column == 4 && !vs->smartHostValue().raw.isEmpty() && !vs->smartHostValue().isValid())
                out << vs->smartHostValue().error;
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString DetailsModel::text(const NodeRef &node, int column) const {
    if (column == 0)
        return node.name;
    const topology::DirectoryObject *object = m_topology->find(node.dn);
    switch (m_layout) {
    case Layout::Connectors: {
        if (const auto *c = dynamic_cast<const topology::SmtpConnector *>(object)) {
            const QList<AddressSpace> spaces = c->addressSpaces();
            switch (column) {
            case 1: {
                QStringList list;
                for (const auto &value : c->addressSpaceValues())
                    list << (value.isValid()
                                 ? QStringLiteral("%1:%2").arg(value.value->type(), value.value->address())
                                 : tr("%1 (invalid)").arg(value.raw));
                return list.join(QStringLiteral(", "));
            }
            case 2: {
                QStringList costs;
                for (const AddressSpace &s : spaces)
                    costs << QString::number(s.cost());
                return joinDistinct(costs);
            }
            case 3:
                return c->scope() == AddressSpace::Scope::RoutingGroup ? tr("Routing group")
                                                                       : tr("Entire organization");
            case 4:
                if (c->usesDns())
                    return tr("DNS");
                // An unusable value is shown as stored, never as DNS.
                return c->smartHostValue().isValid()
                           ? tr("Smart hosts: %1").arg(c->smartHosts().toString())
                           : tr("Smart hosts: %1 (invalid)").arg(c->smartHostValue().raw);
            case 5:
                return c->bridgeheads().isEmpty() ? tr("(any server in the routing group)")
                                                  : virtualServerNames(c->bridgeheads());
            }
        } else if (const auto *rgc = dynamic_cast<const topology::RoutingGroupConnector *>(object)) {
            const topology::DirectoryObject *target = m_topology->find(rgc->destinationRoutingGroup());
            switch (column) {
            case 1:
                return tr("Routing group: %1")
                    .arg(target ? target->name() : rgc->destinationRoutingGroup().rdnValue());
            case 2:
                return QString::number(rgc->cost());
            case 3:
                return tr("Entire organization");
            case 4:
                return tr("Routing group connector");
            case 5:
                return virtualServerNames(rgc->bridgeheads());
            }
        }
        return QString();
    }
    case Layout::VirtualServers: {
        const auto *vs = dynamic_cast<const topology::SmtpVirtualServer *>(object);
        if (!vs)
            return QString();
        const QList<topology::ServerBinding> bindings = vs->bindings();
        switch (column) {
        case 1: {
            QStringList list;
            for (const auto &b : vs->bindingValues())
                list << (b.isValid() ? b.value->displayAddress() : tr("%1 (invalid)").arg(b.raw));
            return joinDistinct(list);
        }
        case 2: {
            QStringList list;
            for (const auto &b : bindings)
                list << QString::number(b.port());
            return joinDistinct(list);
        }
        case 3:
            return vs->fqdn();
        case 4:
            if (!vs->smartHostValue().raw.isEmpty() && !vs->smartHostValue().isValid())
                return tr("%1 (invalid)").arg(vs->smartHostValue().raw);
            return vs->smartHost().isEmpty() ? QString() : vs->smartHost().toString();
        }
        return QString();
    }
    case Layout::Servers: {
        const auto *server = dynamic_cast<const topology::ExchangeServer *>(object);
        if (!server)
            return QString();
        if (column == 1) {
            const topology::DirectoryObject *rg = m_topology->find(server->homeRoutingGroup());
            return rg ? rg->displayName() : server->homeRoutingGroup().rdnValue();
        }
        return server->version();
    }
    case Layout::Generic:
        break;
    }
    // Queues and Members stand for their server or routing group but are views of their own.
    if (node.type == NodeType::Queues)
        return column == 1 ? tr("Mail queues") : QString();
    if (node.type == NodeType::Members)
        return column == 1 ? tr("Routing group members") : QString();
    if (column == 1)
        return object ? topology::DirectoryObject::kindName(object->kind()) : tr("Folder");
    return object ? object->description() : QString();
}

QVariant DetailsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const QModelIndex tree = treeIndex(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: {
        const QString t = text(m_tree->nodeRef(tree), index.column());
        if (role == SortRole && m_layout == Layout::Connectors && index.column() == 2)
            return t.section(QLatin1Char(','), 0, 0).toInt();
        return t;
    }
    case Qt::DecorationRole:
        return index.column() == 0 ? tree.data(Qt::DecorationRole) : QVariant();
    case Qt::ToolTipRole: {
        const QString why = problems(m_tree->nodeRef(tree), index.column());
        return why.isEmpty() ? tree.data(Qt::ToolTipRole) : QVariant(why);
    }
    case Qt::ForegroundRole:
        // Values that do not parse stand out, with the reason in the tooltip.
        return problems(m_tree->nodeRef(tree), index.column()).isEmpty() ? QVariant()
                                                                         : QVariant(QColor(0xb0, 0x1e, 0x14));
    default:
        return QVariant();
    }
}

QString DetailsModel::toCsv(const QList<int> &rows) const {
    auto quote = [](QString field) {
        if (field.contains(QLatin1Char('"')) || field.contains(QLatin1Char(',')) ||
            field.contains(QLatin1Char('\n')))
            field =
                QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return field;
    };
    QString csv;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << quote(headerData(c, Qt::Horizontal).toString());
    csv += header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    QList<int> order = rows;
    if (order.isEmpty())
        for (int r = 0; r < rowCount(); ++r)
            order << r;
    for (int r : std::as_const(order)) {
        QStringList fields;
        for (int c = 0; c < columnCount(); ++c)
            fields << quote(data(index(r, c)).toString());
        csv += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv;
}

} // namespace console
