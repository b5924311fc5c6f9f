#include "ActionController.h"

#include "CopyDnCommand.h"
#include "ApplyToMailServerCommand.h"
#include "DeleteCommand.h"
#include "DirectorySession.h"
#include "ExportListCommand.h"
#include "HelpCommand.h"
#include "FindMessagesCommand.h"
#include "InternetMailCommand.h"
#include "NewConnectorCommand.h"
#include "NewVirtualServerCommand.h"
#include "PropertiesCommand.h"
#include "RefreshCommand.h"
#include "RenameCommand.h"
#include "SendTestMessageCommand.h"
#include "TestRouteCommand.h"
#include "TrackMessageCommand.h"

#include <QMenu>

namespace commands {

using Group = ConsoleCommand::Group;

ActionController::ActionController(CommandContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context) {
    add(std::make_unique<NewVirtualServerCommand>(context));
    add(std::make_unique<NewConnectorCommand>(context));
    add(std::make_unique<InternetMailCommand>(context));
    add(std::make_unique<PropertiesCommand>(context));
    add(std::make_unique<RenameCommand>(context));
    add(std::make_unique<DeleteCommand>(context));
    add(std::make_unique<RefreshCommand>(context));
    add(std::make_unique<ExportListCommand>(context));
    add(std::make_unique<CopyDnCommand>(context));
    add(std::make_unique<HelpCommand>(context));
    add(std::make_unique<SendTestMessageCommand>(context));
    add(std::make_unique<FindMessagesCommand>(context));
    add(std::make_unique<TestRouteCommand>(context));
    add(std::make_unique<ApplyToMailServerCommand>(context));
    add(std::make_unique<TrackMessageCommand>(context));
    update();
}

ActionController::~ActionController() = default;

void ActionController::add(std::unique_ptr<ConsoleCommand> command) {
    auto *action = new QAction(command->icon(), command->text(), this);
    action->setObjectName(command->id());
    if (!command->shortcut().isEmpty()) {
        action->setShortcut(command->shortcut());
        action->setShortcutContext(Qt::WindowShortcut);
    }
    QString tip = command->toolTip();
    if (tip.isEmpty())
        tip = QString(command->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    if (!command->shortcut().isEmpty())
        tip += QStringLiteral(" (%1)").arg(command->shortcut().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
    action->setStatusTip(command->toolTip());
    ConsoleCommand *raw = command.get();
    connect(action, &QAction::triggered, this, [this, raw] {
        if (isEnabled(raw))
            raw->run(m_selection);
    });
    m_actions.append(action);
    m_commands.push_back(std::move(command));
}

void ActionController::setSelection(const console::Selection &selection) {
    m_selection = selection;
    update();
}

void ActionController::setWritable(bool writable) {
    m_writable = writable;
    update();
}

bool ActionController::isCurrent() const {
    // Queues and Members stand for their server and routing group, so every node names an object.
    const topology::Topology *topology = m_context->session()->topology();
    return std::all_of(m_selection.begin(), m_selection.end(),
                       [topology](const console::NodeRef &node) { return topology->find(node.dn); });
}

bool ActionController::isEnabled(const ConsoleCommand *command) const {
    return isCurrent() && command->appliesTo(m_selection) && (!command->writes() || m_writable);
}

void ActionController::update() {
    for (size_t i = 0; i < m_commands.size(); ++i)
        m_actions[qsizetype(i)]->setEnabled(isEnabled(m_commands[i].get()));
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
    const bool current = isCurrent();
    auto commandsIn = [&](Group group) {
        QList<QAction *> out;
        for (size_t i = 0; i < m_commands.size(); ++i) {
            const ConsoleCommand *c = m_commands[i].get();
            if (c->group() == group && (c->isStandardVerb() || (current && c->appliesTo(m_selection))))
                out.append(m_actions[qsizetype(i)]);
        }
        return out;
    };
    const QList<QAction *> newCommands = commandsIn(Group::New);
    if (!newCommands.isEmpty()) {
        QMenu *sub = menu->addMenu(tr("&New"));
        sub->setObjectName(QStringLiteral("newMenu"));
        sub->addActions(newCommands);
    }
    const QList<QAction *> allTasks = commandsIn(Group::AllTasks);
    if (!allTasks.isEmpty()) {
        QMenu *sub = menu->addMenu(tr("All Tas&ks"));
        sub->setObjectName(QStringLiteral("allTasksMenu"));
        sub->addActions(allTasks);
    }
    for (Group group : {Group::Tasks, Group::Edit, Group::View, Group::Properties, Group::Help}) {
        const QList<QAction *> actions = commandsIn(group);
        if (actions.isEmpty())
            continue;
        if (!menu->isEmpty())
            menu->addSeparator();
        menu->addActions(actions);
    }
}

void ActionController::fillNewMenu(QMenu *menu) const {
    for (size_t i = 0; i < m_commands.size(); ++i)
        if (m_commands[i]->createsObject() && m_commands[i]->appliesTo(m_selection))
            menu->addAction(m_actions[qsizetype(i)]);
}

} // namespace commands
