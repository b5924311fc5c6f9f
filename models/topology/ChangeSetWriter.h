#pragma once

// Writes a ChangeSet: as one RFC 5805 transaction where the server has them, else step by step in
// the set's order, and when a step fails, undoes the steps already written in reverse. Either way
// the result names the step that failed and why, and whether anything was left written.

#include "ChangeSet.h"
#include "LdapResult.h"

#include <QObject>
#include <QPointer>

namespace directory {
class Connection;
}

namespace topology {

struct ChangeSetResult {
    int failedStep = -1;         // index into the set's steps, -1 when everything was written
    directory::LdapResult error; // that step's result
    QStringList leftWritten;     // steps still in the directory after a failed undo (their descriptions)
    QString message;             // for the user: what failed, and what the directory holds now

    bool ok() const { return failedStep < 0 && error.ok(); }
};

class ChangeSetWriter : public QObject {
    Q_OBJECT
public:
    // Starts writing `set`; finished() follows once. The writer deletes itself afterwards.
    static ChangeSetWriter *write(directory::Connection *connection, const ChangeSet &set, bool transactions,
                                  QObject *parent = nullptr);

    // A writer that writes nothing: finished() reports `reason` as the first step's failure.
    static ChangeSetWriter *refuse(const ChangeSet &set, const QString &reason, QObject *parent = nullptr);

    const ChangeSet &changeSet() const { return m_set; }
    const ChangeSetResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const topology::ChangeSetResult &result);

private:
    ChangeSetWriter(directory::Connection *connection, const ChangeSet &set, QObject *parent);
    void writeAsTransaction();
    void writeStep(int index);
    void undoFrom(int index, const QList<directory::ChangeRequest> &pending);
    void done();

    QPointer<directory::Connection> m_connection;
    ChangeSet m_set;
    ChangeSetResult m_result;
};

} // namespace topology

Q_DECLARE_METATYPE(topology::ChangeSetResult)
