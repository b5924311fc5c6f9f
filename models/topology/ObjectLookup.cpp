#include "ObjectLookup.h"

#include "SmtpVirtualServer.h"
#include "Topology.h"

namespace topology {

using directory::Dn;

namespace {

QList<const DirectoryObject *> asObjects(const QList<const SmtpVirtualServer *> &servers) {
    QList<const DirectoryObject *> out;
    for (const SmtpVirtualServer *s : servers)
        out.append(s);
    return out;
}

QString listOf(const QList<const DirectoryObject *> &objects) {
    QStringList dns;
    for (const DirectoryObject *o : objects)
        dns << o->dn().toDisplayString();
    dns.sort();
    return dns.join(QStringLiteral("\n  "));
}

// What a kind is called mid-sentence.
QString noun(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Server:
        return ObjectLookup::tr("server");
    case ObjectKind::RoutingGroup:
        return ObjectLookup::tr("routing group");
    case ObjectKind::VirtualServer:
        return ObjectLookup::tr("SMTP virtual server");
    case ObjectKind::SmtpConnector:
        return ObjectLookup::tr("SMTP connector");
    case ObjectKind::AdminGroup:
        return ObjectLookup::tr("administrative group");
    default:
        return DirectoryObject::kindName(kind);
    }
}

// A DN is only tried when the text looks like one: names may contain "=" or ",".
const DirectoryObject *byDn(const Topology &topology, const QString &text) {
    if (!text.contains(QLatin1Char('=')))
        return nullptr;
    const Dn dn = Dn::parse(text.trimmed());
    return dn.isValid() && dn.depth() > 1 ? topology.find(dn) : nullptr;
}

} // namespace

