#include "TrackMessageCommand.h"

#include "DirectorySession.h"
#include "PostfixConfigGenerator.h"
#include "TrackingDialog.h"

namespace commands {

bool TrackMessageCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && (selection.first().type == console::NodeType::Server ||
                                     selection.first().type == console::NodeType::MemberServer);
}

void TrackMessageCommand::run(const console::Selection &selection) {
    track(context(), selection.first().dn);
}

void TrackMessageCommand::track(CommandContext *context, const directory::Dn &server, const QString &queueId) {
    auto *owner = new QObject;
    QString missing;
    const QList<tracking::LogSource *> sources = context->logSourcesFor(server, owner, &missing);
    if (sources.isEmpty()) {
        delete owner;
        context->showError(tr("Track Message"), missing);
        return;
    }
    auto *dialog = new trackingui::TrackingDialog(sources, 0, context->dialogParent());
    owner->setParent(dialog);
    dialog->setListenerNames(postfix::PostfixConfigGenerator::listenerNames(*context->session()->topology()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!queueId.isEmpty()) {
        dialog->setQuery(tracking::TrackQuery::Kind::QueueId, queueId);
        dialog->track();
    }
}

} // namespace commands
