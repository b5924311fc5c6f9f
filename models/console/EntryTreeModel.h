#pragma once

// The directory as a plain tree of entries (the DIT under a base DN), kept current from change-feed
// batches. The raw view beside the Exchange console tree, and what the first shell shows.

#include "ChangeFeed.h"
#include "Dn.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace console {

class EntryTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { DnRole = Qt::UserRole + 1, ObjectClassRole };

    explicit EntryTreeModel(QObject *parent = nullptr);
    ~EntryTreeModel() override;

    void setBase(const QString &base);
    void apply(const QList<directory::FeedChange> &changes);
    void clear();
    int entryCount() const { return int(m_byKey.size()); }
    QModelIndex indexForDn(const QString &dn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        directory::Dn dn;
        directory::Entry entry;
        bool present = false; // false: a parent we have not (yet) seen as an entry
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row() const;
    };

    Node *ensureNode(const directory::Dn &dn);
    void insertChild(Node *parent, std::unique_ptr<Node> child);
    void removeNode(Node *node);
    void forget(Node *node);
    QModelIndex indexOf(const Node *node) const;
    Node *nodeOf(const QModelIndex &index) const;
    static QString sortKey(const Node *node);

    std::unique_ptr<Node> m_root; // invisible; its children are the top-level entries
    directory::Dn m_base;
    QHash<QString, Node *> m_byKey;
};

} // namespace console
