#pragma once

// The findings as a flat table for the analyzer panel: severity, rule title, object, detail. Keyed
// by finding and updated by difference (rows are added, changed or removed one by one, never
// reset), so views keep their selection and scroll position while the findings follow the
// directory.

#include "Analyzer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace analyzer {

class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, TitleColumn, ObjectColumn, DetailColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity)
        RuleRole,                        // the rule id
        DnRole,                          // the object's DN (string)
        KeyRole,                         // the finding's key
        SortRole,
    };

    explicit FindingsModel(Analyzer *analyzer, QObject *parent = nullptr);

    const Finding &finding(int row) const { return m_rows.at(row); }
    // The row of the finding with this key, or -1.
    int rowOf(const QString &key) const { return m_rowByKey.value(key, -1); }
    int count(Severity severity) const { return m_counts[int(severity)]; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    void apply(const FindingsDelta &delta);
    void reindex(int from);

    Analyzer *m_analyzer;
    QList<Finding> m_rows;
    QHash<QString, int> m_rowByKey;
    int m_counts[3] = {0, 0, 0};
    mutable QHash<int, QIcon> m_icons;
};

} // namespace analyzer
