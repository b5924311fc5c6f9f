#include "MessageListModel.h"

#include "QueueListModel.h"
#include "SubjectCache.h"

#include <QLocale>

#include <algorithm>

namespace queues {

MessageListModel::MessageListModel(MessageStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(store, &MessageStore::messagesAdded, this, &MessageListModel::onAdded);
    connect(store, &MessageStore::messagesChanged, this, &MessageListModel::onChanged);
    connect(store, &MessageStore::messagesRemoved, this, &MessageListModel::onRemoved);
    connect(store, &MessageStore::cleared, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_rowOf.clear();
        m_indexDirty = false;
        endResetModel();
    });
}

void MessageListModel::setSubjects(SubjectCache *cache) {
    if (m_subjects)
        m_subjects->disconnect(this);
    m_subjects = cache;
    if (cache)
        connect(cache, &SubjectCache::subjectsReady, this, &MessageListModel::onSubjects);
}

void MessageListModel::setQueueNames(std::function<QString(const QueuedMessage &)> names) {
    m_queueNames = std::move(names);
}

bool MessageListModel::accepts(const QueuedMessage &m) const {
    if (m_only && !m_only->contains(m.id))
        return false;
    return m_filter.matches(m);
}

void MessageListModel::setQuery(const MessageFilter &filter, int limit, std::optional<QSet<QString>> only) {
    // A new question, not a refresh: the rows are chosen afresh.
    beginResetModel();
    m_filter = filter;
    m_limit = std::max(limit, 0);
    m_only = std::move(only);
    m_rows.clear();
    for (const MessagePtr &m : m_store->messages()) {
        if (accepts(*m))
            m_rows.push_back(m);
    }
    // "The first N" are the oldest N, as the queue holds them.
    const auto byArrival = [](const MessagePtr &a, const MessagePtr &b) {
        return a->arrival != b->arrival ? a->arrival < b->arrival : a->id < b->id;
    };
    if (m_limit > 0 && qsizetype(m_rows.size()) > m_limit) {
        std::nth_element(m_rows.begin(), m_rows.begin() + m_limit, m_rows.end(), byArrival);
        m_rows.resize(size_t(m_limit));
    }
    if (m_sortColumn >= 0)
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [this](const MessagePtr &a, const MessagePtr &b) { return lessThan(a, b); });
    else
        std::sort(m_rows.begin(), m_rows.end(), byArrival);
    m_indexDirty = true;
    endResetModel();
}

MessagePtr MessageListModel::messageAt(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)] : MessagePtr();
}

void MessageListModel::reindex() const {
    if (!m_indexDirty)
        return;
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_rows.size()));
    for (int r = 0; r < int(m_rows.size()); ++r)
        m_rowOf.insert(m_rows[size_t(r)]->id, r);
    m_indexDirty = false;
}

int MessageListModel::rowOf(const QString &id) const {
    reindex();
    return m_rowOf.value(id, -1);
}

QStringList MessageListModel::ids() const {
    QStringList out;
    out.reserve(qsizetype(m_rows.size()));
    for (const MessagePtr &m : m_rows)
        out.append(m->id);
    return out;
}

QStringList MessageListModel::checkedIds() const {
    QStringList out;
    for (const MessagePtr &m : m_rows)
        if (m_checked.contains(m->id))
            out.append(m->id);
    return out;
}

void MessageListModel::setChecked(const QStringList &ids, bool checked) {
    for (const QString &id : ids) {
        if (checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, Id), index(row, Id), {Qt::CheckStateRole});
    }
    Q_EMIT checkedChanged();
}

void MessageListModel::clearChecked() {
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Id), index(rowCount() - 1, Id), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

bool MessageListModel::lessThan(const MessagePtr &a, const MessagePtr &b) const {
    int c = 0;
    switch (m_sortColumn) {
    case Id:
        c = QString::compare(a->id, b->id);
        break;
    case From:
        c = QString::compare(a->sender, b->sender, Qt::CaseInsensitive);
        break;
    case To:
        c = QString::compare(a->recipients.isEmpty() ? QString() : a->recipients.first().address,
                             b->recipients.isEmpty() ? QString() : b->recipients.first().address,
                             Qt::CaseInsensitive);
        break;
    case Subject:
        if (m_subjects)
            c = QString::compare(m_subjects->subject(*a), m_subjects->subject(*b), Qt::CaseInsensitive);
        break;
    case Size:
        c = a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
        break;
    case Received:
        c = a->arrival < b->arrival ? -1 : a->arrival > b->arrival ? 1 : 0;
        break;
    case State:
        c = int(a->state()) - int(b->state());
        break;
    case LastError:
        c = QString::compare(a->lastError(), b->lastError());
        break;
    case Queue:
        if (m_queueNames)
            c = QString::compare(m_queueNames(*a), m_queueNames(*b));
        break;
    default:
        break;
    }
    if (c == 0)
        c = a->arrival != b->arrival ? (a->arrival < b->arrival ? -1 : 1) : QString::compare(a->id, b->id);
    return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
}

