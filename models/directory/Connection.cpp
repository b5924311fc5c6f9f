#include "Connection.h"

#include "ConnectionWorker.h"
#include "LdapHandle.h"

namespace directory {

Connection::Connection(QObject *parent)
    : QObject(parent)
    , m_worker(new ConnectionWorker) {
    LdapHandle::initializeLibrary();
    qRegisterMetaType<directory::Entry>();
    qRegisterMetaType<QList<directory::Entry>>();
    qRegisterMetaType<directory::LdapResult>();
    qRegisterMetaType<directory::SearchRequest>();
    qRegisterMetaType<directory::ChangeRequest>();
    qRegisterMetaType<QList<directory::ChangeRequest>>();
    qRegisterMetaType<directory::ConnectionSettings>();
    m_thread.setObjectName(QStringLiteral("ldap-connection"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ConnectionWorker::entries, this, &Connection::onEntries);
    connect(m_worker, &ConnectionWorker::finished, this, &Connection::onFinished);
    connect(m_worker, &ConnectionWorker::stateChanged, this, &Connection::onWorkerState);
    m_thread.start();
}

Connection::~Connection() {
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Connection::setSettings(const ConnectionSettings &settings) {
    m_settings = settings;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, settings] { w->configure(settings); }, Qt::QueuedConnection);
}

DirectoryReply *Connection::newReply(bool keepEntries) {
    auto *reply = new DirectoryReply(m_nextId++, keepEntries, this);
    m_replies.insert(reply->id(), reply);
    return reply;
}

DirectoryReply *Connection::open() {
    DirectoryReply *reply = newReply(false);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id = reply->id()] { w->open(id); }, Qt::QueuedConnection);
    return reply;
}

DirectoryReply *Connection::search(const SearchRequest &request) {
    DirectoryReply *reply = newReply(request.keepEntries);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id = reply->id(), request] { w->search(id, request); },
        Qt::QueuedConnection);
    return reply;
}

DirectoryReply *Connection::searchBase(const QString &dn, const QStringList &attributes) {
    SearchRequest request;
    request.base = dn;
    request.scope = SearchRequest::Scope::Base;
    request.attributes = attributes;
    return search(request);
}

DirectoryReply *Connection::apply(const ChangeRequest &change) {
    return applyAll({change});
}

DirectoryReply *Connection::applyAll(const QList<ChangeRequest> &changes) {
    DirectoryReply *reply = newReply(false);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id = reply->id(), changes] { w->change(id, changes); },
        Qt::QueuedConnection);
    return reply;
}

DirectoryReply *Connection::readRootDse() {
    return searchBase(QString(), {QStringLiteral("*"), QStringLiteral("+"), QStringLiteral("namingContexts"),
                                  QStringLiteral("supportedControl"), QStringLiteral("supportedExtension"),
                                  QStringLiteral("configurationNamingContext"),
                                  QStringLiteral("supportedCapabilities")});
}

void Connection::close() {
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::close, Qt::QueuedConnection);
}

void Connection::abandon(quint64 id) {
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id] { w->abandon(id); }, Qt::QueuedConnection);
}

void Connection::onEntries(quint64 id, const QList<Entry> &batch) {
    if (DirectoryReply *reply = m_replies.value(id))
        reply->deliverEntries(batch);
}

void Connection::onFinished(quint64 id, const LdapResult &result, const QString &value) {
    if (DirectoryReply *reply = m_replies.take(id))
        reply->finish(result, value);
}

void Connection::onWorkerState(int state, const QString &identity, const QString &detail) {
    Q_UNUSED(detail)
    const auto s = State(state);
    if (s == State::Connected)
        m_identity = identity;
    else if (s == State::Disconnected)
        m_identity.clear();
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace directory
