#pragma once

// The thread behind a ChangeFeed, whichever way the server offers to follow changes: it reads
// everything under the base (as Added changes), says synchronized(), then reports each add,
// modify, delete and rename; it reconnects by itself and then reports only what differs.

#include "ChangeFeed.h"

#include <QThread>

namespace directory {

class FeedWorker : public QThread {
    Q_OBJECT
public:
    using QThread::QThread;

    // Both return at once; the thread ends soon after requestStop().
    virtual void requestStop() = 0;
    // Reads everything again and reports what differs (F5); the feed stays live.
    virtual void requestRefresh() = 0;

Q_SIGNALS:
    void changes(const QList<directory::FeedChange> &batch);
    void synchronized();
    void stateChanged(int state, const QString &error);
};

} // namespace directory
