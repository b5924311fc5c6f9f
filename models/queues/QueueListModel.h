#pragma once

// The queues of one server, as Exchange's queue viewer lists them: one row per next hop, plus
// "Messages pending submission", with state, message count, size, oldest message, estimated next
// retry and last error. A flat model keyed by queue; its figures are kept by adding and taking
// away the messages the store reports, never by recounting, so it stays cheap at 100,000 messages.

#include "ConnectorForNextHop.h"
#include "MessageStore.h"
#include "NextHops.h"
#include "QueueKey.h"
#include "RetrySchedule.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>

#include <vector>

namespace queues {

class QueueListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Protocol,
        Source,
        State,
        Messages,
        SizeKb,
        Oldest,
        NextRetry,
        LastError,
        ColumnCount
    };
    enum Role { KeyRole = Qt::UserRole + 1, SortRole, StateRole };

    struct Stats {
        QueueKey key;
        int count = 0;
        qint64 bytes = 0;
        int active = 0;
        int ready = 0;
        int retry = 0;
        int frozen = 0;
        QMap<qint64, int> arrivals;      // every message: the oldest
        QMap<qint64, int> retryArrivals; // deferred ones: the next retry
        QHash<QString, int> reasons;     // the last error: the most common reason

        MessageState state() const;
        qint64 oldest() const { return arrivals.isEmpty() ? -1 : arrivals.firstKey(); }
        QString lastError() const;
    };

    explicit QueueListModel(MessageStore *store, QObject *parent = nullptr);

    // Messages group by the relay host ("" for DNS, by recipient domain); a change regroups them.
    void setNextHops(const NextHops &nextHops);
    const NextHops &nextHops() const { return m_nextHops; }
    void setRetrySchedule(const RetrySchedule &schedule);
    // Names queues after the connectors that carry them (null: next hops only). The resolver
    // must outlive the model or be replaced first.
    void setRouting(const ConnectorForNextHop *routing);
    // The directory changed: connectors and names are looked up again.
    void refreshNames();
    // The time next retries are estimated against (seconds since the epoch; 0: the clock).
    void setNow(qint64 now) { m_now = now; }

    const Stats *stats(const QueueKey &key) const;
    QueueKey keyAt(int row) const;
    int rowOf(const QueueKey &key) const;
    QString queueName(const QueueKey &key) const;
    QueueRoute route(const QueueKey &key) const;
    qint64 nextRetry(const QueueKey &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatTime(qint64 secondsSinceEpoch);

private:
    void onAdded(const QList<MessagePtr> &messages);
    void onChanged(const QList<MessagePtr> &before, const QList<MessagePtr> &after);
    void onRemoved(const QList<MessagePtr> &messages);
    void regroup();
    // Adds (sign +1) or takes away (-1) a message's share; records the rows it touched.
    void account(const QueuedMessage &m, int sign);
    void publish();
    qint64 now() const;

    MessageStore *m_store;
    NextHops m_nextHops;
    RetrySchedule m_schedule;
    const ConnectorForNextHop *m_routing = nullptr;
    std::vector<Stats> m_rows;
    QHash<QueueKey, int> m_rowOf;
    mutable QHash<QueueKey, QueueRoute> m_routes;
    QList<Stats> m_newRows; // queues that appeared during the current batch
    QHash<QueueKey, qsizetype> m_newIndex;
    QSet<int> m_touched; // existing rows whose figures changed in the batch
    qint64 m_now = 0;
};

} // namespace queues
