#include "ChangeFeed.h"

#include "ChangeFeedWorker.h"
#include "LdapHandle.h"
#include "NotificationFeedWorker.h"

#include <QCoreApplication>

namespace directory {

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent) {
    LdapHandle::initializeLibrary();
    qRegisterMetaType<directory::FeedChange>();
    qRegisterMetaType<QList<directory::FeedChange>>();
}

ChangeFeed::~ChangeFeed() {
    // Only here do we wait for the threads: a feed that is going away must not outlive its object.
    stop();
    for (const QPointer<FeedWorker> &worker : std::as_const(m_retiring))
        if (worker) {
            worker->wait();
            delete worker;
        }
}

QString ChangeFeed::name(Mechanism mechanism) {
    switch (mechanism) {
    case Mechanism::SyncReplication:
        return QCoreApplication::translate("directory::ChangeFeed", "LDAP sync");
    case Mechanism::ServerNotification:
        return QCoreApplication::translate("directory::ChangeFeed", "AD notification");
    }
    return QString();
}

QString ChangeFeed::describe(Mechanism mechanism) {
    switch (mechanism) {
    case Mechanism::SyncReplication:
        return QCoreApplication::translate(
            "directory::ChangeFeed", "The server sends every change as it happens (LDAP sync, RFC 4533).");
    case Mechanism::ServerNotification:
        return QCoreApplication::translate(
                   "directory::ChangeFeed",
                   "Active Directory sends additions and changes as they happen (server "
                   "notification); deletions and renames are looked for every %1 s.")
            .arg(NotificationFeedWorker::PollIntervalMs / 1000.0);
    }
    return QString();
}

void ChangeFeed::start(const ConnectionSettings &settings, const QString &base, const QString &filter,
                       Mechanism mechanism) {
    stop();
    m_mechanism = mechanism;
    FeedWorker *worker = mechanism == Mechanism::ServerNotification
                             ? static_cast<FeedWorker *>(new NotificationFeedWorker(settings, base))
                             : new ChangeFeedWorker(settings, base, filter);
    m_worker = worker;
    // Signals already queued by a worker that has since been stopped are dropped here.
    connect(worker, &FeedWorker::changes, this, [this, worker](const QList<FeedChange> &batch) {
        if (worker == m_worker)
            Q_EMIT changes(batch);
    });
    connect(worker, &FeedWorker::synchronized, this, [this, worker] {
        if (worker == m_worker)
            Q_EMIT synchronized();
    });
    connect(worker, &FeedWorker::stateChanged, this, [this, worker](int state, const QString &error) {
        if (worker == m_worker)
            onState(state, error);
    });
    m_worker->start();
}

void ChangeFeed::stop() {
    if (!m_worker)
        return;
    // The worker may be inside a connect to a server that does not answer: let it finish on its
    // own time instead of waiting here on the GUI thread.
    m_worker->disconnect(this);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->requestStop();
    m_retiring.removeAll(nullptr);
    m_retiring.append(m_worker);
    m_worker = nullptr;
    onState(int(State::Stopped), QString());
}

void ChangeFeed::refresh() {
    if (m_worker)
        m_worker->requestRefresh();
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
