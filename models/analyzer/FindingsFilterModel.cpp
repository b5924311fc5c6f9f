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
    // Ties go by severity, then by object, so equal titles stay in a stable, useful order.
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l != r)
        return QSortFilterProxyModel::lessThan(left, right);
    const QModelIndex ls = left.siblingAtColumn(FindingsModel::SeverityColumn);
    const QModelIndex rs = right.siblingAtColumn(FindingsModel::SeverityColumn);
    if (ls.data(FindingsModel::SortRole) != rs.data(FindingsModel::SortRole))
        return ls.data(FindingsModel::SortRole).toInt() < rs.data(FindingsModel::SortRole).toInt();
    const QString lo = left.siblingAtColumn(FindingsModel::ObjectColumn).data().toString();
    const QString ro = right.siblingAtColumn(FindingsModel::ObjectColumn).data().toString();
    if (const int c = lo.compare(ro, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return left.data(FindingsModel::KeyRole).toString() < right.data(FindingsModel::KeyRole).toString();
}

} // namespace analyzer
