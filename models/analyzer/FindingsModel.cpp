#include "FindingsModel.h"

#include <algorithm>

namespace analyzer {

FindingsModel::FindingsModel(Analyzer *analyzer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_analyzer(analyzer) {
    connect(analyzer, &Analyzer::findingsChanged, this, &FindingsModel::apply);
    FindingsDelta initial;
    initial.added = analyzer->sortedFindings();
    apply(initial);
}

void FindingsModel::reindex(int from) {
    for (int row = from; row < m_rows.size(); ++row)
        m_rowByKey.insert(m_rows.at(row).key(), row);
}

void FindingsModel::apply(const FindingsDelta &delta) {
    // Removed: from the bottom up, one contiguous range at a time.
    QList<int> gone;
    for (const QString &key : delta.removed)
        if (const int row = rowOf(key); row >= 0)
            gone.append(row);
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    for (qsizetype i = 0; i < gone.size();) {
        const int last = gone.at(i);
        int first = last;
        while (++i < gone.size() && gone.at(i) == first - 1)
            first = gone.at(i);
        beginRemoveRows(QModelIndex(), first, last);
        for (int row = first; row <= last; ++row) {
            --m_counts[int(m_rows.at(row).severity)];
            m_rowByKey.remove(m_rows.at(row).key());
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    if (!gone.isEmpty())
        reindex(gone.last());

    for (const Finding &f : delta.changed) {
        const int row = rowOf(f.key());
        if (row < 0)
            continue;
        --m_counts[int(m_rows.at(row).severity)];
        m_rows[row] = f;
        ++m_counts[int(f.severity)];
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    QList<Finding> added;
    for (const Finding &f : delta.added)
        if (rowOf(f.key()) < 0)
            added.append(f);
    if (!added.isEmpty()) {
        sortForReport(added);
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (const Finding &f : std::as_const(added))
            ++m_counts[int(f.severity)];
        m_rows.append(added);
        reindex(first);
        endInsertRows();
    }
    if (!delta.isEmpty())
        Q_EMIT countsChanged();
}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Finding &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case TitleColumn:
            return f.title;
        case ObjectColumn:
            return f.object;
        case DetailColumn:
            return f.detail;
        }
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return QVariant();
        if (!m_icons.contains(int(f.severity)))
            m_icons.insert(int(f.severity), QIcon(severityIconPath(f.severity)));
        return m_icons.value(int(f.severity));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            if (const Rule *rule = m_analyzer->rule(f.rule))
                return rule->summary;
            return QVariant();
        case ObjectColumn:
            return f.dn.toDisplayString();
        case DetailColumn:
            return f.detail;
        }
        return QVariant();
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(f.severity);
        case TitleColumn:
            return f.title;
        case ObjectColumn:
            return f.object;
        case DetailColumn:
            return f.detail;
        }
        return QVariant();
    case SeverityRole:
        return int(f.severity);
    case RuleRole:
        return f.rule;
    case DnRole:
        return f.dn.toString();
    case KeyRole:
        return f.key();
    default:
        return QVariant();
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Problem");
    case ObjectColumn:
        return tr("Object");
    case DetailColumn:
        return tr("Detail");
    }
    return QVariant();
}

} // namespace analyzer
