#pragma once

// The details pane (right): the children of the selected tree node as a sortable list whose
// columns fit their contents, with the columns the user chose for that kind of list (kept in
// QSettings), or a short explanation where there is nothing to list. Other views can take the
// pane's place for a kind of node (setViewFor).

#include "NodeType.h"

#include <QHash>
#include <QStackedWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace console {
class DetailsModel;
}

namespace consoleui {

class DetailsPane : public QStackedWidget {
    Q_OBJECT
public:
    DetailsPane(console::DetailsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    console::DetailsModel *model() const { return m_model; }
    // The explanation shown instead of an empty list.
    QLabel *explanationLabel() const { return m_explanation; }
    // The model row behind a view index.
    int sourceRow(const QModelIndex &viewIndex) const;
    // Model rows in the order shown.
    QList<int> rowsInViewOrder() const;
    // Model rows of the selected lines.
    QList<int> selectedRows() const;
    // Writes the rows as shown (visible columns included) to a CSV file; false with a message.
    bool exportTo(const QString &fileName, QString *error) const;

    // The columns hidden in the current kind of list, by DetailsModel::columnKey(); kept per kind.
    QStringList hiddenColumns() const;
    void setHiddenColumns(const QStringList &keys);

    // Shows `view` instead of the list whenever a node of `type` is selected.
    void setViewFor(console::NodeType type, QWidget *view);
    // Which node the pane shows now (set by the window when the tree's selection changes).
    void showNode(const console::NodeRef &node);

Q_SIGNALS:
    // A line was double-clicked (or Enter pressed on it).
    void rowActivated(int sourceRow);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);

private:
    void fitColumns();
    void applyHiddenColumns();
    void updatePage();
    QString settingsKey() const;

    console::DetailsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_explanation;
    QHash<console::NodeType, QWidget *> m_views;
    console::NodeRef m_node;
    bool m_fitPending = false;
};

} // namespace consoleui
