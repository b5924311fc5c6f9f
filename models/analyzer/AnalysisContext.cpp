#include "AnalysisContext.h"

#include "SmtpVirtualServer.h"

namespace analyzer {

QString AnalysisContext::describe(const topology::DirectoryObject &object) const {
    if (object.kind() == topology::ObjectKind::VirtualServer) {
        const directory::Dn server = static_cast<const topology::SmtpVirtualServer &>(object).serverDn();
        const topology::DirectoryObject *host = m_topology.find(server);
        return tr("%1 – %2").arg(host ? host->displayName() : server.rdnValue(), object.displayName());
    }
    return object.displayName();
}

QString AnalysisContext::describe(const directory::Dn &dn) const {
    if (const topology::DirectoryObject *o = m_topology.find(dn))
        return describe(*o);
    return dn.toDisplayString();
}

} // namespace analyzer
