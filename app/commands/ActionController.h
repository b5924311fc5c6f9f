#pragma once

// Owns the console commands and their QActions, and enables each from the current selection and
// from whether the directory accepts writes. Menus, the toolbar and context menus all use these
// same QActions, so they always agree.

#include "ConsoleCommand.h"

#include <QAction>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class QMenu;

namespace commands {

class ActionController : public QObject {
    Q_OBJECT
public:
    ActionController(CommandContext *context, QObject *parent);
    ~ActionController() override;

    void setSelection(const console::Selection &selection);
    const console::Selection &selection() const { return m_selection; }
    void setWritable(bool writable);
    void update();

    QAction *action(const QString &id) const;
    QList<QAction *> actions() const;
    // The context menu for the current selection: the actions that apply, those that create an
    // object in a New submenu first.
    void fillMenu(QMenu *menu) const;
    // Only the actions that create objects and apply (the toolbar's New button).
    void fillNewMenu(QMenu *menu) const;
    // Whether one of those is enabled now.
    bool canCreate() const;

Q_SIGNALS:
    // The actions were enabled or disabled again (selection or writability changed).
    void updated();

private:
    std::vector<std::unique_ptr<ConsoleCommand>> m_commands;
    QList<QAction *> m_actions;
    console::Selection m_selection;
    bool m_writable = false;
};

} // namespace commands
