#pragma once

// Action › Track Message… on a server: where did a message go, from that server's Postfix log
// and on through the logs of the servers it was handed to. Also opened on one message from the
// queue viewer (Track Message in a queue's list or in Find Messages), looking for its queue ID.

#include "ConsoleCommand.h"

namespace commands {

class TrackMessageCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::TrackMessageCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("trackMessageAction"); }
    QString text() const override { return tr("Trac&k Message…"); }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
    // Opens tracking on `server`; with a queue ID it starts looking for that message at once.
    static void track(CommandContext *context, const directory::Dn &server, const QString &queueId = {});
};

} // namespace commands
