#include "Topology.h"

#include "Attributes.h"
#include "ObjectFactory.h"

#include "ExchangeServer.h"
#include "RoutingGroup.h"
#include "RoutingGroupConnector.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"

#include <algorithm>

namespace topology {

using directory::Dn;
using directory::Entry;

Topology::Topology(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<QList<topology::TopologyChange>>();
}

Topology::~Topology() = default;

void Topology::clear() {
    m_objects.clear();
    m_children.clear();
    m_members.clear();
    m_homeOf.clear();
    m_byKind.clear();
    m_seen.clear();
    m_resyncing = false;
    Q_EMIT cleared();
}

QList<Dn> Topology::homesOf(const DirectoryObject *object) {
    if (object->kind() != ObjectKind::Server)
        return {};
    const Dn home = static_cast<const ExchangeServer *>(object)->homeRoutingGroup();
    return home.isValid() && !home.isEmpty() ? QList<Dn>{home} : QList<Dn>{};
}

void Topology::index(const DirectoryObject *object) {
    const QString key = object->dn().key();
    m_children[Dn::parentKey(key)].insert(key);
    m_byKind[object->kind()].insert(key);
    if (object->kind() == ObjectKind::Server) {
        const Dn home = static_cast<const ExchangeServer *>(object)->homeRoutingGroup();
        if (home.isValid() && !home.isEmpty()) {
            m_members[home.key()].insert(key);
            m_homeOf.insert(key, home.key());
        }
    }
}

void Topology::unindex(const DirectoryObject *object) {
    const QString key = object->dn().key();
    const QString parentKey = Dn::parentKey(key);
    auto children = m_children.find(parentKey);
    if (children != m_children.end()) {
        children->remove(key);
        if (children->isEmpty())
            m_children.erase(children);
    }
    m_byKind[object->kind()].remove(key);
    if (const QString home = m_homeOf.take(key); !home.isEmpty()) {
        m_members[home].remove(key);
        if (m_members[home].isEmpty())
            m_members.remove(home);
    }
}

void Topology::upsert(const Entry &entry, QList<TopologyChange> &changes) {
    const Dn dn = Dn::parse(entry.dn());
    if (!dn.isValid())
        return;
    const QString key = dn.key();
    if (m_resyncing)
        m_seen.insert(key);
    auto it = m_objects.find(key);
    if (it != m_objects.end()) {
        DirectoryObject *object = it->second.get();
        if (object->entry() == entry)
            return; // a re-read of what we have
        const ObjectKind oldKind = object->kind();
        const QList<Dn> homesBefore = homesOf(object);
        unindex(object);
        if (DirectoryObject::kindOf(entry) != oldKind)
            it->second = makeObject(dn, entry);
        else
            object->setEntry(dn, entry);
        index(it->second.get());
        changes.append(TopologyChange{TopologyChange::Type::Modified, it->second->kind(), dn, oldKind,
                                      homesBefore + homesOf(it->second.get())});
        return;
    }
    auto object = makeObject(dn, entry);
    index(object.get());
    changes.append(TopologyChange{TopologyChange::Type::Added, object->kind(), dn, object->kind(),
                                  homesOf(object.get())});
    m_objects.emplace(key, std::move(object));
}

void Topology::remove(const Dn &dn, QList<TopologyChange> &changes) {
    // Children go first (a subtree delete or a rename reported only for its top).
    const QSet<QString> childKeys = m_children.value(dn.key());
    for (const QString &childKey : childKeys)
        if (const auto it = m_objects.find(childKey); it != m_objects.end())
            remove(it->second->dn(), changes);
    auto it = m_objects.find(dn.key());
    if (it == m_objects.end())
        return;
    const QList<Dn> homes = homesOf(it->second.get());
    unindex(it->second.get());
    changes.append(
        TopologyChange{TopologyChange::Type::Removed, it->second->kind(), dn, it->second->kind(), homes});
    m_objects.erase(it);
}

void Topology::addEntries(const QList<Entry> &entries) {
    QList<TopologyChange> changes;
    for (const Entry &e : entries)
        upsert(e, changes);
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void Topology::apply(const QList<directory::FeedChange> &feed) {
    QList<TopologyChange> changes;
    for (const directory::FeedChange &c : feed) {
        switch (c.type) {
        case directory::FeedChange::Type::Added:
        case directory::FeedChange::Type::Modified:
            upsert(c.entry, changes);
            break;
        case directory::FeedChange::Type::Deleted:
            remove(Dn::parse(c.entry.dn()), changes);
            break;
        case directory::FeedChange::Type::Renamed: {
            // The subtree under the old name moves with it; keep every object, under its new DN.
            const Dn oldDn = Dn::parse(c.oldDn);
            const Dn newDn = Dn::parse(c.entry.dn());
            QList<Entry> moved;
            std::function<void(const Dn &)> collect = [&](const Dn &dn) {
                if (const auto it = m_objects.find(dn.key()); it != m_objects.end()) {
                    Entry e = it->second->entry();
                    e.setDn(dn.rebased(oldDn, newDn).toString());
                    moved.append(e);
                }
                for (const QString &childKey : m_children.value(dn.key()))
                    if (const auto child = m_objects.find(childKey); child != m_objects.end())
                        collect(child->second->dn());
            };
            collect(oldDn);
            remove(oldDn, changes);
            if (!moved.isEmpty())
                moved.first() = c.entry;
            else
                moved.append(c.entry);
            for (const Entry &e : std::as_const(moved))
                upsert(e, changes);
            break;
        }
        }
    }
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void Topology::beginResync() {
    m_resyncing = true;
    m_seen.clear();
}

void Topology::endResync() {
    if (!m_resyncing)
        return;
    m_resyncing = false;
    QList<TopologyChange> changes;
    QList<Dn> gone;
    for (const auto &[key, object] : m_objects)
        if (!m_seen.contains(key))
            gone.append(object->dn());
    m_seen.clear();
    for (const Dn &dn : std::as_const(gone))
        remove(dn, changes);
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

const DirectoryObject *Topology::find(const Dn &dn) const {
    const auto it = m_objects.find(dn.key());
    return it == m_objects.end() ? nullptr : it->second.get();
}

const DirectoryObject *Topology::organization() const {
    const QSet<QString> orgs = m_byKind.value(ObjectKind::Organization);
    const DirectoryObject *best = nullptr;
    for (const QString &key : orgs) {
        const auto it = m_objects.find(key);
        const DirectoryObject *o = it == m_objects.end() ? nullptr : it->second.get();
        if (o && (!best || o->name().compare(best->name(), Qt::CaseInsensitive) < 0))
            best = o;
    }
    return best;
}

QList<const DirectoryObject *> Topology::children(const Dn &parent) const {
    QList<const DirectoryObject *> out;
    for (const QString &key : m_children.value(parent.key()))
        if (const auto it = m_objects.find(key); it != m_objects.end())
            out.append(it->second.get());
    return out;
}

QList<const DirectoryObject *> Topology::childrenOfKind(const Dn &parent, ObjectKind kind) const {
    QList<const DirectoryObject *> out;
    for (const DirectoryObject *o : children(parent))
        if (o->kind() == kind)
            out.append(o);
    return out;
}

const DirectoryObject *Topology::childOfKind(const Dn &parent, ObjectKind kind) const {
    const QList<const DirectoryObject *> all = childrenOfKind(parent, kind);
    return all.isEmpty() ? nullptr : all.first();
}

QList<const DirectoryObject *> Topology::objectsOfKind(ObjectKind kind) const {
    QList<const DirectoryObject *> out;
    for (const QString &key : m_byKind.value(kind))
        if (const auto it = m_objects.find(key); it != m_objects.end())
            out.append(it->second.get());
    return out;
}

QList<const ExchangeServer *> Topology::members(const Dn &routingGroup) const {
    QList<const ExchangeServer *> out;
    for (const QString &key : m_members.value(routingGroup.key()))
        if (const auto it = m_objects.find(key); it != m_objects.end())
            out.append(static_cast<const ExchangeServer *>(it->second.get()));
    return out;
}

QList<const SmtpVirtualServer *> Topology::virtualServersOf(const Dn &server) const {
    QList<const SmtpVirtualServer *> out;
    for (const DirectoryObject *protocols : childrenOfKind(server, ObjectKind::ProtocolsContainer))
        for (const DirectoryObject *smtp : childrenOfKind(protocols->dn(), ObjectKind::SmtpContainer))
            for (const DirectoryObject *vs : childrenOfKind(smtp->dn(), ObjectKind::VirtualServer))
                out.append(static_cast<const SmtpVirtualServer *>(vs));
    return out;
}

QList<const SmtpVirtualServer *> Topology::virtualServersInRoutingGroup(const Dn &routingGroup) const {
    QList<const SmtpVirtualServer *> out;
    for (const ExchangeServer *server : members(routingGroup))
        out.append(virtualServersOf(server->dn()));
    return out;
}

QList<const DirectoryObject *> Topology::linkingInto(const Dn &dn) const {
    QList<const DirectoryObject *> out;
    for (const auto &[key, object] : m_objects) {
        for (const directory::Attribute &a : object->entry().attributes()) {
            if (!attr::isDnValued(a.name))
                continue;
            const QList<Dn> targets = object->dnValues(a.name);
            if (std::any_of(targets.begin(), targets.end(),
                            [&](const Dn &t) { return t.isDescendantOrSelf(dn); })) {
                out.append(object.get());
                break;
            }
        }
    }
    return out;
}

QList<const SmtpConnector *> Topology::connectorsWithBridgehead(const Dn &virtualServer) const {
    QList<const SmtpConnector *> out;
    for (const DirectoryObject *o : objectsOfKind(ObjectKind::SmtpConnector)) {
        const auto *connector = static_cast<const SmtpConnector *>(o);
        if (connector->bridgeheads().contains(virtualServer))
            out.append(connector);
    }
    return out;
}

} // namespace topology
