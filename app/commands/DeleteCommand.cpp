#include "DeleteCommand.h"

#include "Attributes.h"
#include "DirectorySession.h"
#include "SmtpConnector.h"

#include <QMessageBox>

#include <functional>

namespace commands {

using topology::ObjectKind;

QIcon DeleteCommand::icon() const {
    return QIcon::fromTheme(QStringLiteral("edit-delete"));
}

bool DeleteCommand::appliesTo(const console::Selection &selection) const {
    using console::NodeType;
    return allOf(selection, {NodeType::VirtualServer, NodeType::SmtpConnector,
                             NodeType::RoutingGroupConnector, NodeType::RoutingGroup, NodeType::AdminGroup});
}

QString DeleteCommand::plan(const topology::Topology &topology, const console::NodeRef &node,
                            QList<directory::ChangeRequest> *changes) {
    const topology::DirectoryObject *object = topology.find(node.dn);
    if (!object)
        return tr("%1 is no longer in the directory.").arg(node.name);
    // Fixed containers that come with an object go with it when they are empty.
    static const QList<ObjectKind> companions = {
        ObjectKind::ConnectorsContainer, ObjectKind::ServersContainer, ObjectKind::RoutingGroupContainer};
    QList<const topology::DirectoryObject *> order; // deepest first
    int contents = 0;
    std::function<void(const topology::DirectoryObject *)> walk = [&](const topology::DirectoryObject *o) {
        for (const topology::DirectoryObject *child : topology.children(o->dn())) {
            if (!companions.contains(child->kind())) {
                ++contents;
                continue;
            }
            walk(child);
        }
        order.append(o);
    };
    walk(object);
    if (contents > 0)
        return tr("“%1” is not empty: it still contains %n object(s). Delete or move them first.", nullptr,
                  contents)
            .arg(node.name);
    if (object->kind() == ObjectKind::RoutingGroup && !topology.members(object->dn()).isEmpty())
        return tr("“%1” still has member servers. Move them to another routing group first.").arg(node.name);

    if (object->kind() == ObjectKind::VirtualServer) {
        for (const topology::SmtpConnector *connector : topology.connectorsWithBridgehead(object->dn())) {
            changes->append(directory::ChangeRequest::modify(
                connector->dn().toString(),
                {directory::Modification::remove(topology::attr::sourceBridgeheads,
                                                 {object->dn().toString()})}));
        }
    }
    for (const topology::DirectoryObject *o : std::as_const(order))
        changes->append(directory::ChangeRequest::remove(o->dn().toString()));
    return QString();
}

void DeleteCommand::run(const console::Selection &selection) {
    console::DirectorySession *session = context()->session();
    QList<directory::ChangeRequest> changes;
    QStringList names;
    for (const console::NodeRef &node : selection) {
        const QString problem = plan(*session->topology(), node, &changes);
        if (!problem.isEmpty()) {
            context()->showError(tr("Delete"), problem);
            return;
        }
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
        session->connection()->applyAll(changes)->then(session, [ctx](directory::DirectoryReply *reply) {
            if (!reply->result().ok())
                ctx->showError(tr("Delete"), tr("Nothing was deleted.\n\n%1").arg(reply->result().text()));
        });
    });
    box->open();
}

} // namespace commands
