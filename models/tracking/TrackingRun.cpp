#include "TrackingRun.h"

#include <QtConcurrent>

namespace tracking {

TrackingRun::TrackingRun(QObject *parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (!m_running || m_watcher.isCanceled())
            return;
        m_running = false;
        Result r = m_watcher.result();
        r.problems = m_problems + r.problems;
        Q_EMIT finished(r);
    });
}

TrackingRun::~TrackingRun() {
    cancel();
    m_watcher.waitForFinished();
}

void TrackingRun::start(const QList<LogSource *> &sources, int start, const TrackQuery &query,
                        const QHash<QString, QString> &listenerNames) {
    cancel();
    ++m_generation;
    m_running = true;
    m_sources.clear();
    m_logs = QList<QByteArray>(sources.size());
    m_done = QList<bool>(sources.size(), false);
    m_problems.clear();
    m_start = start;
    m_query = query;
    m_listenerNames = listenerNames;
    Q_EMIT progress(0, int(sources.size()));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        LogSource *source = sources[i];
        m_sources.append(source);
        const int generation = m_generation;
        connect(source, &LogSource::fetched, this, [this, i, generation](const QByteArray &log) {
            if (generation == m_generation)
                onFetched(int(i), log);
        });
        connect(source, &LogSource::failed, this, [this, i, generation](const QString &message) {
            if (generation == m_generation)
                onFailed(int(i), message);
        });
        source->fetch();
    }
    if (sources.isEmpty())
        maybeAnalyse();
}

void TrackingRun::cancel() {
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    for (const QPointer<LogSource> &source : m_sources)
        if (source) {
            source->disconnect(this);
            source->cancel();
        }
    m_watcher.cancel();
}

void TrackingRun::onFetched(int index, const QByteArray &log) {
    m_logs[index] = log;
    m_done[index] = true;
    maybeAnalyse();
}

void TrackingRun::onFailed(int index, const QString &message) {
    const QString server = m_sources.value(index) ? m_sources.value(index)->serverName() : QString();
    m_problems.append(tr("%1: %2").arg(server, message));
    m_done[index] = true;
    maybeAnalyse();
}

void TrackingRun::maybeAnalyse() {
    const int done = int(std::count(m_done.cbegin(), m_done.cend(), true));
    Q_EMIT progress(done, int(m_done.size()));
    if (done < m_done.size() || !m_running || !m_query)
        return;
    QStringList names;
    for (const QPointer<LogSource> &source : m_sources)
        names.append(source ? source->serverName() : QString());
    const QList<QByteArray> logs = m_logs;
    const TrackQuery query = *m_query;
    const int start = m_start;
    const QHash<QString, QString> listenerNames = m_listenerNames;
    const QDateTime now = QDateTime::currentDateTime();
    m_logs.clear();
    // Reading and following large logs is work for a worker thread.
    m_watcher.setFuture(QtConcurrent::run([names, logs, query, start, now, listenerNames] {
        Result r;
        QList<MailLog> parsed;
        for (qsizetype i = 0; i < logs.size(); ++i) {
            parsed.append(MailLog(names[i], logs[i], now));
            r.linesRead += parsed.last().lineCount();
        }
        QList<const MailLog *> pointers;
        for (const MailLog &log : parsed)
            pointers.append(&log);
        r.messages = Tracker::track(pointers, start, query, &r.refusals);
        auto name = [&listenerNames](MessageEvent &e) {
            if (const auto it = listenerNames.constFind(e.listener); it != listenerNames.cend())
                e.listener = *it;
        };
        for (TrackedMessage &m : r.messages) {
            for (MessageTrack &t : m.hops)
                std::for_each(t.events.begin(), t.events.end(), name);
            for (MessageTrack &t : m.reports)
                std::for_each(t.events.begin(), t.events.end(), name);
        }
        std::for_each(r.refusals.begin(), r.refusals.end(), name);
        return r;
    }));
}

} // namespace tracking
