#pragma once

// The subject part of Find Messages: the listing has no headers, so the candidates that match the
// other criteria are looked into, 50 at a time, oldest first, until enough match or the user
// cancels. Reports progress; subjects it reads go into the subject cache for the result list.

#include "QueuedMessage.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace queues {

class HeaderReply;
class MessageQueueSource;
class SubjectCache;

class SubjectSearch : public QObject {
    Q_OBJECT
public:
    static constexpr int Batch = 50;

    SubjectSearch(MessageQueueSource *source, SubjectCache *cache, QObject *parent = nullptr);
    ~SubjectSearch() override;

    // `candidates` in the order to look; `subject` matches as a case-insensitive part; stops after
    // `limit` matches (0: looks at all).
    void start(const QList<MessagePtr> &candidates, const QString &subject, int limit);
    void cancel();
    bool isRunning() const { return m_running; }
    const QStringList &matches() const { return m_matches; }
    int looked() const { return m_looked; }

Q_SIGNALS:
    void progress(int done, int total);
    // `error`: why the headers could not be read ("" when they could).
    void finished(bool cancelled, const QString &error);

private:
    void next();
    bool check(const QueuedMessage &m, const QString &subject);
    void end(bool cancelled, const QString &error);

    QPointer<MessageQueueSource> m_source;
    QPointer<SubjectCache> m_cache;
    QPointer<HeaderReply> m_reply;
    QList<MessagePtr> m_candidates;
    QString m_subject;
    QStringList m_matches;
    int m_limit = 0;
    qsizetype m_at = 0;
    int m_looked = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace queues
