#include "QueueListModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace queues {

namespace {

void addCount(QMap<qint64, int> &map, qint64 key, int sign) {
    auto it = map.find(key);
    if (it == map.end()) {
        if (sign > 0)
            map.insert(key, sign);
        return;
    }
    *it += sign;
    if (*it <= 0)
        map.erase(it);
}

} // namespace

MessageState QueueListModel::Stats::state() const {
    if (count > 0 && frozen == count)
        return MessageState::Frozen;
    if (active > 0)
        return MessageState::Active;
    if (retry > 0)
        return MessageState::Retry;
    return MessageState::Ready;
}

QString QueueListModel::Stats::lastError() const {
    QString best;
    int most = 0;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    return best;
}

QueueListModel::QueueListModel(MessageStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    // "Messages pending submission" is always there, as Exchange's system queues are.
    Stats pending;
    pending.key = QueueKey::pendingSubmission();
    m_rows.push_back(pending);
    m_rowOf.insert(pending.key, 0);
    connect(store, &MessageStore::messagesAdded, this, &QueueListModel::onAdded);
    connect(store, &MessageStore::messagesChanged, this, &QueueListModel::onChanged);
    connect(store, &MessageStore::messagesRemoved, this, &QueueListModel::onRemoved);
    connect(store, &MessageStore::cleared, this, &QueueListModel::regroup);
    if (!store->isEmpty())
        regroup();
}

void QueueListModel::setNextHops(const NextHops &nextHops) {
    if (nextHops == m_nextHops)
        return;
    m_nextHops = nextHops;
    regroup();
}

void QueueListModel::setRetrySchedule(const RetrySchedule &schedule) {
    m_schedule = schedule;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, NextRetry), index(rowCount() - 1, NextRetry));
}

void QueueListModel::setRouting(const ConnectorForNextHop *routing) {
    m_routing = routing;
    refreshNames();
}

void QueueListModel::refreshNames() {
    m_routes.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Source));
}

qint64 QueueListModel::now() const {
    return m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
}

void QueueListModel::regroup() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_routes.clear();
    m_newRows.clear();
    m_newIndex.clear();
    m_touched.clear();
    Stats pending;
    pending.key = QueueKey::pendingSubmission();
    m_rows.push_back(pending);
    m_rowOf.insert(pending.key, 0);
    for (const MessagePtr &m : m_store->messages())
        account(*m, +1);
    for (Stats &s : m_newRows) {
        m_rowOf.insert(s.key, int(m_rows.size()));
        m_rows.push_back(std::move(s));
    }
    m_newRows.clear();
    m_newIndex.clear();
    m_touched.clear();
    endResetModel();
}

void QueueListModel::account(const QueuedMessage &m, int sign) {
    const QList<QueueKey> keys = m_nextHops.keysFor(m);
    const MessageState state = m.state();
    const QString reason = m.lastError();
    for (const QueueKey &key : keys) {
        Stats *s = nullptr;
        const auto it = m_rowOf.constFind(key);
        if (it != m_rowOf.constEnd()) {
            s = &m_rows[size_t(*it)];
            m_touched.insert(*it);
        } else {
            const auto fresh = m_newIndex.constFind(key);
            if (fresh != m_newIndex.constEnd()) {
                s = &m_newRows[*fresh];
            } else {
                if (sign < 0)
                    continue;
                m_newIndex.insert(key, m_newRows.size());
                m_newRows.append(Stats());
                s = &m_newRows.last();
                s->key = key;
            }
        }
        s->count += sign;
        s->bytes += sign * m.size;
        switch (state) {
        case MessageState::Active:
            s->active += sign;
            break;
        case MessageState::Ready:
            s->ready += sign;
            break;
        case MessageState::Retry:
            s->retry += sign;
            addCount(s->retryArrivals, m.arrival, sign);
            break;
        case MessageState::Frozen:
            s->frozen += sign;
            break;
        }
        addCount(s->arrivals, m.arrival, sign);
        if (!reason.isEmpty()) {
            auto r = s->reasons.find(reason);
            if (r == s->reasons.end()) {
                if (sign > 0)
                    s->reasons.insert(reason, sign);
            } else if ((*r += sign) <= 0) {
                s->reasons.erase(r);
            }
        }
    }
}

