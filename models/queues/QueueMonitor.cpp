#include "QueueMonitor.h"

namespace queues {

QueueMonitor::QueueMonitor(std::unique_ptr<MessageQueueSource> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_subjects(m_source.get()) {
    m_source->setParent(nullptr);
    connect(m_source.get(), &MessageQueueSource::delta, &m_store, &MessageStore::apply);
    connect(m_source.get(), &MessageQueueSource::refreshStarted, this, &QueueMonitor::refreshStarted);
    connect(m_source.get(), &MessageQueueSource::refreshFinished, this, &QueueMonitor::onFinished);
    connect(m_source.get(), &MessageQueueSource::settingsChanged, this, &QueueMonitor::settingsChanged);
    connect(m_source.get(), &MessageQueueSource::queueChanged, this, &QueueMonitor::refresh);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QueueMonitor::refresh);
}

QueueMonitor::~QueueMonitor() {
    m_source->disconnect(this);
}

void QueueMonitor::refresh() {
    m_timer.stop();
    // A listing under way may have started before what the caller wants to see: list once more.
    if (m_source->isRefreshing()) {
        m_again = true;
        return;
    }
    m_source->refresh();
}

void QueueMonitor::cancel() {
    m_again = false;
    m_source->cancelRefresh();
}

void QueueMonitor::setAutoRefresh(int seconds) {
    m_autoSeconds = std::max(seconds, 0);
    m_timer.stop();
    if (m_autoSeconds > 0 && m_active && m_listed && !m_source->isRefreshing())
        m_timer.start(m_autoSeconds * 1000);
}

void QueueMonitor::setActive(bool active) {
    m_active = active;
    setAutoRefresh(m_autoSeconds);
}

void QueueMonitor::onFinished(const ListingResult &result) {
    // Said once the store holds everything the listing brought, so "finished" means "shown".
    if (m_store.isPending()) {
        auto *once = new QObject(this);
        connect(&m_store, &MessageStore::settled, once, [this, once, result] {
            delete once;
            onFinished(result);
        });
        return;
    }
    m_last = result;
    m_listed = true;
    if (m_again && !result.cancelled) {
        // Someone asked meanwhile: "finished" is said for the listing that answers them.
        m_again = false;
        m_source->refresh();
        return;
    }
    m_again = false;
    Q_EMIT refreshFinished(result);
    setAutoRefresh(m_autoSeconds);
}

} // namespace queues
