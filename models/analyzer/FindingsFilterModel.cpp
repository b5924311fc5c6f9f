#include "FindingsFilterModel.h"

#include "FindingsModel.h"

namespace analyzer {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FindingsFilterModel::setSeverityShown(Severity severity, bool shown) {
    if (m_shown[int(severity)] == shown)
        return;
    m_shown[int(severity)] = shown;
    invalidateFilter();
}

void FindingsFilterModel::setText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_shown[first.data(FindingsModel::SeverityRole).toInt()])
        return false;
    if (m_text.isEmpty())
        return true;
    if (first.data(FindingsModel::RuleRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int column = FindingsModel::TitleColumn; column < FindingsModel::ColumnCount; ++column)
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l != r)
        return QSortFilterProxyModel::lessThan(left, right);
    // Ties go by severity, then problem, then object: the same problems stay together, in a stable
    // order.
    for (int column : {int(FindingsModel::SeverityColumn), int(FindingsModel::TitleColumn),
                       int(FindingsModel::ObjectColumn)}) {
        const QVariant a = left.siblingAtColumn(column).data(FindingsModel::SortRole);
        const QVariant b = right.siblingAtColumn(column).data(FindingsModel::SortRole);
        if (column == FindingsModel::SeverityColumn) {
            if (a.toInt() != b.toInt())
                return a.toInt() < b.toInt();
        } else if (const int c = a.toString().compare(b.toString(), Qt::CaseInsensitive); c != 0) {
            return c < 0;
        }
    }
    return left.data(FindingsModel::KeyRole).toString() < right.data(FindingsModel::KeyRole).toString();
}

} // namespace analyzer
