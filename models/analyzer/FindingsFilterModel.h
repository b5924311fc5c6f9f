#pragma once

// The findings the panel shows: those of the chosen severities whose text contains what the user
// typed, sorted (by severity, problem and object, unless the user sorts by another column).

#include "Severity.h"

#include <QSortFilterProxyModel>

namespace analyzer {

class FindingsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setSeverityShown(Severity severity, bool shown);
    bool isSeverityShown(Severity severity) const { return m_shown[int(severity)]; }
    // Case-insensitive; matched against the rule id and title, the object and the detail.
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_shown[3] = {true, true, true};
    QString m_text;
};

} // namespace analyzer
