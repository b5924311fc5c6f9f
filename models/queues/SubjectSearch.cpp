#include "SubjectSearch.h"

#include "MessageQueueSource.h"
#include "SubjectCache.h"

#include <QTimer>

namespace queues {

SubjectSearch::SubjectSearch(MessageQueueSource *source, SubjectCache *cache, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_cache(cache) {}

SubjectSearch::~SubjectSearch() {
    if (m_reply)
        m_reply->cancel();
}

void SubjectSearch::start(const QList<MessagePtr> &candidates, const QString &subject, int limit) {
    cancel();
    m_candidates = candidates;
    m_subject = subject;
    m_limit = limit;
    m_matches.clear();
    m_at = 0;
    m_looked = 0;
    m_running = true;
    m_cancelled = false;
    QTimer::singleShot(0, this, &SubjectSearch::next);
}

void SubjectSearch::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->cancel(); // its finished() ends the search
    else
        end(true, QString());
}

bool SubjectSearch::check(const QueuedMessage &m, const QString &subject) {
    ++m_looked;
    if (subject.contains(m_subject, Qt::CaseInsensitive)) {
        m_matches.append(m.id);
        return m_limit > 0 && m_matches.size() >= m_limit;
    }
    return false;
}

void SubjectSearch::next() {
    if (!m_running)
        return;
    if (m_cancelled) {
        end(true, QString());
        return;
    }
    // Subjects already known cost nothing; the others go to the source in one batch.
    QList<MessagePtr> batch;
    while (m_at < m_candidates.size() && batch.size() < Batch) {
        const MessagePtr &m = m_candidates.at(m_at++);
        if (m_cache && m_cache->status(*m) == SubjectCache::Status::Known) {
            if (check(*m, m_cache->subject(*m))) {
                end(false, QString());
                return;
            }
        } else {
            batch.append(m);
        }
    }
    Q_EMIT progress(int(m_at - batch.size()), int(m_candidates.size()));
    if (batch.isEmpty()) {
        end(false, QString());
        return;
    }
    if (!m_source) {
        end(false, tr("The queue source is gone."));
        return;
    }
    QStringList ids;
    for (const MessagePtr &m : batch)
        ids.append(m->id);
    m_reply = m_source->fetchHeaders(ids);
    connect(m_reply, &HeaderReply::finished, this, [this, batch, reply = m_reply.data()] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_cancelled || reply->isCancelled()) {
            end(true, QString());
            return;
        }
        for (const MessagePtr &m : batch) {
            const auto h = reply->headers().constFind(m->id);
            if (h == reply->headers().constEnd()) {
                ++m_looked; // gone meanwhile
                continue;
            }
            if (m_cache)
                m_cache->store(m->id, m->arrival, *h);
            if (check(*m, h->subject)) {
                end(false, QString());
                return;
            }
        }
        if (!reply->error().isEmpty()) {
            end(false, reply->error());
            return;
        }
        Q_EMIT progress(int(m_at), int(m_candidates.size()));
        next();
    });
}

void SubjectSearch::end(bool cancelled, const QString &error) {
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT progress(int(m_at), int(m_candidates.size()));
    Q_EMIT finished(cancelled, error);
}

} // namespace queues
