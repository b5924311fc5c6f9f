#pragma once

// Writes deferred messages straight into a Postfix queue directory in Postfix's own record format
// (a queue file in deferred/ and its reasons in defer/), as the queue manager would leave them:
// 100,000 in seconds, where submitting them would take many minutes. For benchmarks only; the
// instance must not be running while they are written.

#include <QString>
#include <QStringList>

namespace bench {

class QueueFileWriter {
public:
    explicit QueueFileWriter(const QString &queueDirectory);

    // One message; returns its queue ID ("" when it could not be written).
    QString write(const QString &sender, const QStringList &recipients, const QString &subject,
                  qint64 arrival, const QString &reason);
    // Gives the files to Postfix's user, as Postfix's own would be.
    bool finish();

private:
    QString m_queue;
    qint64 m_next = 0;
};

} // namespace bench
