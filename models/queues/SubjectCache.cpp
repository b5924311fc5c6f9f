#include "SubjectCache.h"

#include "MessageQueueSource.h"

namespace queues {

SubjectCache::SubjectCache(MessageQueueSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(30);
    connect(&m_debounce, &QTimer::timeout, this, &SubjectCache::fetch);
}

SubjectCache::Status SubjectCache::status(const QueuedMessage &message) const {
    const auto it = m_entries.constFind(message.id);
    if (it == m_entries.constEnd() || it->arrival != message.arrival)
        return Status::Unknown;
    return it->status;
}

QString SubjectCache::subject(const QueuedMessage &message) const {
    const auto it = m_entries.constFind(message.id);
    return it != m_entries.constEnd() && it->arrival == message.arrival ? it->subject : QString();
}

void SubjectCache::request(const QueuedMessage &message) {
    const Status s = status(message);
    if (s != Status::Unknown || !m_source)
        return;
    m_entries.insert(message.id, Entry{message.arrival, Status::Fetching, QString()});
    m_wanted.append(message.id);
    if (!m_debounce.isActive())
        m_debounce.start();
}

void SubjectCache::store(const QString &id, qint64 arrival, const MessageHeaders &headers) {
    m_entries.insert(id, Entry{arrival, Status::Known, headers.subject});
}

void SubjectCache::clear() {
    m_lastError.clear();
    m_entries.clear();
    m_wanted.clear();
}

void SubjectCache::fetch() {
    if (m_wanted.isEmpty() || !m_source)
        return;
    const QStringList batch = m_wanted.mid(0, MaxPerFetch);
    m_wanted = m_wanted.mid(batch.size());
    HeaderReply *reply = m_source->fetchHeaders(batch);
    ++m_inFlight;
    connect(reply, &HeaderReply::finished, this, [this, reply, batch] {
        reply->deleteLater();
        --m_inFlight;
        if (!reply->error().isEmpty())
            m_lastError = reply->error();
        QStringList ready;
        for (const QString &id : batch) {
            auto it = m_entries.find(id);
            if (it == m_entries.end() || it->status != Status::Fetching)
                continue;
            const auto h = reply->headers().constFind(id);
            if (h != reply->headers().constEnd()) {
                it->status = Status::Known;
                it->subject = h->subject;
            } else if (reply->missing().contains(id)) {
                it->status = Status::Missing;
            } else {
                // The fetch failed (no rights, the server went away): not asked again until the
                // cache is cleared, so a view repainting does not keep failing.
                it->status = Status::Unavailable;
            }
            ready.append(id);
        }
        if (!ready.isEmpty())
            Q_EMIT subjectsReady(ready);
        if (!m_wanted.isEmpty())
            fetch();
    });
}

} // namespace queues
