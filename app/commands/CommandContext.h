#pragma once

// What console commands may use of the window they run in: the open directory, a parent for
// dialogs, and the few window services a command cannot do itself.

#include "Dn.h"
#include "PostfixInstance.h"
#include "NodeType.h"
#include "PostfixConfigGenerator.h"

#include <QList>

#include <functional>

class QWidget;

namespace topology {
class ChangeSet;
struct ChangeSetResult;
} // namespace topology

namespace console {
class DirectorySession;
}

namespace tracking {
class LogSource;
}

namespace commands {

class CommandContext {
public:
    virtual ~CommandContext() = default;
    virtual console::DirectorySession *session() = 0;
    virtual QWidget *dialogParent() = 0;
    // Puts the tree's editor on the node (F2).
    virtual void startRename(const console::NodeRef &node) = 0;
    // Saves the details pane as CSV.
    virtual void exportList() = 0;
    virtual bool canExportList() const = 0;
    virtual void showError(const QString &title, const QString &message) = 0;
    // Help › Help Topics, opened on `page` (a file name under resources/help; empty: the contents).
    virtual void showHelp(const QString &page) = 0;
    // Writes a change set through the session; a failure is shown under `title`. `done`, if given,
    // gets the outcome either way.
    virtual void submit(const QString &title, const topology::ChangeSet &changes,
                        std::function<void(const topology::ChangeSetResult &)> done = {}) = 0;
    // Refreshes what the right-hand pane shows when it is not the directory (a server's queues);
    // false when there is nothing of the kind and the directory should be read again.
    virtual bool refreshCurrentView() { return false; }
    // Opens Find Messages on the server's queues; with criteria, it searches at once.
    virtual void findMessages(const directory::Dn &server, const QString &sender = QString(),
                              const QString &recipient = QString(), const QString &subject = QString()) {
        Q_UNUSED(server)
        Q_UNUSED(sender)
        Q_UNUSED(recipient)
        Q_UNUSED(subject)
    }
    // Selects the object in the tree once it is there: now, or when it arrives through the change
    // feed (what a wizard just created).
    virtual void selectWhenArrives(const directory::Dn &dn) = 0;
    // The New SMTP Connector wizard for `routingGroup`, with these virtual servers chosen as local
    // bridgeheads and * as the address space (the analyzer's fix for a gateway without a connector).
    virtual void newSmtpConnector(const directory::Dn &routingGroup,
                                  const QList<directory::Dn> &bridgeheads) = 0;
    // The server's Postfix (its queue source), and how its configuration is generated there (the
    // demo's instances listen on loopback ports). Null, with the reason in *missing, when the server
    // has no queue source.
    virtual queues::PostfixInstance mailServerOf(const directory::Dn &server,
                                                   postfix::PostfixConfigGenerator::Options *options,
                                                   QString *missing) = 0;
    // The Postfix logs message tracking reads when it starts on `server`: that server's first, then
    // those of the servers mail may go on to, owned by `owner`. Empty, with the reason
    // in *missing, when the server's log is not known.
    virtual QList<tracking::LogSource *> logSourcesFor(const directory::Dn &server, QObject *owner,
                                                       QString *missing) = 0;
};

} // namespace commands
