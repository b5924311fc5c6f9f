#pragma once

// Runs `postqueue -j` on a worker thread and streams what it lists: the output is parsed as it
// arrives and compared with the previous listing there, so the GUI thread only receives
// differences, in batches, the first of them as soon as the first lines are read.

#include "ListingDiffer.h"
#include "ListingResult.h"
#include "PostfixInstance.h"
#include "PostqueueParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>

namespace queues {

class PostqueueListing : public QObject {
    Q_OBJECT
public:
    // A batch goes out once it holds this many messages or has waited this long.
    static constexpr int BatchMessages = 2000;
    static constexpr int BatchMs = 40;

    explicit PostqueueListing(QObject *parent = nullptr);
    ~PostqueueListing() override;

    // Both run on the worker thread (call through a queued invocation).
    void start(const queues::PostfixInstance::Command &command);
    void cancel();

Q_SIGNALS:
    void delta(const queues::QueueDelta &delta);
    void finished(const queues::ListingResult &result);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void flush(bool force);
    void complete(ListingResult result);

    QPointer<QProcess> m_process;
    PostqueueParser m_parser;
    ListingDiffer m_differ;
    QueueDelta m_pending;
    QElapsedTimer m_sinceFlush;
    QString m_program;
    QString m_stderr;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_sentFirst = false;
};

} // namespace queues
