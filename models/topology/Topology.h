#pragma once

// The organization in memory: every entry under the base as a typed, immutable object, indexed by
// DN, by parent, by kind and by the DN links between objects (home routing group, local
// bridgeheads, homeMTA …). The single truth the console models, the analyzer and the route
// resolver read; it changes only through apply() and reports each batch of changes once, with the
// attributes that changed and the objects as they were, so every view updates the same way
// whoever made the change.

#include "ChangeFeed.h"
#include "DirectoryObject.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <unordered_map>

namespace topology {

class ExchangeServer;
class SmtpVirtualServer;
class SmtpConnector;
class RoutingGroup;

struct TopologyChange {
    enum class Type { Added, Modified, Removed };
    Type type = Type::Added;
    ObjectKind kind = ObjectKind::Other;
    directory::Dn dn;
    ObjectKind oldKind = ObjectKind::Other; // Modified: the kind before (an objectClass edit can change it)
    // Other objects whose derived views changed with this one: for a server, its routing groups
    // before and after (their member lists).
    QList<directory::Dn> related;
    // Modified: the attributes whose values changed, as the entries spell them (either side).
    QStringList attributes;
    // Modified and Removed: the object as it was, so rules can still read what it linked to.
    std::shared_ptr<const DirectoryObject> before;

    bool touches(const QString &attribute) const;
};

class Topology : public QObject {
    Q_OBJECT
public:
    explicit Topology(QObject *parent = nullptr);
    ~Topology() override;

    void clear();
    // Entries from a search: each is added, or updated if already known.
    void addEntries(const QList<directory::Entry> &entries);
    // Changes from the change feed (or a search, as Added changes).
    void apply(const QList<directory::FeedChange> &changes);
    // A full re-read is starting / has ended: objects not seen in between are removed.
    void beginResync();
    void endResync();
    // A load (the first read, or F5) starts / ends: changes still flow meanwhile (the tree fills as
    // entries arrive), and loaded() says the whole organization is in, for consumers that would
    // rather look once (the analyzer) than follow every batch of a load.
    void beginLoad();
    void endLoad();
    bool isLoading() const { return m_loading; }

    int objectCount() const { return int(m_objects.size()); }
    const DirectoryObject *find(const directory::Dn &dn) const;
    // The object for shared keeping (a change's "before" stays valid however the topology changes).
    std::shared_ptr<const DirectoryObject> share(const directory::Dn &dn) const;
    template <class T> const T *findAs(const directory::Dn &dn) const {
        return dynamic_cast<const T *>(find(dn));
    }
    // The Exchange organization (msExchOrganizationContainer) found under the base, if any.
    const DirectoryObject *organization() const;
    // Direct children by DN, in no particular order.
    QList<const DirectoryObject *> children(const directory::Dn &parent) const;
    QList<const DirectoryObject *> childrenOfKind(const directory::Dn &parent, ObjectKind kind) const;
    const DirectoryObject *childOfKind(const directory::Dn &parent, ObjectKind kind) const;
    QList<const DirectoryObject *> objectsOfKind(ObjectKind kind) const;
    template <class T> QList<const T *> objectsOfKindAs(ObjectKind kind) const {
        QList<const T *> out;
        for (const DirectoryObject *o : objectsOfKind(kind))
            out.append(static_cast<const T *>(o));
        return out;
    }
    // Servers whose msExchHomeRoutingGroup names this routing group.
    QList<const ExchangeServer *> members(const directory::Dn &routingGroup) const;
    QList<const SmtpVirtualServer *> virtualServersOf(const directory::Dn &server) const;
    // Virtual servers of the routing group's member servers: the candidates for local bridgeheads.
    QList<const SmtpVirtualServer *> virtualServersInRoutingGroup(const directory::Dn &routingGroup) const;
    // SMTP and routing group connectors under the routing group's Connections container.
    QList<const DirectoryObject *> connectorsOf(const directory::Dn &routingGroup) const;
    // Objects with a DN-valued attribute naming exactly `target`.
    QList<const DirectoryObject *> linksTo(const directory::Dn &target) const;
    // Objects whose DN-valued links point into the subtree at `dn`: what must be rewritten when that
    // subtree is renamed.
    QList<const DirectoryObject *> linkingInto(const directory::Dn &dn) const;
    // SMTP connectors naming this virtual server as a local bridgehead.
    QList<const SmtpConnector *> connectorsWithBridgehead(const directory::Dn &virtualServer) const;
    // Whether some object holds a value of this attribute (name compared without case).
    bool hasAttribute(const QString &name) const;

Q_SIGNALS:
    void changed(const QList<topology::TopologyChange> &changes);
    void cleared();
    void loadStarted();
    void loaded();

private:
    using Object = std::shared_ptr<const DirectoryObject>;

    void upsert(const directory::Entry &entry, QList<TopologyChange> &changes);
    void remove(const directory::Dn &dn, QList<TopologyChange> &changes);
    void rename(const directory::FeedChange &change, QList<TopologyChange> &changes);
    static QList<directory::Dn> homesOf(const DirectoryObject *object);
    void index(const DirectoryObject *object);
    void unindex(const DirectoryObject *object);
    QList<const DirectoryObject *> lookup(const QSet<QString> &keys) const;

    QHash<QString, Object> m_objects;         // by DN key
    QHash<QString, QSet<QString>> m_children; // parent key → child keys
    QHash<ObjectKind, QSet<QString>> m_byKind;
    QHash<QString, QSet<QString>> m_linkedFrom;     // target key → keys of objects linking to it
    QHash<QString, QSet<QString>> m_virtualServers; // server key → virtual server keys
    QHash<QString, QSet<QString>> m_connectors;     // routing group key → connector keys
    QHash<QString, int> m_attributeUse;             // attribute name as sent → objects holding it
    QSet<QString> m_seen;
    bool m_resyncing = false;
    bool m_loading = false;
};

} // namespace topology

Q_DECLARE_METATYPE(topology::TopologyChange)
