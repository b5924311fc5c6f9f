#include "ConnectionWorker.h"

#include <QCoreApplication>

namespace directory {

namespace {

constexpr int BatchSize = 500;

int scopeOf(SearchRequest::Scope s) {
    switch (s) {
    case SearchRequest::Scope::Base:
        return LDAP_SCOPE_BASE;
    case SearchRequest::Scope::OneLevel:
        return LDAP_SCOPE_ONELEVEL;
    case SearchRequest::Scope::Subtree:
        break;
    }
    return LDAP_SCOPE_SUBTREE;
}

} // namespace

ConnectionWorker::ConnectionWorker() {
    LdapHandle::initializeLibrary();
}

ConnectionWorker::~ConnectionWorker() {
    close();
}

void ConnectionWorker::configure(const ConnectionSettings &settings) {
    teardown(LdapResult::fromCode(LdapResult::NotConnected));
    m_settings = settings;
}

LdapResult ConnectionWorker::ensureOpen() {
    if (m_ldap.isOpen())
        return LdapResult::success();
    if (m_settings.uri.isEmpty())
        return LdapResult::fromCode(LdapResult::NotConnected);
    m_state = Connecting;
    Q_EMIT stateChanged(m_state, QString(), m_settings.uri);
    const LdapResult r = m_ldap.open(m_settings);
    if (!r.ok()) {
        m_state = Disconnected;
        Q_EMIT stateChanged(m_state, QString(), r.text());
        return r;
    }
    m_notifier = new QSocketNotifier(m_ldap.socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConnectionWorker::onReadable);
    m_state = Connected;
    Q_EMIT stateChanged(m_state, m_ldap.identity(), m_settings.uri);
    return r;
}

void ConnectionWorker::teardown(const LdapResult &reason) {
    delete m_notifier;
    const bool wasOpen = m_ldap.isOpen();
    m_ldap.close();
    m_byMsgid.clear();
    m_pagedQueue.clear();
    m_activePaged = 0;
    // The state first: whoever learns from a failed reply that the server is gone must find the
    // connection already marked disconnected.
    if (wasOpen || m_state != Disconnected) {
        m_state = Disconnected;
        Q_EMIT stateChanged(m_state, QString(), reason.text());
    }
    auto ops = std::move(m_ops);
    m_ops.clear();
    for (auto &[id, op] : ops) {
        if (!op.batch.isEmpty())
            Q_EMIT entries(id, op.batch);
        Q_EMIT finished(id, reason, QString());
    }
}

void ConnectionWorker::close() {
    teardown(LdapResult::fromCode(LdapResult::NotConnected));
}

void ConnectionWorker::open(quint64 id) {
    const LdapResult r = ensureOpen();
    Q_EMIT finished(id, r, r.ok() ? m_ldap.identity() : QString());
}

void ConnectionWorker::finish(quint64 id, const LdapResult &result, const QString &value) {
    auto it = m_ops.find(id);
    if (it != m_ops.end()) {
        if (!it->second.batch.isEmpty())
            Q_EMIT entries(id, it->second.batch);
        if (it->second.msgid >= 0)
            m_byMsgid.remove(it->second.msgid);
        m_ops.erase(it);
    }
    Q_EMIT finished(id, result, value);
    if (id == m_activePaged) {
        m_activePaged = 0;
        startNextPagedSearch();
    }
}

void ConnectionWorker::search(quint64 id, const SearchRequest &request) {
    if (const LdapResult r = ensureOpen(); !r.ok()) {
        Q_EMIT finished(id, r, QString());
        return;
    }
    Op op;
    op.id = id;
    op.kind = Kind::Search;
    op.search = request;
    m_ops.emplace(id, std::move(op));
    if (request.pageSize > 0) {
        m_pagedQueue.push_back(id);
        startNextPagedSearch();
        return;
    }
    if (const LdapResult r = sendSearchPage(m_ops[id]); !r.ok())
        finish(id, r);
}

void ConnectionWorker::startNextPagedSearch() {
    while (m_activePaged == 0 && !m_pagedQueue.empty()) {
        const quint64 id = m_pagedQueue.front();
        m_pagedQueue.pop_front();
        auto it = m_ops.find(id);
        if (it == m_ops.end())
            continue;
        m_activePaged = id;
        if (const LdapResult r = sendSearchPage(it->second); !r.ok())
            finish(id, r); // resets m_activePaged and moves on
    }
}

LdapResult ConnectionWorker::sendSearchPage(Op &op) {
    const SearchRequest &req = op.search;
    ControlList controls;
    if (req.pageSize > 0) {
        LDAPControl *page = nullptr;
        berval cookie{ber_len_t(op.cookie.size()), op.cookie.data()};
        const int rc = ldap_create_page_control(m_ldap.get(), req.pageSize,
                                                op.cookie.isEmpty() ? nullptr : &cookie, 0, &page);
        if (rc != LDAP_SUCCESS)
            return m_ldap.errorFor(rc);
        controls.adopt(page);
    }
    const QByteArray base = req.base.toUtf8();
    const QByteArray filter = req.filter.toUtf8();
    std::vector<QByteArray> attrs;
    std::vector<char *> attrPointers;
    for (const QString &a : req.attributes) {
        attrs.push_back(a.toLatin1());
        attrPointers.push_back(attrs.back().data());
    }
    attrPointers.push_back(nullptr);
    int msgid = -1;
    const int rc = ldap_search_ext(m_ldap.get(), base.constData(), scopeOf(req.scope), filter.constData(),
                                   req.attributes.isEmpty() ? nullptr : attrPointers.data(), 0,
                                   controls.get(), nullptr, nullptr, req.sizeLimit, &msgid);
    if (rc != LDAP_SUCCESS)
        return m_ldap.errorFor(rc);
    op.msgid = msgid;
    m_byMsgid.insert(msgid, op.id);
    return LdapResult::success();
}

LdapResult ConnectionWorker::sendChange(const ChangeRequest &request, const QByteArray *txnId, int *msgid,
                                        bool *valueChecked) {
    // The one place that chooses how a write's "unless someone changed it" travels: an assertion
    // control where the server has one, otherwise exact-value deletes (Active Directory).
    const bool checkValues = request.kind == ChangeRequest::Kind::Modify && !request.expected.isEmpty() &&
                             m_ldap.features().known && !m_ldap.features().assertion;
    if (valueChecked)
        *valueChecked = checkValues;
    const ChangeRequest change = checkValues ? request.withValueChecks() : request;
    ControlList controls;
    if (txnId)
        controls.add(LDAP_CONTROL_TXN_SPEC, *txnId, true);
    if (!change.assertion.isEmpty()) {
        LDAPControl *assertion = nullptr;
        QByteArray filter = change.assertion.toUtf8();
        const int rc = ldap_create_assertion_control(m_ldap.get(), filter.data(), 1, &assertion);
        if (rc != LDAP_SUCCESS)
            return LdapResult::clientError(
                QCoreApplication::translate("directory::ConnectionWorker",
                                            "The consistency check \"%1\" is not a valid filter.")
                    .arg(change.assertion));
        controls.adopt(assertion);
    }
    const QByteArray dn = change.dn.toUtf8();
    int rc = LDAP_SUCCESS;
    switch (change.kind) {
    case ChangeRequest::Kind::Add: {
        ModList mods(change.modifications, true);
        rc = ldap_add_ext(m_ldap.get(), dn.constData(), mods.get(), controls.get(), nullptr, msgid);
        break;
    }
    case ChangeRequest::Kind::Modify: {
        ModList mods(change.modifications, false);
        rc = ldap_modify_ext(m_ldap.get(), dn.constData(), mods.get(), controls.get(), nullptr, msgid);
        break;
    }
    case ChangeRequest::Kind::Delete:
        rc = ldap_delete_ext(m_ldap.get(), dn.constData(), controls.get(), nullptr, msgid);
        break;
    case ChangeRequest::Kind::Rename: {
        const QByteArray rdn = change.newRdn.toUtf8();
        const QByteArray superior = change.newSuperior.toUtf8();
        rc = ldap_rename(m_ldap.get(), dn.constData(), rdn.constData(),
                         change.newSuperior.isEmpty() ? nullptr : superior.constData(),
                         change.deleteOldRdn ? 1 : 0, controls.get(), nullptr, msgid);
        break;
    }
    }
    return rc == LDAP_SUCCESS ? LdapResult::success() : m_ldap.errorFor(rc);
}

void ConnectionWorker::change(quint64 id, const QList<ChangeRequest> &changes) {
    if (changes.isEmpty()) {
        Q_EMIT finished(id, LdapResult::success(), QString());
        return;
    }
    if (const LdapResult r = ensureOpen(); !r.ok()) {
        Q_EMIT finished(id, r, QString());
        return;
    }
    Op op;
    op.id = id;
    op.changes = changes;
    if (changes.size() == 1) {
        op.kind = Kind::Change;
        LdapResult r = sendChange(changes.first(), nullptr, &op.msgid, &op.valueChecked);
        if (!r.ok()) {
            r.setFailedIndex(0);
            Q_EMIT finished(id, r, QString());
            return;
        }
        m_byMsgid.insert(op.msgid, id);
        m_ops.emplace(id, std::move(op));
        return;
    }
    op.kind = Kind::Transaction;
    auto [it, inserted] = m_ops.emplace(id, std::move(op));
    startTransaction(it->second);
}

void ConnectionWorker::startTransaction(Op &op) {
    op.step = TxnStep::Starting;
    const int rc = ldap_txn_start(m_ldap.get(), nullptr, nullptr, &op.msgid);
    if (rc != LDAP_SUCCESS) {
        finish(op.id, m_ldap.errorFor(rc));
        return;
    }
    m_byMsgid.insert(op.msgid, op.id);
}

void ConnectionWorker::sendNextInTransaction(Op &op) {
    // slapd queues transaction operations in the order they are processed, and it processes
    // pipelined requests on several threads, so each one waits for the previous acknowledgement.
    if (op.failed || op.acknowledged >= op.changes.size()) {
        endTransaction(op);
        return;
    }
    int msgid = -1;
    const LdapResult sent = sendChange(op.changes[op.acknowledged], &op.txnId, &msgid);
    if (!sent.ok()) {
        op.failed = true;
        op.firstError = sent;
        op.firstError.setFailedIndex(op.acknowledged);
        endTransaction(op);
        return;
    }
    m_byMsgid.insert(msgid, op.id);
    op.sentMsgids.append(msgid);
}

void ConnectionWorker::endTransaction(Op &op) {
    // Commits only when every queued operation was accepted; otherwise the server discards them all.
    op.step = TxnStep::Ending;
    berval txn{ber_len_t(op.txnId.size()), op.txnId.data()};
    const int rc = ldap_txn_end(m_ldap.get(), op.failed ? 0 : 1, &txn, nullptr, nullptr, &op.msgid);
    if (rc != LDAP_SUCCESS) {
        finish(op.id, op.failed ? op.firstError : m_ldap.errorFor(rc));
        return;
    }
    m_byMsgid.insert(op.msgid, op.id);
}

void ConnectionWorker::abandon(quint64 id) {
    auto it = m_ops.find(id);
    if (it == m_ops.end())
        return;
    Op &op = it->second;
    if (op.kind == Kind::Transaction)
        return; // a transaction runs to its end: commit or roll back, never half
    if (op.msgid >= 0 && m_ldap.isOpen())
        ldap_abandon_ext(m_ldap.get(), op.msgid, nullptr, nullptr);
    op.batch.clear();
    finish(id, LdapResult::aborted());
}

void ConnectionWorker::onReadable() {
    if (!m_ldap.isOpen())
        return;
    // libldap may hold decoded data of its own (TLS), so read until it says there is nothing.
    for (;;) {
        timeval zero{0, 0};
        LDAPMessage *msg = nullptr;
        const int type = ldap_result(m_ldap.get(), LDAP_RES_ANY, LDAP_MSG_ONE, &zero, &msg);
        if (type == 0)
            break;
        if (type < 0) {
            int code = LDAP_SERVER_DOWN;
            ldap_get_option(m_ldap.get(), LDAP_OPT_RESULT_CODE, &code);
            LdapResult reason = m_ldap.errorFor(code);
            reason.setMessage(QCoreApplication::translate(
                "directory::ConnectionWorker",
                "The connection to the directory server was lost. Bridgehead will reconnect "
                "on the next operation."));
            teardown(reason);
            return;
        }
        dispatch(msg); // answers to abandoned requests are dropped
        ldap_msgfree(msg);
        if (!m_ldap.isOpen())
            return;
    }
    flushBatches();
}

void ConnectionWorker::flushBatches() {
    for (auto &[id, op] : m_ops) {
        if (!op.batch.isEmpty()) {
            Q_EMIT entries(id, op.batch);
            op.batch.clear();
        }
    }
}

void ConnectionWorker::dispatch(LDAPMessage *msg) {
    const int msgid = ldap_msgid(msg);
    const auto found = m_byMsgid.constFind(msgid);
    if (found == m_byMsgid.constEnd())
        return; // abandoned or unsolicited
    auto it = m_ops.find(found.value());
    if (it == m_ops.end())
        return;
    Op &op = it->second;
    const int type = ldap_msgtype(msg);
    switch (op.kind) {
    case Kind::Search:
        onSearchMessage(op, msg, type);
        break;
    case Kind::Change: {
        LdapResult r = m_ldap.parseResult(msg);
        if (!r.ok())
            r.setFailedIndex(0);
        // A value the write expected is gone, or one it adds is there already: changed meanwhile.
        if (op.valueChecked &&
            (r.code() == LdapResult::NoSuchAttribute || r.code() == LdapResult::AttributeOrValueExists))
            r.markConflict();
        finish(op.id, r);
        break;
    }
    case Kind::Transaction:
        onTransactionMessage(op, msg, type);
        break;
    }
}

void ConnectionWorker::onSearchMessage(Op &op, LDAPMessage *msg, int type) {
    if (type == LDAP_RES_SEARCH_ENTRY) {
        op.batch.append(m_ldap.toEntry(msg));
        if (op.batch.size() >= BatchSize) {
            Q_EMIT entries(op.id, op.batch);
            op.batch.clear();
        }
        return;
    }
    if (type != LDAP_RES_SEARCH_RESULT)
        return; // references are not followed
    LDAPControl **controls = nullptr;
    const LdapResult r = m_ldap.parseResult(msg, &controls);
    QByteArray next;
    if (controls) {
        if (LDAPControl *page = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, nullptr)) {
            ber_int_t estimate = 0;
            berval cookie{0, nullptr};
            if (ldap_parse_pageresponse_control(m_ldap.get(), page, &estimate, &cookie) == LDAP_SUCCESS) {
                if (cookie.bv_val && cookie.bv_len)
                    next = QByteArray(cookie.bv_val, qsizetype(cookie.bv_len));
                ber_memfree(cookie.bv_val);
            }
        }
        ldap_controls_free(controls);
    }
    if (r.ok() && op.search.pageSize > 0 && !next.isEmpty()) {
        m_byMsgid.remove(op.msgid);
        op.cookie = next;
        if (const LdapResult sent = sendSearchPage(op); !sent.ok())
            finish(op.id, sent);
        return;
    }
    finish(op.id, r);
}

