#pragma once

// One server's queue as the console keeps it: the source, the store its listings feed, the
// subjects fetched so far, and refreshing (on request, after every action, and every few minutes
// when asked, as ESM's queue viewer does). Widgets and the command line both drive it.

#include "ListingResult.h"
#include "MessageQueueSource.h"
#include "MessageStore.h"
#include "SubjectCache.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace queues {

class QueueMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultRefreshSeconds = 120;

    explicit QueueMonitor(std::unique_ptr<MessageQueueSource> source, QObject *parent = nullptr);
    ~QueueMonitor() override;

    MessageQueueSource *source() const { return m_source.get(); }
    MessageStore *store() { return &m_store; }
    const MessageStore *store() const { return &m_store; }
    SubjectCache *subjects() { return &m_subjects; }

    // Lists the queue; during a listing, lists once more after it (refreshFinished() then comes
    // only for the later one, which started after the call).
    void refresh();
    void cancel();
    bool isRefreshing() const { return m_source->isRefreshing(); }
    // Refreshes every `seconds` (0: only when asked).
    void setAutoRefresh(int seconds);
    int autoRefresh() const { return m_autoSeconds; }
    // Pauses the timer while nobody looks (another pane is shown).
    void setActive(bool active);

    bool hasListed() const { return m_listed; }
    const ListingResult &lastResult() const { return m_last; }

Q_SIGNALS:
    void refreshStarted();
    void refreshFinished(const queues::ListingResult &result);
    void settingsChanged();

private:
    void onFinished(const ListingResult &result);

    std::unique_ptr<MessageQueueSource> m_source;
    MessageStore m_store;
    SubjectCache m_subjects;
    QTimer m_timer;
    ListingResult m_last;
    int m_autoSeconds = 0;
    bool m_active = true;
    bool m_listed = false;
    bool m_again = false; // asked for during a listing: list once more afterwards
};

} // namespace queues
