#pragma once

// The details pane (right): the children of the selected tree node as a sortable list whose
// columns fit their contents, in the order the user sorted them.

#include <QWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace console {
class DetailsModel;
}

namespace consoleui {

class DetailsPane : public QWidget {
    Q_OBJECT
public:
    DetailsPane(console::DetailsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    console::DetailsModel *model() const { return m_model; }
    // The model row behind a view index.
    int sourceRow(const QModelIndex &viewIndex) const;
    // Model rows in the order shown.
    QList<int> rowsInViewOrder() const;
    // Model rows of the selected lines.
    QList<int> selectedRows() const;
    // Writes the rows as shown to a CSV file; false with a message on failure.
    bool exportTo(const QString &fileName, QString *error) const;

Q_SIGNALS:
    // A line was double-clicked (or Enter pressed on it).
    void rowActivated(int sourceRow);
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);

private:
    void fitColumns();

    console::DetailsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    bool m_fitPending = false;
};

} // namespace consoleui