QList<const DirectoryObject *> ObjectLookup::named(const QList<const DirectoryObject *> &objects,
                                                   const QString &name) {
    const QString wanted = name.trimmed();
    QList<const DirectoryObject *> out;
    for (const DirectoryObject *o : objects)
        if (o->name().trimmed().compare(wanted, Qt::CaseInsensitive) == 0 ||
            o->displayName().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            out.append(o);
    return out;
}

std::optional<Dn> ObjectLookup::find(const Topology &topology, ObjectKind kind, const QString &text,
                                     QString *error) {
    const QString what = noun(kind);
    if (text.trimmed().isEmpty()) {
        *error = tr("Name the %1, or give its DN.").arg(what);
        return std::nullopt;
    }
    if (const DirectoryObject *object = byDn(topology, text)) {
        if (object->kind() == kind)
            return object->dn();
        *error = tr("%1 is not a %2 (it is: %3).")
                     .arg(object->dn().toDisplayString(), what, DirectoryObject::kindName(object->kind()));
        return std::nullopt;
    }
    const QList<const DirectoryObject *> matches = named(topology.objectsOfKind(kind), text);
    if (matches.size() == 1)
        return matches.first()->dn();
    if (matches.isEmpty())
        *error = tr("There is no %1 named “%2” in the organization.").arg(what, text.trimmed());
    else
        *error = tr("More than one %1 is named “%2”; give the DN of the one you mean:\n  %3")
                     .arg(what, text.trimmed(), listOf(matches));
    return std::nullopt;
}

std::optional<Dn> ObjectLookup::findVirtualServer(const Topology &topology, const Dn &server,
                                                  const QString &text, QString *error) {
    const QList<const DirectoryObject *> own = asObjects(topology.virtualServersOf(server));
    if (const DirectoryObject *object = byDn(topology, text)) {
        if (own.contains(object))
            return object->dn();
        *error = tr("%1 is not an SMTP virtual server of %2.")
                     .arg(object->dn().toDisplayString(), server.rdnValue());
        return std::nullopt;
    }
    QList<const DirectoryObject *> matches;
    for (const DirectoryObject *o : own)
        if (o->displayName().trimmed().compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(o);
    if (matches.isEmpty())
        for (const DirectoryObject *o : own)
            if (o->name() == text.trimmed())
                matches.append(o);
    if (matches.size() == 1)
        return matches.first()->dn();
    if (matches.isEmpty())
        *error = tr("%1 has no SMTP virtual server named “%2”.").arg(server.rdnValue(), text.trimmed());
    else
        *error = tr("%1 has several SMTP virtual servers named “%2”; give the DN of the one you mean:\n  %3")
                     .arg(server.rdnValue(), text.trimmed(), listOf(matches));
    return std::nullopt;
}

std::optional<Dn> ObjectLookup::findBridgehead(const Topology &topology, const QString &text,
                                               QString *error) {
    if (const DirectoryObject *object = byDn(topology, text)) {
        if (object->kind() == ObjectKind::VirtualServer)
            return object->dn();
        if (object->kind() != ObjectKind::Server) {
            *error = tr("%1 is not an SMTP virtual server.").arg(object->dn().toDisplayString());
            return std::nullopt;
        }
    }
    QString serverText = text;
    QString virtualServerText;
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0 && !byDn(topology, text)) {
        serverText = text.left(slash);
        virtualServerText = text.mid(slash + 1);
    }
    const std::optional<Dn> server = find(topology, ObjectKind::Server, serverText, error);
    if (!server)
        return std::nullopt;
    if (!virtualServerText.isEmpty())
        return findVirtualServer(topology, *server, virtualServerText, error);
    const QList<const SmtpVirtualServer *> own = topology.virtualServersOf(*server);
    if (own.size() == 1)
        return own.first()->dn();
    if (own.isEmpty()) {
        *error = tr("%1 has no SMTP virtual server.").arg(server->rdnValue());
        return std::nullopt;
    }
    QStringList names;
    for (const SmtpVirtualServer *vs : own)
        names << vs->displayName();
    names.sort(Qt::CaseInsensitive);
    *error = tr("%1 has several SMTP virtual servers (%2). Say which, as in %1/%3.")
                 .arg(server->rdnValue(), names.join(QStringLiteral(", ")), names.first());
    return std::nullopt;
}

QString ObjectLookup::reference(const Topology &topology, const Dn &dn) {
    const DirectoryObject *object = topology.find(dn);
    if (!object)
        return dn.toString();
    QString ignored;
    const std::optional<Dn> back = find(topology, object->kind(), object->name(), &ignored);
    // A name with the look of a DN, or spaces find() would trim, is given as the DN.
    if (back && *back == dn && object->name() == object->name().trimmed() && !byDn(topology, object->name()))
        return object->name();
    return dn.toString();
}

QString ObjectLookup::virtualServerReference(const Topology &topology, const Dn &virtualServer) {
    const auto *vs = topology.findAs<SmtpVirtualServer>(virtualServer);
    if (!vs)
        return virtualServer.toString();
    QString ignored;
    const std::optional<Dn> back = findVirtualServer(topology, vs->serverDn(), vs->displayName(), &ignored);
    if (back && *back == virtualServer && vs->displayName() == vs->displayName().trimmed() &&
        !vs->displayName().contains(QLatin1Char('/')) && !byDn(topology, vs->displayName()))
        return vs->displayName();
    return virtualServer.toString();
}

QString ObjectLookup::bridgeheadReference(const Topology &topology, const Dn &virtualServer) {
    const auto *vs = topology.findAs<SmtpVirtualServer>(virtualServer);
    if (!vs)
        return virtualServer.toString();
    const QString server = reference(topology, vs->serverDn());
    const QString own = virtualServerReference(topology, virtualServer);
    if (server == vs->serverDn().toString() || own == virtualServer.toString() ||
        server.contains(QLatin1Char('/')))
        return virtualServer.toString();
    const QString text = server + QLatin1Char('/') + own;
    QString ignored;
    const std::optional<Dn> back = findBridgehead(topology, text, &ignored);
    return back && *back == virtualServer ? text : virtualServer.toString();
}

} // namespace topology
