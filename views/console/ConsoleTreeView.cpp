#include "ConsoleTreeView.h"

#include "ConsoleTreeModel.h"

namespace consoleui {

ConsoleTreeView::ConsoleTreeView(console::ConsoleTreeModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("consoleTree"));
    setModel(model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConsoleTreeView::onRowsInserted);
}

void ConsoleTreeView::onRowsInserted(const QModelIndex &parent) {
    if (m_expandedOnce || parent.isValid() || m_model->rowCount() == 0)
        return;
    m_expandedOnce = true;
    const QModelIndex org = m_model->index(0, 0);
    expand(org);
    setCurrentIndex(org);
}

bool ConsoleTreeView::reveal(const QModelIndex &index) {
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

} // namespace consoleui
