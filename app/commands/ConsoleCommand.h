#pragma once

// One console action ("Properties", "Delete", …): its text and shortcut, which selections it
// applies to, and what it does. The ActionController turns each into a QAction and enables it
// from the current selection.

#include "CommandContext.h"
#include "NodeType.h"

#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>

namespace commands {

class ConsoleCommand {
public:
    explicit ConsoleCommand(CommandContext *context)
        : m_context(context) {}
    virtual ~ConsoleCommand() = default;

    virtual QString id() const = 0; // objectName of its QAction
    virtual QString text() const = 0;
    virtual QKeySequence shortcut() const { return QKeySequence(); }
    virtual QIcon icon() const { return QIcon(); }
    // Whether it needs a directory that accepts writes (not while reconnecting).
    virtual bool writes() const { return false; }
    // Commands that make new objects: on the toolbar's New button, and in the New submenu of the
    // Action and context menus unless they stand on their own there (the Internet Mail Wizard).
    virtual bool createsObject() const { return false; }
    virtual bool inNewSubmenu() const { return createsObject(); }
    virtual bool appliesTo(const console::Selection &selection) const = 0;
    virtual void run(const console::Selection &selection) = 0;

protected:
    CommandContext *context() const { return m_context; }
    static bool allOf(const console::Selection &selection, std::initializer_list<console::NodeType> types);

private:
    CommandContext *m_context;
};

} // namespace commands
