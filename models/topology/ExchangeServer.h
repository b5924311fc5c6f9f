#pragma once

// An Exchange server (msExchExchangeServer): its home routing group and version.

#include "DirectoryObject.h"

namespace topology {

class ExchangeServer : public DirectoryObject {
public:
    ExchangeServer(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry);

    // The routing group the server belongs to (a forward link; OpenLDAP has no back-link).
    const directory::Dn &homeRoutingGroup() const { return m_homeRoutingGroup; }
    // "Version 6.5 (Build 7638.2)" as Exchange writes it, or the version number.
    QString version() const;
    // The DNS name from networkAddress (ncacn_ip_tcp:host), if any.
    QString fqdn() const;

private:
    directory::Dn m_homeRoutingGroup; // parsed once: membership queries read it for every server
};

} // namespace topology
