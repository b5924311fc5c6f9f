#pragma once

// The messages of one queue, or the results of Find Messages: a flat model of the store's
// messages that pass a filter, keyed by queue ID. It follows the store by difference (messages
// that arrive, change or go), keeps its own order (sorting 100,000 rows without a proxy), and
// keeps ticked rows by queue ID, so a refresh changes no more than the queue did.

#include "MessageFilter.h"
#include "MessageStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

namespace queues {

class SubjectCache;

class MessageListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, From, To, Subject, Size, Received, State, LastError, Queue, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };
    // Beyond this many rows arriving at once, a sorted model merges them in one layout change
    // rather than one insertion per row.
    static constexpr int MergeThreshold = 16;

    explicit MessageListModel(MessageStore *store, QObject *parent = nullptr);

    void setSubjects(SubjectCache *cache);
    // The queue a message is shown in, for the Queue column (Find results span queues).
    void setQueueNames(std::function<QString(const QueuedMessage &)> names);

    // Shows the store's messages that pass `filter`, the first `limit` of them (0: all); `only`,
    // if given, restricts them to these IDs (the result of a subject search).
    void setQuery(const MessageFilter &filter, int limit = 0,
                  std::optional<QSet<QString>> only = std::nullopt);
    const MessageFilter &filter() const { return m_filter; }
    int limit() const { return m_limit; }

    MessagePtr messageAt(int row) const;
    int rowOf(const QString &id) const;
    QStringList ids() const;
    // Ticked rows (the check box in the first column), by queue ID.
    QStringList checkedIds() const;
    void setChecked(const QStringList &ids, bool checked);
    void clearChecked();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }

Q_SIGNALS:
    void checkedChanged();

private:
    bool accepts(const QueuedMessage &m) const;
    bool lessThan(const MessagePtr &a, const MessagePtr &b) const;
    void onAdded(const QList<MessagePtr> &messages);
    void onChanged(const QList<MessagePtr> &before, const QList<MessagePtr> &after);
    void onRemoved(const QList<MessagePtr> &messages);
    void onSubjects(const QStringList &ids);
    void insert(QList<MessagePtr> messages);
    void removeRows(QList<int> rows);
    void reindex() const;
    // Runs `change` (which reorders rows, adds or drops some) as one layout change, carrying the
    // persistent indexes (selection, current row) over by queue ID.
    void relayout(const std::function<void()> &change, QAbstractItemModel::LayoutChangeHint hint);
    QString recipientsText(const QueuedMessage &m) const;

    MessageStore *m_store;
    QPointer<SubjectCache> m_subjects;
    std::function<QString(const QueuedMessage &)> m_queueNames;
    MessageFilter m_filter;
    std::optional<QSet<QString>> m_only;
    int m_limit = 0;
    std::vector<MessagePtr> m_rows;
    mutable QHash<QString, int> m_rowOf;
    mutable bool m_indexDirty = false;
    QSet<QString> m_checked;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace queues
