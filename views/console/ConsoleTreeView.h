#pragma once

// The console tree (left pane) as a widget: the organization's nodes, renamed in place with F2,
// opened once to the first levels when a directory has been read, and able to reveal any node.

#include <QTreeView>

namespace console {
class ConsoleTreeModel;
}

namespace consoleui {

class ConsoleTreeView : public QTreeView {
    Q_OBJECT
public:
    ConsoleTreeView(console::ConsoleTreeModel *model, QWidget *parent = nullptr);

    // Expands the parents of `index`, makes it current and scrolls to it.
    bool reveal(const QModelIndex &index);
    // The next organization that appears opens and becomes current, as ESM does when it connects.
    void expandOnNextLoad() { m_expandedOnce = false; }

private:
    void onRowsInserted(const QModelIndex &parent);

    console::ConsoleTreeModel *m_model;
    bool m_expandedOnce = false;
};

} // namespace consoleui