void MessageListModel::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_order)
        return;
    m_sortColumn = column;
    m_order = order;
    relayout(
        [this, column] {
            if (column >= 0)
                std::stable_sort(m_rows.begin(), m_rows.end(),
                                 [this](const MessagePtr &a, const MessagePtr &b) { return lessThan(a, b); });
        },
        QAbstractItemModel::VerticalSortHint);
}

void MessageListModel::relayout(const std::function<void()> &change,
                                QAbstractItemModel::LayoutChangeHint hint) {
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList before = persistentIndexList();
    QStringList idsBefore;
    idsBefore.reserve(before.size());
    for (const QModelIndex &i : before)
        idsBefore.append(m_rows[size_t(i.row())]->id);
    change();
    m_indexDirty = true;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(idsBefore.at(i));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void MessageListModel::insert(QList<MessagePtr> messages) {
    if (m_limit > 0) {
        const qsizetype room = m_limit - qsizetype(m_rows.size());
        if (room <= 0)
            return;
        if (messages.size() > room)
            messages.resize(room);
    }
    if (messages.isEmpty())
        return;
    const auto less = [this](const MessagePtr &a, const MessagePtr &b) { return lessThan(a, b); };
    if (m_sortColumn < 0) {
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + int(messages.size()) - 1);
        for (MessagePtr &m : messages) {
            if (!m_indexDirty)
                m_rowOf.insert(m->id, int(m_rows.size()));
            m_rows.push_back(std::move(m));
        }
        endInsertRows();
        return;
    }
    std::stable_sort(messages.begin(), messages.end(), less);
    // Where the new rows go among the old; often all at the end (newer messages, sorted by time).
    const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), messages.first(), less);
    const bool allAtEnd = at == m_rows.end();
    if (allAtEnd || messages.size() <= MergeThreshold) {
        if (allAtEnd) {
            const int first = rowCount();
            beginInsertRows(QModelIndex(), first, first + int(messages.size()) - 1);
            for (MessagePtr &m : messages)
                m_rows.push_back(std::move(m));
            m_indexDirty = true;
            endInsertRows();
            return;
        }
        for (MessagePtr &m : messages) {
            const int row = int(std::upper_bound(m_rows.begin(), m_rows.end(), m, less) - m_rows.begin());
            beginInsertRows(QModelIndex(), row, row);
            m_rows.insert(m_rows.begin() + row, std::move(m));
            m_indexDirty = true;
            endInsertRows();
        }
        return;
    }
    // Many rows at many places: one merge, announced as a layout change.
    relayout(
        [&] {
            std::vector<MessagePtr> merged;
            merged.reserve(m_rows.size() + size_t(messages.size()));
            std::merge(std::make_move_iterator(m_rows.begin()), std::make_move_iterator(m_rows.end()),
                       std::make_move_iterator(messages.begin()), std::make_move_iterator(messages.end()),
                       std::back_inserter(merged), less);
            m_rows = std::move(merged);
        },
        QAbstractItemModel::VerticalSortHint);
}

void MessageListModel::removeRows(QList<int> rows) {
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs, from the bottom up so the rows above keep their numbers.
    QList<std::pair<int, int>> runs;
    for (int r : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second == r - 1)
            runs.last().second = r;
        else
            runs.append({r, r});
    }
    if (runs.size() <= MergeThreshold) {
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            beginRemoveRows(QModelIndex(), it->first, it->second);
            m_rows.erase(m_rows.begin() + it->first, m_rows.begin() + it->second + 1);
            m_indexDirty = true;
            endRemoveRows();
        }
        return;
    }
    // Scattered rows: one pass, announced as a layout change; their indexes become invalid.
    relayout(
        [&] {
            std::vector<MessagePtr> kept;
            kept.reserve(m_rows.size() - size_t(rows.size()));
            qsizetype next = 0;
            for (int r = 0; r < int(m_rows.size()); ++r) {
                if (next < rows.size() && rows.at(next) == r) {
                    ++next;
                    continue;
                }
                kept.push_back(std::move(m_rows[size_t(r)]));
            }
            m_rows = std::move(kept);
        },
        QAbstractItemModel::NoLayoutChangeHint);
}

