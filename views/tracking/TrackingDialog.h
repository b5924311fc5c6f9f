#pragma once

// "Where did my message go": look for a queue ID, a sender, a recipient or a test message's token
// on one server, and see each message found as a timeline across the servers it went through
// (accepted by which listener, queued, each attempt with the reply and delay, handed on, delivered,
// deferred or bounced), read from the servers' Postfix logs. The logs are fetched and read off the
// GUI thread, with progress and Cancel.

#include "TrackQuery.h"
#include "TrackingRun.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace widgets {
class FieldMessage;
}
namespace tracking {
class TimelineModel;
}

namespace trackingui {

class TrackingDialog : public QDialog {
    Q_OBJECT
public:
    // `sources[start]` is the server looked on; the others are where messages may have gone. The
    // dialog owns none of them.
    TrackingDialog(const QList<tracking::LogSource *> &sources, int start, QWidget *parent = nullptr);

    void setQuery(tracking::TrackQuery::Kind kind, const QString &value);
    // What to call the listeners the logs name by tag (PostfixConfigGenerator::listenerNames()).
    void setListenerNames(const QHash<QString, QString> &names) { m_listenerNames = names; }
    // Starts looking; a query that does not parse is reported at its field.
    bool track();

    const tracking::TrackingRun::Result &result() const { return m_result; }
    tracking::TimelineModel *timeline() const { return m_timeline; }

Q_SIGNALS:
    void tracked();

private:
    void onFinished(const tracking::TrackingRun::Result &result);
    void showMessage(int index);

    QList<tracking::LogSource *> m_sources;
    int m_start = 0;
    QHash<QString, QString> m_listenerNames;
    tracking::TrackingRun m_run;
    tracking::TrackingRun::Result m_result;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_value = nullptr;
    widgets::FieldMessage *m_valueMessage = nullptr;
    QPushButton *m_trackButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_messages = nullptr;
    QTableView *m_timelineView = nullptr;
    tracking::TimelineModel *m_timeline = nullptr;
};

} // namespace trackingui
