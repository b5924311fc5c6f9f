#include "QueueReplies.h"

namespace queues {

void ActionReply::finish(const ActionResult &result) {
    if (m_finished)
        return;
    m_result = result;
    m_finished = true;
    Q_EMIT finished();
}

void HeaderReply::cancel() {
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelRequested();
}

void HeaderReply::add(const QHash<QString, MessageHeaders> &headers, const QStringList &missing) {
    m_headers.insert(headers);
    m_missing += missing;
    Q_EMIT progress(done(), m_total);
}

void HeaderReply::finish(const QString &error) {
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace queues
