#pragma once

// Finds the objects a person names on the command line: by DN, or by a name that exactly one object
// of that kind in the organization has (its cn or display name, case ignored); and the other way
// round, how to name an object so that it is found again (the name where it is unique, else the DN).

#include "DirectoryObject.h"

#include <QCoreApplication>

#include <optional>

namespace topology {

class Topology;

class ObjectLookup {
    Q_DECLARE_TR_FUNCTIONS(topology::ObjectLookup)
public:
    // The object of `kind` that `text` names, or nothing with the reason in *error.
    static std::optional<directory::Dn> find(const Topology &topology, ObjectKind kind, const QString &text,
                                             QString *error);
    // One of `server`'s SMTP virtual servers, by display name, instance number (cn) or DN.
    static std::optional<directory::Dn> findVirtualServer(const Topology &topology,
                                                          const directory::Dn &server, const QString &text,
                                                          QString *error);
    // A local bridgehead as "SERVER/VIRTUAL-SERVER", "SERVER" (when it has one virtual server only) or
    // the virtual server's DN.
    static std::optional<directory::Dn> findBridgehead(const Topology &topology, const QString &text,
                                                       QString *error);

    // The text find() reads back as this object: its name when that is unique, else its DN.
    static QString reference(const Topology &topology, const directory::Dn &dn);
    // The text findVirtualServer() reads back as this virtual server.
    static QString virtualServerReference(const Topology &topology, const directory::Dn &virtualServer);
    // The text findBridgehead() reads back as this virtual server.
    static QString bridgeheadReference(const Topology &topology, const directory::Dn &virtualServer);

private:
    static QList<const DirectoryObject *> named(const QList<const DirectoryObject *> &objects,
                                                const QString &name);
};

} // namespace topology
