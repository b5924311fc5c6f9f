#include "ActionController.h"

#include "ApplyToMailServerCommand.h"
#include "DeleteCommand.h"
#include "ExportListCommand.h"
#include "InternetMailCommand.h"
#include "NewConnectorCommand.h"
#include "NewVirtualServerCommand.h"
#include "PropertiesCommand.h"
#include "RefreshCommand.h"
#include "RenameCommand.h"
#include "TestRouteCommand.h"
#include "TrackMessageCommand.h"

#include <QMenu>

namespace commands {

ActionController::ActionController(CommandContext *context, QObject *parent)
    : QObject(parent) {
    m_commands.push_back(std::make_unique<NewVirtualServerCommand>(context));
    m_commands.push_back(std::make_unique<NewConnectorCommand>(context));
    m_commands.push_back(std::make_unique<InternetMailCommand>(context));
    m_commands.push_back(std::make_unique<PropertiesCommand>(context));
    m_commands.push_back(std::make_unique<RenameCommand>(context));
    m_commands.push_back(std::make_unique<DeleteCommand>(context));
    m_commands.push_back(std::make_unique<RefreshCommand>(context));
    m_commands.push_back(std::make_unique<ExportListCommand>(context));
    m_commands.push_back(std::make_unique<TestRouteCommand>(context));
    m_commands.push_back(std::make_unique<ApplyToMailServerCommand>(context));
    m_commands.push_back(std::make_unique<TrackMessageCommand>(context));
    for (const auto &command : m_commands) {
        auto *action = new QAction(command->icon(), command->text(), this);
        action->setObjectName(command->id());
        if (!command->shortcut().isEmpty()) {
            action->setShortcut(command->shortcut());
            action->setShortcutContext(Qt::WindowShortcut);
        }
        ConsoleCommand *raw = command.get();
        connect(action, &QAction::triggered, this, [this, raw] {
            if (raw->appliesTo(m_selection) && (!raw->writes() || m_writable))
                raw->run(m_selection);
        });
        m_actions.append(action);
    }
    update();
}

ActionController::~ActionController() = default;

void ActionController::setSelection(const console::Selection &selection) {
    m_selection = selection;
    update();
}

void ActionController::setWritable(bool writable) {
    m_writable = writable;
    update();
}

void ActionController::update() {
    for (size_t i = 0; i < m_commands.size(); ++i) {
        const ConsoleCommand *c = m_commands[i].get();
        m_actions[qsizetype(i)]->setEnabled(c->appliesTo(m_selection) && (!c->writes() || m_writable));
    }
    Q_EMIT updated();
}

bool ActionController::canCreate() const {
    for (size_t i = 0; i < m_commands.size(); ++i)
        if (m_commands[i]->createsObject() && m_actions[qsizetype(i)]->isEnabled())
            return true;
    return false;
}

QAction *ActionController::action(const QString &id) const {
    for (QAction *a : m_actions)
        if (a->objectName() == id)
            return a;
    return nullptr;
}

QList<QAction *> ActionController::actions() const {
    return m_actions;
}

void ActionController::fillMenu(QMenu *menu) const {
    QMenu *newMenu = nullptr;
    for (size_t i = 0; i < m_commands.size(); ++i) {
        if (!m_commands[i]->appliesTo(m_selection))
            continue;
        if (m_commands[i]->inNewSubmenu()) {
            if (!newMenu) {
                newMenu = menu->addMenu(tr("&New"));
                newMenu->setObjectName(QStringLiteral("newMenu"));
            }
            newMenu->addAction(m_actions[qsizetype(i)]);
        } else {
            menu->addAction(m_actions[qsizetype(i)]);
        }
    }
}

void ActionController::fillNewMenu(QMenu *menu) const {
    for (size_t i = 0; i < m_commands.size(); ++i)
        if (m_commands[i]->createsObject() && m_commands[i]->appliesTo(m_selection))
            menu->addAction(m_actions[qsizetype(i)]);
}

} // namespace commands
