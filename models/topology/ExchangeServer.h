#pragma once

// An Exchange server (msExchExchangeServer): its home routing group and version.

#include "DirectoryObject.h"

namespace topology {

class ExchangeServer : public DirectoryObject {
public:
    using DirectoryObject::DirectoryObject;

    // The routing group the server belongs to (a forward link; OpenLDAP has no back-link).
    directory::Dn homeRoutingGroup() const;
    // "Version 6.5 (Build 7638.2)" as Exchange writes it, or the version number.
    QString version() const;
    // The DNS name from networkAddress (ncacn_ip_tcp:host), if any.
    QString fqdn() const;
};

} // namespace topology
