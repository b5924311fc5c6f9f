#pragma once

// Back, Forward and Up one level for the console tree, as in MMC: remembers the nodes the user
// selected and goes back and forth between them. Nodes that have gone from the tree meanwhile are
// skipped.

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>

class QAction;
class QTreeView;

namespace consoleui {

class NavigationHistory : public QObject {
    Q_OBJECT
public:
    explicit NavigationHistory(QTreeView *tree);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *upAction() const { return m_up; }

    void back();
    void forward();
    void up();
    void clear();

private:
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void go(QList<QPersistentModelIndex> &from, QList<QPersistentModelIndex> &to);
    static void prune(QList<QPersistentModelIndex> &list);
    void updateActions();

    QTreeView *m_tree;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_up;
    QList<QPersistentModelIndex> m_backList;
    QList<QPersistentModelIndex> m_forwardList;
    bool m_navigating = false;
};

} // namespace consoleui
