#pragma once

// A connection to a directory server as the GUI thread sees it: every call returns at once with a
// DirectoryReply; the LDAP work runs on a worker thread of its own. After the server goes away,
// the next request reconnects with the same settings.

#include "ConnectionSettings.h"
#include "DirectoryReply.h"
#include "Requests.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace directory {

class ConnectionWorker;

class Connection : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_settings; }

    // Connects and binds; value() of the reply is the bound identity.
    DirectoryReply *open();
    DirectoryReply *search(const SearchRequest &request);
    DirectoryReply *searchBase(const QString &dn, const QStringList &attributes = {});
    DirectoryReply *apply(const ChangeRequest &change);
    // Several changes as one: an RFC 5805 transaction, so either all are written or none.
    DirectoryReply *applyAll(const QList<ChangeRequest> &changes);
    // The root DSE: namingContexts, supportedControl, supportedExtension, configurationNamingContext.
    DirectoryReply *readRootDse();
    void close();

    State state() const { return m_state; }
    QString boundIdentity() const { return m_identity; }

Q_SIGNALS:
    void stateChanged(directory::Connection::State state);

private:
    friend class DirectoryReply;
    DirectoryReply *newReply(bool keepEntries = true);
    void abandon(quint64 id);
    void onEntries(quint64 id, const QList<Entry> &batch);
    void onFinished(quint64 id, const LdapResult &result, const QString &value);
    void onWorkerState(int state, const QString &identity, const QString &detail);

    QThread m_thread;
    ConnectionWorker *m_worker;
    ConnectionSettings m_settings;
    QHash<quint64, QPointer<DirectoryReply>> m_replies;
    quint64 m_nextId = 1;
    State m_state = State::Disconnected;
    QString m_identity;
};

} // namespace directory
