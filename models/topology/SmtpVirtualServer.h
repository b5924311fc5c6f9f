#pragma once

// An SMTP virtual server (protocolCfgSMTPServer, CN=<n>,CN=SMTP,CN=Protocols,CN=<server>): its
// bindings, announced FQDN, limits and the smart host set on the virtual server itself.

#include "DirectoryObject.h"
#include "ServerBinding.h"
#include "SmartHostList.h"

namespace topology {

class SmtpVirtualServer : public DirectoryObject {
public:
    using DirectoryObject::DirectoryObject;

    // The server the virtual server belongs to: three levels up.
    directory::Dn serverDn() const;
    // Bindings that parse; an unreadable value is kept in the entry and reported by rawBindings().
    QList<ServerBinding> bindings() const;
    QStringList rawBindings() const;
    QString fqdn() const;
    // The smart host on the virtual server (Delivery › Advanced); empty if unset or unreadable.
    SmartHostList smartHost() const;
    QString rawSmartHost() const;
    int smartHostType() const;
    qint64 maxMessageSize() const; // bytes, 0 = unlimited
    qint64 maxRecipients() const;  // default 64000
    int outgoingPort() const;      // default 25
};

} // namespace topology
