#include "NavigationHistory.h"

#include <QAction>
#include <QIcon>
#include <QTreeView>

namespace consoleui {

namespace {
constexpr qsizetype MaxEntries = 100;
}

NavigationHistory::NavigationHistory(QTreeView *tree)
    : QObject(tree)
    , m_tree(tree)
    , m_back(new QAction(QIcon(QStringLiteral(":/icons/nav-back.svg")), tr("&Back"), this))
    , m_forward(new QAction(QIcon(QStringLiteral(":/icons/nav-forward.svg")), tr("&Forward"), this))
    , m_up(new QAction(QIcon(QStringLiteral(":/icons/nav-up.svg")), tr("&Up One Level"), this)) {
    m_back->setObjectName(QStringLiteral("backAction"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Back (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setObjectName(QStringLiteral("forwardAction"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_up->setObjectName(QStringLiteral("upAction"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_up->setToolTip(tr("Up One Level (%1)").arg(m_up->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *a : {m_back, m_forward, m_up})
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_back, &QAction::triggered, this, &NavigationHistory::back);
    connect(m_forward, &QAction::triggered, this, &NavigationHistory::forward);
    connect(m_up, &QAction::triggered, this, &NavigationHistory::up);
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NavigationHistory::onCurrentChanged);
    // Removed nodes leave the lists as invalid entries; the buttons must not promise them.
    connect(tree->model(), &QAbstractItemModel::rowsRemoved, this, &NavigationHistory::updateActions);
    connect(tree->model(), &QAbstractItemModel::modelReset, this, &NavigationHistory::clear);
    updateActions();
}

void NavigationHistory::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous) {
    if (!m_navigating && previous.isValid() && current != previous) {
        m_backList.append(QPersistentModelIndex(previous));
        if (m_backList.size() > MaxEntries)
            m_backList.removeFirst();
        m_forwardList.clear();
    }
    updateActions();
}

void NavigationHistory::prune(QList<QPersistentModelIndex> &list) {
    list.removeIf([](const QPersistentModelIndex &i) { return !i.isValid(); });
}

void NavigationHistory::go(QList<QPersistentModelIndex> &from, QList<QPersistentModelIndex> &to) {
    prune(from);
    if (from.isEmpty())
        return;
    const QPersistentModelIndex target = from.takeLast();
    if (m_tree->currentIndex().isValid())
        to.append(QPersistentModelIndex(m_tree->currentIndex()));
    m_navigating = true;
    for (QModelIndex p = target.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(target);
    m_tree->scrollTo(target);
    m_navigating = false;
    updateActions();
}

void NavigationHistory::back() {
    go(m_backList, m_forwardList);
}

void NavigationHistory::forward() {
    go(m_forwardList, m_backList);
}

void NavigationHistory::up() {
    const QModelIndex parent = m_tree->currentIndex().parent();
    if (parent.isValid()) {
        m_tree->setCurrentIndex(parent);
        m_tree->scrollTo(parent);
    }
}

void NavigationHistory::clear() {
    m_backList.clear();
    m_forwardList.clear();
    updateActions();
}

void NavigationHistory::updateActions() {
    prune(m_backList);
    prune(m_forwardList);
    m_back->setEnabled(!m_backList.isEmpty());
    m_forward->setEnabled(!m_forwardList.isEmpty());
    m_up->setEnabled(m_tree->currentIndex().parent().isValid());
}

} // namespace consoleui
