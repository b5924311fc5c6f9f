#pragma once

// A message's timeline as a table: when, on which server, under which queue ID, and what
// happened, one row per event. Set as a whole (a tracking run gives the events at once).

#include "MessageEvent.h"

#include <QAbstractTableModel>

namespace tracking {

class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Server, QueueId, What, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(const QList<MessageEvent> &events);
    const QList<MessageEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MessageEvent> m_events;
};

} // namespace tracking
