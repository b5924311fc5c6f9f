#include "DirectoryReply.h"

#include "Connection.h"

namespace directory {

DirectoryReply::DirectoryReply(quint64 id, bool keepEntries, Connection *connection)
    : QObject(connection)
    , m_connection(connection)
    , m_id(id)
    , m_keepEntries(keepEntries) {}

void DirectoryReply::abort() {
    if (!m_finished)
        m_connection->abandon(m_id);
}

void DirectoryReply::then(QObject *context, std::function<void(DirectoryReply *)> handler) {
    if (m_finished) {
        handler(this);
        deleteLater();
        return;
    }
    connect(this, &DirectoryReply::finished, context, [this, handler] {
        handler(this);
        deleteLater();
    });
}

void DirectoryReply::deliverEntries(const QList<Entry> &batch) {
    if (m_finished)
        return;
    m_count += int(batch.size());
    if (m_keepEntries)
        m_entries.append(batch);
    Q_EMIT entriesReceived(batch);
    Q_EMIT progress(m_count);
}

void DirectoryReply::finish(const LdapResult &result, const QString &value) {
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_value = value;
    Q_EMIT finished();
}

} // namespace directory
