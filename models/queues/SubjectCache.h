#pragma once

// Subjects of queued messages, fetched only when something shows or searches them: neither
// postqueue listing has headers, so each subject costs a look into the queue file. Requests made
// within a few milliseconds of each other go to the source as one fetch (one postcat run per 50
// messages). Keyed by queue ID and arrival time, because Postfix reuses queue IDs.

#include "MessageHeaders.h"
#include "QueuedMessage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace queues {

class MessageQueueSource;
class HeaderReply;

class SubjectCache : public QObject {
    Q_OBJECT
public:
    enum class Status { Unknown, Fetching, Known, Missing, Unavailable };
    static constexpr int MaxPerFetch = 200;

    explicit SubjectCache(MessageQueueSource *source, QObject *parent = nullptr);

    Status status(const QueuedMessage &message) const;
    QString subject(const QueuedMessage &message) const;
    // Asks for the subject unless it is known or on its way.
    void request(const QueuedMessage &message);
    // Stores what a fetch made elsewhere found (SubjectSearch).
    void store(const QString &id, qint64 arrival, const MessageHeaders &headers);
    void clear();
    // Why the last fetch failed, in the tool's words ("" if it did not).
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void subjectsReady(const QStringList &ids);

private:
    struct Entry {
        qint64 arrival = 0;
        Status status = Status::Unknown;
        QString subject;
    };
    void fetch();

    QPointer<MessageQueueSource> m_source;
    QHash<QString, Entry> m_entries;
    QStringList m_wanted;
    QTimer m_debounce;
    QString m_lastError;
    int m_inFlight = 0;
};

} // namespace queues