void ConnectionWorker::onTransactionMessage(Op &op, LDAPMessage *msg, int type) {
    switch (op.step) {
    case TxnStep::Starting: {
        if (type != LDAP_RES_EXTENDED)
            return;
        m_byMsgid.remove(op.msgid);
        const LdapResult r = m_ldap.parseResult(msg);
        if (!r.ok()) {
            LdapResult refused = r;
            refused.setMessage(QCoreApplication::translate(
                "directory::ConnectionWorker",
                "The server did not start a transaction, so nothing was written. A change "
                "that spans several entries needs a server with LDAP transactions (RFC 5805)."));
            finish(op.id, refused);
            return;
        }
        berval *data = nullptr;
        char *oid = nullptr;
        ldap_parse_extended_result(m_ldap.get(), msg, &oid, &data, 0);
        op.txnId = data && data->bv_val ? QByteArray(data->bv_val, qsizetype(data->bv_len)) : QByteArray();
        ldap_memfree(oid);
        ber_bvfree(data);
        op.step = TxnStep::Sending;
        op.acknowledged = 0;
        sendNextInTransaction(op);
        return;
    }
    case TxnStep::Sending: {
        const LdapResult r = m_ldap.parseResult(msg);
        m_byMsgid.remove(ldap_msgid(msg));
        if (!r.ok() && !op.failed) {
            op.failed = true;
            op.firstError = r;
            op.firstError.setFailedIndex(op.acknowledged);
        }
        ++op.acknowledged;
        sendNextInTransaction(op);
        return;
    }
    case TxnStep::Ending: {
        if (type != LDAP_RES_EXTENDED)
            return;
        LdapResult r = m_ldap.parseResult(msg);
        if (!r.ok() && !op.failed) {
            // The server runs the queued changes at the end; txnEndRes names the one that failed.
            berval *data = nullptr;
            char *oid = nullptr;
            ldap_parse_extended_result(m_ldap.get(), msg, &oid, &data, 0);
            if (data && data->bv_val) {
                if (BerElement *ber = ber_init(data)) {
                    ber_int_t failedMsgid = -1;
                    ber_len_t len = 0;
                    if (ber_scanf(ber, "{") != LBER_ERROR && ber_peek_tag(ber, &len) == LBER_INTEGER &&
                        ber_scanf(ber, "i", &failedMsgid) != LBER_ERROR)
                        r.setFailedIndex(int(op.sentMsgids.indexOf(int(failedMsgid))));
                    ber_free(ber, 1);
                }
            }
            ldap_memfree(oid);
            ber_bvfree(data);
        }
        if (op.failed)
            r = op.firstError;
        if (!r.ok())
            r.setMessage(
                QCoreApplication::translate("directory::ConnectionWorker",
                                            "%1 Nothing was written: the whole change was rolled back.")
                    .arg(r.message()));
        finish(op.id, r);
        return;
    }
    }
}

} // namespace directory