void MessageListModel::onAdded(const QList<MessagePtr> &messages) {
    QList<MessagePtr> accepted;
    for (const MessagePtr &m : messages)
        if (accepts(*m))
            accepted.append(m);
    insert(std::move(accepted));
}

void MessageListModel::onChanged(const QList<MessagePtr> &before, const QList<MessagePtr> &after) {
    QList<int> gone;
    QList<MessagePtr> fresh;
    int lo = -1, hi = -1;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const MessagePtr &m = after.at(i);
        const int row = rowOf(m->id);
        const bool wanted = accepts(*m);
        if (row >= 0 && wanted) {
            m_rows[size_t(row)] = m;
            lo = lo < 0 ? row : std::min(lo, row);
            hi = std::max(hi, row);
        } else if (row >= 0) {
            gone.append(row);
        } else if (wanted) {
            fresh.append(m);
        }
    }
    Q_UNUSED(before);
    if (lo >= 0)
        Q_EMIT dataChanged(index(lo, 0), index(hi, ColumnCount - 1));
    removeRows(gone);
    insert(std::move(fresh));
}

void MessageListModel::onRemoved(const QList<MessagePtr> &messages) {
    QList<int> rows;
    for (const MessagePtr &m : messages) {
        const int row = rowOf(m->id);
        if (row >= 0)
            rows.append(row);
    }
    removeRows(rows);
}

void MessageListModel::onSubjects(const QStringList &ids) {
    int lo = -1, hi = -1;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        lo = lo < 0 ? row : std::min(lo, row);
        hi = std::max(hi, row);
    }
    if (lo >= 0)
        Q_EMIT dataChanged(index(lo, Subject), index(hi, Subject), {Qt::DisplayRole});
}

QString MessageListModel::recipientsText(const QueuedMessage &m) const {
    if (m.recipients.isEmpty())
        return QString();
    const QString first = m.recipients.first().address;
    if (m.recipients.size() == 1)
        return first;
    return tr("%1 (and %n more)", nullptr, int(m.recipients.size() - 1)).arg(first);
}

int MessageListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Id)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool MessageListModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != Id)
        return false;
    const QString id = m_rows[size_t(index.row())]->id;
    if (Qt::CheckState(value.toInt()) == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QueuedMessage &m = *m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return m.id;
    case StateRole:
        return int(m.state());
    case Qt::CheckStateRole:
        return index.column() == Id ? QVariant(m_checked.contains(m.id) ? Qt::Checked : Qt::Unchecked)
                                    : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == To) {
            QStringList lines;
            for (const QueuedRecipient &r : m.recipients)
                lines << (r.reason.isEmpty() ? r.address : tr("%1: %2").arg(r.address, r.reason));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Subject && m_subjects &&
            m_subjects->status(m) == SubjectCache::Status::Unavailable)
            return tr("The subject could not be read: %1").arg(m_subjects->lastError());
        if (index.column() == LastError)
            return m.lastError();
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Id:
        return m.id;
    case From:
        return m.sender;
    case To:
        return recipientsText(m);
    case Subject: {
        if (!m_subjects)
            return QString();
        switch (m_subjects->status(m)) {
        case SubjectCache::Status::Known:
            return m_subjects->subject(m);
        case SubjectCache::Status::Unknown:
            m_subjects->request(m); // shown rows only: the view asks for what it paints
            return QStringLiteral("…");
        case SubjectCache::Status::Fetching:
            return QStringLiteral("…");
        case SubjectCache::Status::Missing:
        case SubjectCache::Status::Unavailable:
            return QString();
        }
        return QString();
    }
    case Size:
        return QLocale().toString(m.size);
    case Received:
        return QueueListModel::formatTime(m.arrival);
    case State:
        return m.forcedExpire && m.state() != MessageState::Frozen
                   ? tr("%1 (NDR on the next attempt)").arg(QueuedMessage::stateName(m.state()))
                   : QueuedMessage::stateName(m.state());
    case LastError:
        return m.lastError();
    case Queue:
        return m_queueNames ? m_queueNames(m) : QString();
    }
    return QVariant();
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Id:
        return tr("Queue ID");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Size:
        return tr("Size");
    case Received:
        return tr("Received");
    case State:
        return tr("State");
    case LastError:
        return tr("Last error");
    case Queue:
        return tr("Queue");
    }
    return QVariant();
}

} // namespace queues
