#include "Topology.h"

#include "Attributes.h"
#include "ObjectFactory.h"

#include "ExchangeServer.h"
#include "RoutingGroup.h"
#include "RoutingGroupConnector.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"

#include <algorithm>
#include <functional>

namespace topology {

using directory::Dn;
using directory::Entry;

namespace {

bool keyIsDescendantOrSelf(const QString &key, const QString &ancestor) {
    if (ancestor.isEmpty())
        return true;
    if (key.size() == ancestor.size())
        return key == ancestor;
    // Keys escape every comma inside a value, so a suffix match at a comma is an ancestor match.
    return key.size() > ancestor.size() && key.endsWith(ancestor) &&
           key.at(key.size() - ancestor.size() - 1) == QLatin1Char(',');
}

// Attributes whose values differ between two entries of one object, as either side spells them.
QStringList changedAttributes(const Entry &before, const Entry &after) {
    QStringList out;
    for (const directory::Attribute &a : before.attributes())
        if (a.values != after.values(a.name))
            out.append(a.name);
    for (const directory::Attribute &a : after.attributes())
        if (!before.has(a.name))
            out.append(a.name);
    return out;
}

QSet<QString> linkTargets(const DirectoryObject *object) {
    QSet<QString> out;
    for (const directory::Attribute &a : object->entry().attributes()) {
        if (!attr::isDnValued(a.name))
            continue;
        for (const Dn &dn : object->dnValues(a.name))
            out.insert(dn.key());
    }
    return out;
}

void removeFrom(QHash<QString, QSet<QString>> &index, const QString &bucket, const QString &key) {
    auto it = index.find(bucket);
    if (it == index.end())
        return;
    it->remove(key);
    if (it->isEmpty())
        index.erase(it);
}

} // namespace

bool TopologyChange::touches(const QString &attribute) const {
    if (type != Type::Modified)
        return true;
    return std::any_of(attributes.begin(), attributes.end(),
                       [&](const QString &a) { return a.compare(attribute, Qt::CaseInsensitive) == 0; });
}

Topology::Topology(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<QList<topology::TopologyChange>>();
}

Topology::~Topology() = default;

void Topology::clear() {
    m_objects.clear();
    m_children.clear();
    m_byKind.clear();
    m_linkedFrom.clear();
    m_virtualServers.clear();
    m_connectors.clear();
    m_attributeUse.clear();
    m_seen.clear();
    m_resyncing = false;
    m_loading = false;
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
    for (const directory::Attribute &a : object->entry().attributes())
        ++m_attributeUse[a.name];
    for (const QString &target : linkTargets(object))
        m_linkedFrom[target].insert(key);
    switch (object->kind()) {
    case ObjectKind::VirtualServer:
        m_virtualServers[static_cast<const SmtpVirtualServer *>(object)->serverDn().key()].insert(key);
        break;
    case ObjectKind::SmtpConnector:
    case ObjectKind::RoutingGroupConnector:
        m_connectors[Dn::parentKey(Dn::parentKey(key))].insert(key);
        break;
    default:
        break;
    }
}

void Topology::unindex(const DirectoryObject *object) {
    const QString key = object->dn().key();
    removeFrom(m_children, Dn::parentKey(key), key);
    m_byKind[object->kind()].remove(key);
    for (const directory::Attribute &a : object->entry().attributes())
        if (auto it = m_attributeUse.find(a.name); it != m_attributeUse.end() && --it.value() == 0)
            m_attributeUse.erase(it);
    for (const QString &target : linkTargets(object))
        removeFrom(m_linkedFrom, target, key);
    switch (object->kind()) {
    case ObjectKind::VirtualServer:
        removeFrom(m_virtualServers, static_cast<const SmtpVirtualServer *>(object)->serverDn().key(), key);
        break;
    case ObjectKind::SmtpConnector:
    case ObjectKind::RoutingGroupConnector:
        removeFrom(m_connectors, Dn::parentKey(Dn::parentKey(key)), key);
        break;
    default:
        break;
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
        const Object before = it.value();
        if (before->entry() == entry)
            return; // a re-read of what we have
        unindex(before.get());
        Object after(makeObject(dn, entry));
        index(after.get());
        it.value() = after;
        changes.append(TopologyChange{TopologyChange::Type::Modified, after->kind(), dn, before->kind(),
                                      homesOf(before.get()) + homesOf(after.get()),
                                      changedAttributes(before->entry(), entry), before});
        return;
    }
    Object object(makeObject(dn, entry));
    index(object.get());
    changes.append(TopologyChange{
        TopologyChange::Type::Added, object->kind(), dn, object->kind(), homesOf(object.get()), {}, nullptr});
    m_objects.insert(key, std::move(object));
}

void Topology::remove(const Dn &dn, QList<TopologyChange> &changes) {
    // Children go first (a subtree delete or a rename reported only for its top).
    const QSet<QString> childKeys = m_children.value(dn.key());
    for (const QString &childKey : childKeys)
        if (const auto it = m_objects.find(childKey); it != m_objects.end())
            remove(it.value()->dn(), changes);
    auto it = m_objects.find(dn.key());
    if (it == m_objects.end())
        return;
    const Object before = it.value();
    unindex(before.get());
    changes.append(TopologyChange{TopologyChange::Type::Removed,
                                  before->kind(),
                                  dn,
                                  before->kind(),
                                  homesOf(before.get()),
                                  {},
                                  before});
    m_objects.erase(it);
}

void Topology::rename(const directory::FeedChange &c, QList<TopologyChange> &changes) {
    // The subtree under the old name moves with it; keep every object, under its new DN.
    const Dn oldDn = Dn::parse(c.oldDn);
    const Dn newDn = Dn::parse(c.entry.dn());
    QList<Entry> moved;
    std::function<void(const Dn &)> collect = [&](const Dn &dn) {
        if (const auto it = m_objects.find(dn.key()); it != m_objects.end()) {
            Entry e = it.value()->entry();
            e.setDn(dn.rebased(oldDn, newDn).toString());
            moved.append(e);
        }
        for (const QString &childKey : m_children.value(dn.key()))
            if (const auto child = m_objects.find(childKey); child != m_objects.end())
                collect(child.value()->dn());
    };
    collect(oldDn);
    remove(oldDn, changes);
    if (!moved.isEmpty())
        moved.first() = c.entry;
    else
        moved.append(c.entry);
    for (const Entry &e : std::as_const(moved))
        upsert(e, changes);
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
        case directory::FeedChange::Type::Renamed:
            rename(c, changes);
            break;
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
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it)
        if (!m_seen.contains(it.key()))
            gone.append(it.value()->dn());
    m_seen.clear();
    for (const Dn &dn : std::as_const(gone))
        remove(dn, changes);
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void Topology::beginLoad() {
    if (m_loading)
        return;
    m_loading = true;
    Q_EMIT loadStarted();
}

void Topology::endLoad() {
    if (!m_loading)
        return;
    m_loading = false;
    Q_EMIT loaded();
}

const DirectoryObject *Topology::find(const Dn &dn) const {
    const auto it = m_objects.find(dn.key());
    return it == m_objects.end() ? nullptr : it.value().get();
}

std::shared_ptr<const DirectoryObject> Topology::share(const Dn &dn) const {
    const auto it = m_objects.find(dn.key());
    return it == m_objects.end() ? nullptr : it.value();
}

QList<const DirectoryObject *> Topology::lookup(const QSet<QString> &keys) const {
    QList<const DirectoryObject *> out;
    out.reserve(keys.size());
    for (const QString &key : keys)
        if (const auto it = m_objects.find(key); it != m_objects.end())
            out.append(it.value().get());
    return out;
}

const DirectoryObject *Topology::organization() const {
    const DirectoryObject *best = nullptr;
    for (const DirectoryObject *o : lookup(m_byKind.value(ObjectKind::Organization)))
        if (!best || o->name().compare(best->name(), Qt::CaseInsensitive) < 0)
            best = o;
    return best;
}

QList<const DirectoryObject *> Topology::children(const Dn &parent) const {
    return lookup(m_children.value(parent.key()));
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
    return lookup(m_byKind.value(kind));
}

QList<const DirectoryObject *> Topology::linksTo(const Dn &target) const {
    return lookup(m_linkedFrom.value(target.key()));
}

QList<const ExchangeServer *> Topology::members(const Dn &routingGroup) const {
    QList<const ExchangeServer *> out;
    for (const DirectoryObject *o : linksTo(routingGroup))
        if (o->kind() == ObjectKind::Server &&
            static_cast<const ExchangeServer *>(o)->homeRoutingGroup() == routingGroup)
            out.append(static_cast<const ExchangeServer *>(o));
    return out;
}

QList<const SmtpVirtualServer *> Topology::virtualServersOf(const Dn &server) const {
    QList<const SmtpVirtualServer *> out;
    for (const DirectoryObject *o : lookup(m_virtualServers.value(server.key())))
        out.append(static_cast<const SmtpVirtualServer *>(o));
    return out;
}

QList<const SmtpVirtualServer *> Topology::virtualServersInRoutingGroup(const Dn &routingGroup) const {
    QList<const SmtpVirtualServer *> out;
    for (const ExchangeServer *server : members(routingGroup))
        out.append(virtualServersOf(server->dn()));
    return out;
}

QList<const DirectoryObject *> Topology::connectorsOf(const Dn &routingGroup) const {
    return lookup(m_connectors.value(routingGroup.key()));
}

QList<const DirectoryObject *> Topology::linkingInto(const Dn &dn) const {
    QSet<QString> holders;
    for (auto it = m_linkedFrom.cbegin(); it != m_linkedFrom.cend(); ++it)
        if (keyIsDescendantOrSelf(it.key(), dn.key()))
            holders.unite(it.value());
    return lookup(holders);
}

bool Topology::hasAttribute(const QString &name) const {
    // Servers send names in one spelling; the few dozen names in use are compared without case.
    if (m_attributeUse.contains(name))
        return true;
    for (auto it = m_attributeUse.cbegin(); it != m_attributeUse.cend(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QList<const SmtpConnector *> Topology::connectorsWithBridgehead(const Dn &virtualServer) const {
    QList<const SmtpConnector *> out;
    for (const DirectoryObject *o : linksTo(virtualServer)) {
        if (o->kind() != ObjectKind::SmtpConnector)
            continue;
        const auto *connector = static_cast<const SmtpConnector *>(o);
        if (connector->bridgeheads().contains(virtualServer))
            out.append(connector);
    }
    return out;
}

} // namespace topology
