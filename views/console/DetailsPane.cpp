#include "DetailsPane.h"

#include "DetailsModel.h"
#include "ListExport.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace consoleui {

DetailsPane::DetailsPane(console::DetailsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this)) {
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(console::DetailsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("detailsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(sourceRow(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DetailsPane::selectionChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &DetailsPane::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &DetailsPane::fitColumns);
}

int DetailsPane::sourceRow(const QModelIndex &viewIndex) const {
    return m_proxy->mapToSource(viewIndex).row();
}

QList<int> DetailsPane::rowsInViewOrder() const {
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << sourceRow(m_proxy->index(r, 0));
    return rows;
}

QList<int> DetailsPane::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << sourceRow(index);
    return rows;
}

bool DetailsPane::exportTo(const QString &fileName, QString *error) const {
    return console::ListExport::write(*m_model, rowsInViewOrder(), fileName, error);
}

void DetailsPane::fitColumns() {
    // Once per event-loop turn, however many rows arrive in it.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, [this] {
        m_fitPending = false;
        QHeaderView *header = m_view->header();
        header->resizeSections(QHeaderView::ResizeToContents);
        for (int c = 0; c < header->count(); ++c)
            header->resizeSection(c, std::clamp(header->sectionSize(c) + 12, 70, 280));
    });
}

} // namespace consoleui
