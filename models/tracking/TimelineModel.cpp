#include "TimelineModel.h"

#include <QColor>

namespace tracking {

void TimelineModel::setEvents(const QList<MessageEvent> &events) {
    beginResetModel();
    m_events = events;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return QVariant();
    const MessageEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Server:
            return e.server;
        case QueueId:
            return e.queueId;
        case What:
            return e.describe();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == What) {
        if (e.kind == MessageEvent::Kind::Bounced || e.kind == MessageEvent::Kind::Refused)
            return QColor(Qt::darkRed);
        if (e.kind == MessageEvent::Kind::Deferred)
            return QColor(0x9a, 0x5b, 0x00);
    }
    return QVariant();
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Time:
        return tr("Time");
    case Server:
        return tr("Server");
    case QueueId:
        return tr("Queue ID");
    case What:
        return tr("What happened");
    }
    return QVariant();
}

} // namespace tracking
