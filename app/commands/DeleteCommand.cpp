#include "DeleteCommand.h"

#include "DirectorySession.h"
#include "Planner.h"

#include <QMessageBox>

namespace commands {

bool DeleteCommand::appliesTo(const console::Selection &selection) const {
    using console::NodeType;
    return allOf(selection, {NodeType::VirtualServer, NodeType::SmtpConnector,
                             NodeType::RoutingGroupConnector, NodeType::RoutingGroup, NodeType::AdminGroup});
}

void DeleteCommand::run(const console::Selection &selection) {
    console::DirectorySession *session = context()->session();
    topology::ChangeSet changes;
    QStringList names;
    for (const console::NodeRef &node : selection) {
        QString refusal;
        const std::optional<topology::ChangeSet> plan =
            topology::Planner::deletion(*session->topology(), node.dn, &refusal);
        if (!plan) {
            context()->showError(tr("Delete"), refusal);
            return;
        }
        changes.append(*plan);
        names << node.name;
    }
    const QString question =
        selection.size() == 1
            ? tr("Are you sure you want to delete “%1”?").arg(names.first())
            : tr("Are you sure you want to delete these %n objects?\n\n%1", nullptr, int(selection.size()))
                  .arg(names.join(QLatin1Char('\n')));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"), question,
                                QMessageBox::Yes | QMessageBox::No, context()->dialogParent());
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    CommandContext *ctx = context();
    QObject::connect(box, &QMessageBox::finished, session, [ctx, session, changes](int result) {
        if (result != QMessageBox::Yes)
            return;
        ctx->submit(tr("Delete"), changes);
    });
    box->open();
}

} // namespace commands
