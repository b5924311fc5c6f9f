#pragma once

// One object of the organization as the console knows it: its DN, its entry exactly as read
// (unknown attributes and extra object classes included), and what kind of Exchange object it is.
// Immutable: a change in the directory makes a new object. Typed subclasses parse their values
// once, through the value types, when they are made.

#include "Dn.h"
#include "Entry.h"

#include <QCoreApplication>

namespace topology {

enum class ObjectKind {
    Organization,
    AdminGroupContainer,
    AdminGroup,
    ServersContainer,
    Server,
    ProtocolsContainer,
    SmtpContainer,
    VirtualServer,
    RoutingGroupContainer,
    RoutingGroup,
    ConnectorsContainer,
    SmtpConnector,
    RoutingGroupConnector,
    Other,
};

class DirectoryObject {
    Q_DECLARE_TR_FUNCTIONS(topology::DirectoryObject)
public:
    DirectoryObject(ObjectKind kind, const directory::Dn &dn, const directory::Entry &entry);
    virtual ~DirectoryObject() = default;

    // The kind an entry is, from its most telling objectClass value (case-insensitive).
    static ObjectKind kindOf(const directory::Entry &entry);
    static QString kindName(ObjectKind kind); // "SMTP connector", for messages

    ObjectKind kind() const { return m_kind; }
    const directory::Dn &dn() const { return m_dn; }
    const directory::Entry &entry() const { return m_entry; }

    // The naming value (cn).
    QString name() const { return m_dn.rdnValue(); }
    // adminDisplayName when set, else the name: what the console shows.
    const QString &displayName() const { return m_displayName; }
    QString description() const;
    // The valid, non-empty DNs among an attribute's values.
    QList<directory::Dn> dnValues(const QString &attribute) const;
    // The keys of every DN this object links to (its DN-valued attributes), found once when it is
    // made, so indexing it costs no parsing.
    const QStringList &linkKeys() const { return m_linkKeys; }

private:
    ObjectKind m_kind;
    directory::Dn m_dn;
    directory::Entry m_entry;
    QString m_displayName;
    QStringList m_linkKeys;
};

} // namespace topology
