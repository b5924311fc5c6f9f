#include "ChangeFeed.h"

#include "ChangeFeedWorker.h"
#include "LdapHandle.h"

namespace directory {

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent) {
    LdapHandle::initializeLibrary();
    qRegisterMetaType<directory::FeedChange>();
    qRegisterMetaType<QList<directory::FeedChange>>();
}

ChangeFeed::~ChangeFeed() {
    stop();
}

void ChangeFeed::start(const ConnectionSettings &settings, const QString &base, const QString &filter) {
    stop();
    m_worker = new ChangeFeedWorker(settings, base, filter);
    connect(m_worker, &ChangeFeedWorker::changes, this, &ChangeFeed::changes);
    connect(m_worker, &ChangeFeedWorker::synchronized, this, &ChangeFeed::synchronized);
    connect(m_worker, &ChangeFeedWorker::stateChanged, this, &ChangeFeed::onState);
    m_worker->start();
}

void ChangeFeed::stop() {
    if (!m_worker)
        return;
    m_worker->requestStop();
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    onState(int(State::Stopped), QString());
}

void ChangeFeed::onState(int state, const QString &error) {
    if (!error.isEmpty())
        m_lastError = error;
    const auto s = State(state);
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace directory
