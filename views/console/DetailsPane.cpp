#include "DetailsPane.h"

#include "DetailsModel.h"
#include "ListExport.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace consoleui {

namespace {
constexpr int MinColumnWidth = 70;
constexpr int MaxColumnWidth = 280;
} // namespace

DetailsPane::DetailsPane(console::DetailsModel *model, QWidget *parent)
    : QStackedWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_explanation(new QLabel(this)) {
    setObjectName(QStringLiteral("detailsPane"));
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

    m_explanation->setObjectName(QStringLiteral("detailsExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setMargin(16);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAutoFillBackground(true);
    m_explanation->setBackgroundRole(QPalette::Base);

    addWidget(m_view);
    addWidget(m_explanation);

    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(sourceRow(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DetailsPane::selectionChanged);
    connect(m_view, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        fitColumns();
        updatePage();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DetailsPane::updatePage);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        applyHiddenColumns();
        fitColumns();
        updatePage();
    });
    updatePage();
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
    QList<int> columns;
    for (int visual = 0; visual < m_view->header()->count(); ++visual) {
        const int c = m_view->header()->logicalIndex(visual);
        if (!m_view->header()->isSectionHidden(c))
            columns << c;
    }
    return console::ListExport::write(*m_model, rowsInViewOrder(), columns, fileName, error);
}

QString DetailsPane::settingsKey() const {
    return QStringLiteral("details/%1/hiddenColumns")
        .arg(console::DetailsModel::layoutKey(m_model->layout()));
}

QStringList DetailsPane::hiddenColumns() const {
    QStringList keys;
    for (int c = 1; c < m_model->columnCount(); ++c)
        if (m_view->header()->isSectionHidden(c))
            keys << m_model->columnKey(c);
    return keys;
}

void DetailsPane::setHiddenColumns(const QStringList &keys) {
    QStringList known;
    for (int c = 1; c < m_model->columnCount(); ++c)
        if (keys.contains(m_model->columnKey(c)))
            known << m_model->columnKey(c);
    QSettings().setValue(settingsKey(), known);
    applyHiddenColumns();
    fitColumns();
}

void DetailsPane::applyHiddenColumns() {
    // The name column always stays: it is what the list is of.
    const QStringList hidden = QSettings().value(settingsKey()).toStringList();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->header()->setSectionHidden(c, c > 0 && hidden.contains(m_model->columnKey(c)));
}

void DetailsPane::setViewFor(console::NodeType type, QWidget *view) {
    m_views.insert(type, view);
    addWidget(view);
    updatePage();
}

void DetailsPane::showNode(const console::NodeRef &node) {
    m_node = node;
    updatePage();
}

void DetailsPane::updatePage() {
    if (QWidget *custom = m_views.value(m_node.type); custom && m_model->parentNode().isValid()) {
        setCurrentWidget(custom);
        return;
    }
    const QString explanation = m_model->explanation();
    m_explanation->setText(explanation);
    setCurrentWidget(explanation.isEmpty() ? static_cast<QWidget *>(m_view) : m_explanation);
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
            header->resizeSection(c, std::clamp(header->sectionSize(c) + 12, MinColumnWidth, MaxColumnWidth));
    });
}

} // namespace consoleui
