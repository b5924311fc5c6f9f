#pragma once

// An SMTP virtual server (protocolCfgSMTPServer, CN=<n>,CN=SMTP,CN=Protocols,CN=<server>): its
// bindings, announced FQDN, limits and the smart host set on the virtual server itself. Values
// are parsed once, when the object is made; values that do not parse are kept as invalid.

#include "DirectoryObject.h"
#include "Parsed.h"
#include "ServerBinding.h"
#include "SmartHostList.h"

namespace topology {

class SmtpVirtualServer : public DirectoryObject {
public:
    SmtpVirtualServer(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry);

    // Exchange's defaults for a new virtual server (reference: KB321757).
    static constexpr int DefaultMaxRecipients = 64000;
    static constexpr int DefaultOutgoingPort = 25;

    // The server the virtual server belongs to: three levels up.
    directory::Dn serverDn() const;
    // Instance order, as ESM lists a server's virtual servers: CN=1, CN=2 … by number, then other names.
    // Lists and messages that name one of several use it, so they name the same one every time.
    static void sortByInstance(QList<const SmtpVirtualServer *> &servers);
    // Every msExchServerBindings value, valid or not, in stored order.
    const QList<Parsed<ServerBinding>> &bindingValues() const { return m_bindingValues; }
    // The values that parse.
    const QList<ServerBinding> &bindings() const { return m_bindings; }
    QStringList rawBindings() const;
    QString fqdn() const;
    // The smart host on the virtual server itself (Delivery › Advanced); raw empty when unset.
    const Parsed<SmartHostList> &smartHostValue() const { return m_smartHost; }
    SmartHostList smartHost() const { return m_smartHost.value.value_or(SmartHostList()); }
    QString rawSmartHost() const { return m_smartHost.raw; }
    int smartHostType() const;
    qint64 maxMessageSize() const; // bytes, 0 = unlimited
    qint64 maxRecipients() const;  // default 64000
    int outgoingPort() const;      // default 25

private:
    QList<Parsed<ServerBinding>> m_bindingValues;
    QList<ServerBinding> m_bindings;
    Parsed<SmartHostList> m_smartHost;
};

} // namespace topology
