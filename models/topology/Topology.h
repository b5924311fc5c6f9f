#pragma once

// The organization in memory: every entry under the base as a typed object, indexed by DN, by
// parent and by home routing group. The single truth the console models, the analyzer and the
// route resolver read; it changes only through apply()/addEntries() and reports each batch of
// changes once, so every view updates the same way whoever made the change.

#include "ChangeFeed.h"
#include "DirectoryObject.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QSet>

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
};

class Topology : public QObject {
    Q_OBJECT
public:
    explicit Topology(QObject *parent = nullptr);
    ~Topology() override;

    void clear();
    // Entries from a search (the initial load): each is added, or updated if already known.
    void addEntries(const QList<directory::Entry> &entries);
    // Changes from the change feed.
    void apply(const QList<directory::FeedChange> &changes);
    // A full re-read is starting / has ended: objects not seen in between are removed.
    void beginResync();
    void endResync();

    int objectCount() const { return int(m_objects.size()); }
    const DirectoryObject *find(const directory::Dn &dn) const;
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
    // Servers whose msExchHomeRoutingGroup names this routing group.
    QList<const ExchangeServer *> members(const directory::Dn &routingGroup) const;
    QList<const SmtpVirtualServer *> virtualServersOf(const directory::Dn &server) const;
    // Virtual servers of the routing group's member servers: the candidates for local bridgeheads.
    QList<const SmtpVirtualServer *> virtualServersInRoutingGroup(const directory::Dn &routingGroup) const;
    // Objects whose DN-valued links (home routing group, bridgeheads, homeMTA …) point into the
    // subtree at `dn`: what must be rewritten when that subtree is renamed.
    QList<const DirectoryObject *> linkingInto(const directory::Dn &dn) const;
    // SMTP connectors naming this virtual server as a local bridgehead.
    QList<const SmtpConnector *> connectorsWithBridgehead(const directory::Dn &virtualServer) const;

Q_SIGNALS:
    void changed(const QList<topology::TopologyChange> &changes);
    void cleared();

private:
    void upsert(const directory::Entry &entry, QList<TopologyChange> &changes);
    void remove(const directory::Dn &dn, QList<TopologyChange> &changes);
    static QList<directory::Dn> homesOf(const DirectoryObject *object);
    void index(const DirectoryObject *object);
    void unindex(const DirectoryObject *object);

    std::unordered_map<QString, std::unique_ptr<DirectoryObject>> m_objects; // by DN key
    QHash<QString, QSet<QString>> m_children;                                // parent key → child keys
    QHash<QString, QSet<QString>> m_members; // routing group key → server keys
    QHash<QString, QString> m_homeOf;        // server key → routing group key
    QHash<ObjectKind, QSet<QString>> m_byKind;
    QSet<QString> m_seen;
    bool m_resyncing = false;
};

} // namespace topology

Q_DECLARE_METATYPE(topology::TopologyChange)
