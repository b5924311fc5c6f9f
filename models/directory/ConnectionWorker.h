#pragma once

// Runs libldap for one Connection on its own thread: a socket notifier wakes it, and every wake-up
// drains ldap_result() until nothing is left. Requests arrive as queued calls from the Connection;
// results leave as signals. Never touched from the GUI thread.

#include "ConnectionSettings.h"
#include "Entry.h"
#include "LdapHandle.h"
#include "LdapResult.h"
#include "Requests.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

#include <deque>
#include <map>

namespace directory {

class ConnectionWorker : public QObject {
    Q_OBJECT
public:
    enum State { Disconnected, Connecting, Connected };
    Q_ENUM(State)

    ConnectionWorker();
    ~ConnectionWorker() override;

public Q_SLOTS:
    void configure(const directory::ConnectionSettings &settings);
    void open(quint64 id);
    void search(quint64 id, const directory::SearchRequest &request);
    void change(quint64 id, const QList<directory::ChangeRequest> &changes);
    void abandon(quint64 id);
    void close();

Q_SIGNALS:
    void entries(quint64 id, const QList<directory::Entry> &batch);
    void finished(quint64 id, const directory::LdapResult &result, const QString &value);
    void stateChanged(int state, const QString &identity, const QString &detail);

private:
    enum class Kind { Search, Change, Transaction };
    enum class TxnStep { Starting, Sending, Ending };
    struct Op {
        quint64 id = 0;
        Kind kind = Kind::Search;
        int msgid = -1;
        SearchRequest search;
        QByteArray cookie;
        QList<Entry> batch;
        QList<ChangeRequest> changes;
        TxnStep step = TxnStep::Starting;
        QByteArray txnId;
        int acknowledged = 0;  // transaction: changes the server has queued
        QList<int> sentMsgids; // transaction: the message ID each change went with
        LdapResult firstError;
        bool failed = false;
        bool valueChecked = false; // sent with exact-value deletes instead of an assertion
    };

    LdapResult ensureOpen();
    void teardown(const LdapResult &reason);
    void onReadable();
    void dispatch(LDAPMessage *msg);
    void flushBatches();
    void finish(quint64 id, const LdapResult &result, const QString &value = QString());

    LdapResult sendSearchPage(Op &op);
    LdapResult sendChange(const ChangeRequest &request, const QByteArray *txnId, int *msgid,
                          bool *valueChecked = nullptr);
    void onSearchMessage(Op &op, LDAPMessage *msg, int type);
    void onTransactionMessage(Op &op, LDAPMessage *msg, int type);
    void startNextPagedSearch();
    void startTransaction(Op &op);
    void sendNextInTransaction(Op &op);
    void endTransaction(Op &op);

    ConnectionSettings m_settings;
    LdapHandle m_ldap;
    QPointer<QSocketNotifier> m_notifier;
    std::map<quint64, Op> m_ops;
    QHash<int, quint64> m_byMsgid;
    std::deque<quint64> m_pagedQueue; // slapd keeps one paged search per connection
    quint64 m_activePaged = 0;
    State m_state = Disconnected;
};

} // namespace directory
