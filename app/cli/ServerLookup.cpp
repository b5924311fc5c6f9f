#include "ServerLookup.h"

#include "ExchangeServer.h"
#include "Topology.h"

namespace cli {

const topology::ExchangeServer *ServerLookup::find(const topology::Topology &topology, const QString &text,
                                                   QString *error) {
    const QString wanted = text.trimmed();
    if (wanted.contains(QLatin1Char('='))) {
        const directory::Dn dn = directory::Dn::parse(wanted);
        if (const auto *server = dn.isValid() ? topology.findAs<topology::ExchangeServer>(dn) : nullptr)
            return server;
        *error = tr("There is no Exchange server %1.").arg(wanted);
        return nullptr;
    }
    QList<const topology::ExchangeServer *> found;
    for (const auto *server :
         topology.objectsOfKindAs<topology::ExchangeServer>(topology::ObjectKind::Server))
        if (server->name().compare(wanted, Qt::CaseInsensitive) == 0 ||
            server->displayName().compare(wanted, Qt::CaseInsensitive) == 0)
            found.append(server);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
        *error = tr("There is no Exchange server named \"%1\".").arg(wanted);
        return nullptr;
    }
    QStringList dns;
    for (const auto *server : found)
        dns.append(server->dn().toDisplayString());
    dns.sort();
    *error = tr("Several servers are named \"%1\"; give the DN of the one you mean: %2")
                 .arg(wanted, dns.join(QLatin1String("; ")));
    return nullptr;
}

} // namespace cli
