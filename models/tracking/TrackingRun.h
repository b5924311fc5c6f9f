#pragma once

// One "where did my message go": fetches the logs of the servers concerned, reads each into a
// MailLog and follows the messages on a worker thread, and reports once, with what could not be
// read said per server. Cancellable; nothing of it runs on the GUI thread but the bookkeeping.

#include "LogSource.h"
#include "Tracker.h"

#include <QFutureWatcher>
#include <QPointer>

namespace tracking {

class TrackingRun : public QObject {
    Q_OBJECT
public:
    struct Result {
        QList<TrackedMessage> messages;
        QList<MessageEvent> refusals;
        QStringList problems; // "GW2: ssh: connect to host gw2 port 22: Connection refused"
        int linesRead = 0;
    };

    explicit TrackingRun(QObject *parent = nullptr);
    ~TrackingRun() override;

    // `sources[start]` is the server to look on; the others are where messages may have gone.
    // `listenerNames` turns the listener tags in the logs ("bh-gw1-vs2") into what users call
    // them ("Internet SMTP Virtual Server on GW1").
    void start(const QList<LogSource *> &sources, int start, const TrackQuery &query,
               const QHash<QString, QString> &listenerNames = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int logsRead, int logs);
    void finished(const tracking::TrackingRun::Result &result);

private:
    void onFetched(int index, const QByteArray &log);
    void onFailed(int index, const QString &message);
    void maybeAnalyse();

    QList<QPointer<LogSource>> m_sources;
    QList<QByteArray> m_logs;
    QList<bool> m_done;
    QStringList m_problems;
    int m_start = 0;
    std::optional<TrackQuery> m_query;
    QHash<QString, QString> m_listenerNames;
    QFutureWatcher<Result> m_watcher;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace tracking

Q_DECLARE_METATYPE(tracking::TrackingRun::Result)
