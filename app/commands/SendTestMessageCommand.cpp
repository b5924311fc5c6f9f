#include "SendTestMessageCommand.h"

#include "DirectorySession.h"
#include "ExchangeServer.h"
#include "SendTestMessageDialog.h"
#include "SmtpVirtualServer.h"

#include <QHostInfo>

namespace commands {

bool SendTestMessageCommand::appliesTo(const console::Selection &selection) const {
    return selection.size() == 1 && selection.first().type == console::NodeType::VirtualServer;
}

void SendTestMessageCommand::run(const console::Selection &selection) {
    const topology::Topology *topology = context()->session()->topology();
    const auto *vs = topology->findAs<topology::SmtpVirtualServer>(selection.first().dn);
    if (!vs)
        return;
    const directory::Dn serverDn = vs->serverDn();
    const auto *server = topology->findAs<topology::ExchangeServer>(serverDn);
    // Where the virtual server listens; "all unassigned" is reached by its name.
    QString host = vs->fqdn();
    if (host.isEmpty() && server)
        host = server->fqdn();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    // Where the server's Postfix really listens for each binding, when that is elsewhere (the
    // demo's instances listen on loopback ports of their own).
    postfix::PostfixConfigGenerator::Options options;
    QString missing;
    context()->mailServerOf(serverDn, &options, &missing);
    QList<queueui::SendTestMessageDialog::Target> targets;
    for (int i = 0; i < vs->bindings().size(); ++i) {
        const topology::ServerBinding &b = vs->bindings().at(i);
        QString address = b.isAllUnassigned() ? host : b.address();
        int port = b.port();
        if (const auto listens = options.addressOf ? options.addressOf(*vs, i) : std::nullopt) {
            address = listens->host;
            port = listens->port;
        }
        const QString endpoint = address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                                                                    : QStringLiteral("%1:%2").arg(address).arg(port);
        targets.append({tr("%1 (%2)").arg(vs->displayName(), endpoint), endpoint});
    }
    if (targets.isEmpty())
        targets.append({tr("%1 (%2:25)").arg(vs->displayName(), host), host + QStringLiteral(":25")});
    const QString domain = host.contains(QLatin1Char('.')) ? host.section(QLatin1Char('.'), 1) : host;
    const QString from = QStringLiteral("bridgehead-test@") + host;
    const QString to = QStringLiteral("postmaster@") + domain;
    const QString title =
        server ? tr("%1 on %2").arg(vs->displayName(), server->displayName()) : vs->displayName();
    auto *dialog = new queueui::SendTestMessageDialog(title, targets, from, to, context()->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    CommandContext *ctx = context();
    QObject::connect(dialog, &queueui::SendTestMessageDialog::findRequested, dialog,
                     [ctx, serverDn](const QString &sender, const QString &recipient, const QString &token) {
                         ctx->findMessages(serverDn, sender, recipient, token);
                     });
    dialog->show();
}

} // namespace commands
