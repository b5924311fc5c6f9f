#include "FindingFix.h"

#include "ExchangeServer.h"
#include "Rule.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

namespace analyzer {

using directory::Dn;
using topology::ObjectKind;

QString FindingFix::label() const {
    switch (kind) {
    case Kind::NewSmtpConnector:
        return tr("Create SMTP Connector…");
    case Kind::EditProperty:
        return tr("Open Properties…");
    case Kind::None:
        break;
    }
    return tr("No Fix");
}

QString FindingFix::description() const {
    switch (kind) {
    case Kind::NewSmtpConnector:
        return tr("Create an SMTP connector for the address space SMTP:* that sends from this gateway.");
    case Kind::EditProperty:
        return tr("Open the object's properties at the field to correct.");
    case Kind::None:
        break;
    }
    return QString();
}

FindingFix FindingFix::forFinding(const Finding &finding, const Rule *rule,
                                  const topology::Topology &topology) {
    FindingFix fix;
    const topology::DirectoryObject *object = topology.find(finding.dn);
    if (!rule || !object)
        return fix;
    if (rule->id == QLatin1String("smtp-vs-no-outbound-connector")) {
        const auto *server = dynamic_cast<const topology::ExchangeServer *>(object);
        if (!server || !topology.find(server->homeRoutingGroup()))
            return fix;
        // The virtual servers that take mail on port 25 send it on; all of them if none does.
        QList<const topology::SmtpVirtualServer *> virtualServers = topology.virtualServersOf(server->dn());
        std::sort(virtualServers.begin(), virtualServers.end(),
                  [](const auto *a, const auto *b) { return a->dn().key() < b->dn().key(); });
        QList<Dn> all, onPort25;
        for (const topology::SmtpVirtualServer *v : std::as_const(virtualServers)) {
            all.append(v->dn());
            const QList<topology::ServerBinding> &bindings = v->bindings();
            if (std::any_of(bindings.cbegin(), bindings.cend(),
                            [](const topology::ServerBinding &b) { return b.port() == 25; }))
                onPort25.append(v->dn());
        }
        fix.kind = Kind::NewSmtpConnector;
        fix.routingGroup = server->homeRoutingGroup();
        fix.bridgeheads = onPort25.isEmpty() ? all : onPort25;
        return fix;
    }
    if (rule->id == QLatin1String("routing-group-no-internet-route")) {
        fix.kind = Kind::NewSmtpConnector;
        fix.routingGroup = object->dn();
        return fix;
    }
    if (!rule->attribute.isEmpty()) {
        fix.kind = Kind::EditProperty;
        fix.object = object->dn();
        fix.attribute = rule->attribute;
    }
    return fix;
}

} // namespace analyzer