void QueueListModel::publish() {
    // Queues that emptied go (the pending-submission queue stays).
    QList<int> empty;
    for (int row : std::as_const(m_touched))
        if (row > 0 && m_rows[size_t(row)].count <= 0)
            empty.append(row);
    std::sort(empty.begin(), empty.end(), std::greater<int>());
    for (int row : empty) {
        beginRemoveRows(QModelIndex(), row, row);
        m_routes.remove(m_rows[size_t(row)].key);
        m_rows.erase(m_rows.begin() + row);
        m_touched.remove(row);
        endRemoveRows();
    }
    if (!empty.isEmpty()) {
        QSet<int> shifted;
        for (int row : std::as_const(m_touched))
            shifted.insert(row -
                           int(std::count_if(empty.begin(), empty.end(), [row](int e) { return e < row; })));
        m_touched = shifted;
        m_rowOf.clear();
        for (int r = 0; r < int(m_rows.size()); ++r)
            m_rowOf.insert(m_rows[size_t(r)].key, r);
    }
    if (!m_touched.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(m_touched.cbegin(), m_touched.cend());
        Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
    }
    m_touched.clear();
    QList<Stats> fresh;
    for (Stats &s : m_newRows)
        if (s.count > 0)
            fresh.append(std::move(s));
    m_newRows.clear();
    m_newIndex.clear();
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        for (Stats &s : fresh) {
            m_rowOf.insert(s.key, int(m_rows.size()));
            m_rows.push_back(std::move(s));
        }
        endInsertRows();
    }
}

void QueueListModel::onAdded(const QList<MessagePtr> &messages) {
    for (const MessagePtr &m : messages)
        account(*m, +1);
    publish();
}

void QueueListModel::onChanged(const QList<MessagePtr> &before, const QList<MessagePtr> &after) {
    for (qsizetype i = 0; i < before.size(); ++i) {
        account(*before.at(i), -1);
        account(*after.at(i), +1);
    }
    publish();
}

void QueueListModel::onRemoved(const QList<MessagePtr> &messages) {
    for (const MessagePtr &m : messages)
        account(*m, -1);
    publish();
}

const QueueListModel::Stats *QueueListModel::stats(const QueueKey &key) const {
    const auto it = m_rowOf.constFind(key);
    return it == m_rowOf.constEnd() ? nullptr : &m_rows[size_t(*it)];
}

QueueKey QueueListModel::keyAt(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].key : QueueKey();
}

int QueueListModel::rowOf(const QueueKey &key) const {
    return m_rowOf.value(key, -1);
}

QueueRoute QueueListModel::route(const QueueKey &key) const {
    if (!m_routing)
        return {};
    const auto it = m_routes.constFind(key);
    if (it != m_routes.constEnd())
        return *it;
    const QueueRoute r = m_routing->resolve(key);
    m_routes.insert(key, r);
    return r;
}

QString QueueListModel::queueName(const QueueKey &key) const {
    if (!m_routing)
        return key.displayName();
    return m_routing->queueName(key, route(key));
}

qint64 QueueListModel::nextRetry(const QueueKey &key) const {
    const Stats *s = stats(key);
    if (!s || s->state() != MessageState::Retry)
        return -1;
    return m_schedule.earliestNextAttempt(s->retryArrivals, now());
}

QString QueueListModel::formatTime(qint64 secondsSinceEpoch) {
    if (secondsSinceEpoch < 0)
        return QString();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch), QLocale::ShortFormat);
}

int QueueListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Stats &s = m_rows[size_t(index.row())];
    if (role == KeyRole)
        return s.key.toString();
    if (role == StateRole)
        return int(s.state());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Messages || index.column() == SizeKb
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role == Qt::ToolTipRole) {
        if (index.column() == NextRetry)
            return tr("Estimated from the mail server's backoff times; a flush or a restart moves it.");
        if (index.column() == LastError || index.column() == Name)
            return data(index, Qt::DisplayRole);
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Name:
        return queueName(s.key);
    case Protocol:
        return QStringLiteral("SMTP");
    case Source:
        return m_routing ? m_routing->sourceName(route(s.key)) : QString();
    case State:
        return QueuedMessage::stateName(s.state());
    case Messages:
        return sort ? QVariant(s.count) : QVariant(QLocale().toString(s.count));
    case SizeKb: {
        const qint64 kb = (s.bytes + 1023) / 1024;
        return sort ? QVariant(s.bytes) : QVariant(QLocale().toString(kb));
    }
    case Oldest:
        return sort ? QVariant(s.oldest()) : QVariant(formatTime(s.oldest()));
    case NextRetry: {
        const qint64 t = nextRetry(s.key);
        return sort ? QVariant(t) : QVariant(formatTime(t));
    }
    case LastError:
        return s.lastError();
    }
    return QVariant();
}

QVariant QueueListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QVariant();
    // Two lines where the caption is long and the values are short, so the figures stay narrow.
    const bool display = role == Qt::DisplayRole;
    switch (section) {
    case Name:
        return tr("Name");
    case Protocol:
        return tr("Protocol");
    case Source:
        return tr("Source");
    case State:
        return tr("State");
    case Messages:
        return display ? tr("Number of\nmessages") : tr("Number of messages");
    case SizeKb:
        return display ? tr("Total size\n(KB)") : tr("Total size (KB)");
    case Oldest:
        return display ? tr("Oldest\nmessage") : tr("Oldest message");
    case NextRetry:
        return display ? tr("Next\nretry") : tr("Next retry (estimated)");
    case LastError:
        return tr("Last error");
    }
    return QVariant();
}

} // namespace queues
