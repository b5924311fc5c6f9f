#pragma once

// One console action ("Properties", "Delete", …): its text and shortcut, which selections it
// applies to, where it sits in the Action menu, and what it does. The ActionController turns each
// into a QAction and enables it from the current selection.

#include "CommandContext.h"
#include "NodeType.h"

#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>

namespace commands {

class ConsoleCommand {
public:
    // Where a command appears in the Action menu and the context menus, in this order, as in ESM.
    // The groups from Edit on are MMC's standard verbs: always listed, greyed when they do not
    // apply. The others are listed only where they apply.
    enum class Group {
        New,      // Action › New › …
        AllTasks, // Action › All Tasks › …
        Tasks,    // commands of their own for the selected kind of node
        Edit,     // Delete, Rename
        View,     // Refresh, Export List…
        Properties,
        Help,
    };

    explicit ConsoleCommand(CommandContext *context)
        : m_context(context) {}
    virtual ~ConsoleCommand() = default;

    virtual QString id() const = 0; // objectName of its QAction
    virtual QString text() const = 0;
    // Shown as the toolbar button's tooltip and in the status bar.
    virtual QString toolTip() const { return QString(); }
    virtual QKeySequence shortcut() const { return QKeySequence(); }
    virtual QIcon icon() const { return QIcon(); }
    virtual Group group() const { return inNewSubmenu() ? Group::New : Group::Tasks; }
    // Whether it needs a directory that accepts writes (not while reconnecting).
    virtual bool writes() const { return false; }
    // Commands that make new objects: on the toolbar's New button, and in the New submenu of the
    // Action and context menus unless they stand on their own there (the Internet Mail Wizard).
    virtual bool createsObject() const { return false; }
    virtual bool inNewSubmenu() const { return createsObject(); }
    virtual bool appliesTo(const console::Selection &selection) const = 0;
    virtual void run(const console::Selection &selection) = 0;

    bool isStandardVerb() const { return group() >= Group::Edit; }

protected:
    CommandContext *context() const { return m_context; }
    static bool allOf(const console::Selection &selection, std::initializer_list<console::NodeType> types);

private:
    CommandContext *m_context;
};

} // namespace commands
