#pragma once

// The handle for one request to a Connection, in the spirit of QNetworkReply: entries stream in
// through entriesReceived(), then finished() carries the typed result. Owned by the Connection;
// call deleteLater() when done, or use then() which does it.

#include "Entry.h"
#include "LdapResult.h"

#include <QObject>

#include <functional>

namespace directory {

class Connection;

class DirectoryReply : public QObject {
    Q_OBJECT
public:
    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    const LdapResult &result() const { return m_result; }
    // Entries received so far (when the request kept them).
    const QList<Entry> &entries() const { return m_entries; }
    int entryCount() const { return m_count; }
    // Extra text a request returns: the bound identity after open().
    QString value() const { return m_value; }

    // Stops the request; finished() follows with an "aborted" result.
    void abort();
    // Calls `handler` once finished (at once if already finished), then deletes the reply.
    void then(QObject *context, std::function<void(DirectoryReply *)> handler);

Q_SIGNALS:
    void entriesReceived(const QList<directory::Entry> &batch);
    void progress(int received);
    void finished();

private:
    friend class Connection;
    DirectoryReply(quint64 id, bool keepEntries, Connection *connection);
    void deliverEntries(const QList<Entry> &batch);
    void finish(const LdapResult &result, const QString &value);

    Connection *m_connection;
    quint64 m_id;
    bool m_keepEntries;
    bool m_finished = false;
    int m_count = 0;
    LdapResult m_result;
    QString m_value;
    QList<Entry> m_entries;
};

} // namespace directory
