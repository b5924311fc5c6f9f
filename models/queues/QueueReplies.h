#pragma once

// The answers of a queue source to an action and to a header fetch. Each is an object the caller
// keeps until finished(); a header fetch reports progress and can be cancelled.

#include "ActionResult.h"
#include "MessageHeaders.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace queues {

class ActionReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    const ActionResult &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

    // For sources: set the outcome and report it.
    void finish(const ActionResult &result);

Q_SIGNALS:
    void finished();

private:
    ActionResult m_result;
    bool m_finished = false;
};

class HeaderReply : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const QHash<QString, MessageHeaders> &headers() const { return m_headers; }
    // Asked for but not in the queue (any more).
    const QStringList &missing() const { return m_missing; }
    QString error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    int done() const { return int(m_headers.size() + m_missing.size()); }
    int total() const { return m_total; }
    void cancel();

    // For sources.
    void setTotal(int total) { m_total = total; }
    void add(const QHash<QString, MessageHeaders> &headers, const QStringList &missing);
    void finish(const QString &error = QString());

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
    void cancelRequested();

private:
    QHash<QString, MessageHeaders> m_headers;
    QStringList m_missing;
    QString m_error;
    int m_total = 0;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace queues
