// The asynchronous Connection against a real slapd: writes, paging, conflicts, transactions,
// authentication, TLS and faults (unreachable server, slapd killed mid-search).

#include "Connection.h"
#include "DirectoryFixture.h"
#include "Dn.h"
#include "Filter.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace directory;
using testsupport::waitFor;

class TestConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rootDse();
    void addModifyRenameDeleteRoundTrip();
    void pagingReturnsEachEntryOnce();
    void assertionConflictIsItsOwnError();
    void transactionCommitsAll();
    void failedTransactionLeavesNothing();
    void wrongPassword();
    void saslExternalOverLdapi();
    void unreachableServerFailsFast();
    void silentServerTimesOut();
    void killedDuringSearchThenRecovers();
    void tlsVerification();

private:
    QString base() const { return m_dir->suffix(); }
    QList<Entry> search(Connection &c, const QString &filter, int pageSize = 0);

    testsupport::DirectoryFixture m_dir;
};

void TestConnection::initTestCase() {
    QVERIFY(m_dir.start());
}

void TestConnection::cleanupTestCase() {
    m_dir.stop();
}

QList<Entry> TestConnection::search(Connection &c, const QString &filter, int pageSize) {
    SearchRequest req;
    req.base = base();
    req.filter = filter;
    req.pageSize = pageSize;
    DirectoryReply *reply = c.search(req);
    if (!waitFor(reply, 30000))
        return {};
    return reply->entries();
}

void TestConnection::rootDse() {
    Connection c;
    c.setSettings(m_dir->adminSettings());
    DirectoryReply *reply = c.readRootDse();
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
    QCOMPARE(reply->entries().size(), 1);
    const Entry dse = reply->entries().first();
    QVERIFY(dse.strings(QStringLiteral("namingContexts")).contains(base()));
    QVERIFY(
        dse.strings(QStringLiteral("supportedControl")).contains(QStringLiteral("1.2.840.113556.1.4.319")));
    QVERIFY(dse.strings(QStringLiteral("supportedExtension")).contains(QStringLiteral("1.3.6.1.1.21.1")));
    QCOMPARE(c.state(), Connection::State::Connected);
    QCOMPARE(Dn::parse(c.boundIdentity()), Dn::parse(m_dir->rootDn()));
}

void TestConnection::addModifyRenameDeleteRoundTrip() {
    Connection c;
    c.setSettings(m_dir->adminSettings());
    const Dn parent = Dn::parse(base());
    const QString hostile = QStringLiteral("Smith, \"J\" + <co>; #1 ");
    const Dn dn = parent.child(QStringLiteral("cn"), hostile);
    DirectoryReply *add = c.apply(ChangeRequest::add(
        dn.toString(),
        {Modification::replace(QStringLiteral("objectClass"), {QStringLiteral("container")}),
         Modification::replace(QStringLiteral("cn"), {hostile}),
         Modification::replace(QStringLiteral("adminDisplayName"), {QStringLiteral("Before")})}));
    QVERIFY(waitFor(add));
    QVERIFY2(add->result().ok(), qPrintable(add->result().text()));

    QList<Entry> found = search(c, filter::equals(QStringLiteral("cn"), hostile));
    QCOMPARE(found.size(), 1);
    QCOMPARE(Dn::parse(found.first().dn()), dn);
    QCOMPARE(found.first().string(QStringLiteral("adminDisplayName")), QStringLiteral("Before"));

    DirectoryReply *mod = c.apply(ChangeRequest::modify(
        dn.toString(),
        {Modification::replace(QStringLiteral("adminDisplayName"), {QStringLiteral("After")})}));
    QVERIFY(waitFor(mod));
    QVERIFY2(mod->result().ok(), qPrintable(mod->result().text()));
    found = search(c, filter::equals(QStringLiteral("cn"), hostile));
    QCOMPARE(found.first().string(QStringLiteral("AdminDisplayName")), QStringLiteral("After"));

    const Dn renamed = parent.child(QStringLiteral("cn"), QStringLiteral("Renamed=1"));
    DirectoryReply *ren = c.apply(ChangeRequest::rename(dn.toString(), renamed.rdnString()));
    QVERIFY(waitFor(ren));
    QVERIFY2(ren->result().ok(), qPrintable(ren->result().text()));
    QVERIFY(search(c, filter::equals(QStringLiteral("cn"), hostile)).isEmpty());
    found = search(c, filter::equals(QStringLiteral("cn"), QStringLiteral("Renamed=1")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(Dn::parse(found.first().dn()), renamed);

    DirectoryReply *del = c.apply(ChangeRequest::remove(renamed.toString()));
    QVERIFY(waitFor(del));
    QVERIFY2(del->result().ok(), qPrintable(del->result().text()));
    QVERIFY(search(c, filter::equals(QStringLiteral("cn"), QStringLiteral("Renamed=1"))).isEmpty());

    DirectoryReply *again = c.apply(ChangeRequest::remove(renamed.toString()));
    QVERIFY(waitFor(again));
    QCOMPARE(again->result().code(), int(LdapResult::NoSuchObject));
    QVERIFY(!again->result().message().isEmpty());
}

void TestConnection::pagingReturnsEachEntryOnce() {
    // 1,300 entries (six pages of 250, three batches of 500) written in one LDIF via ldapadd.
    const Dn container = Dn::parse(base()).child(QStringLiteral("cn"), QStringLiteral("Paging"));
    QString ldif = QStringLiteral("dn: %1\nobjectClass: container\ncn: Paging\n\n").arg(container.toString());
    const int total = 1300;
    for (int i = 0; i < total; ++i)
        ldif += QStringLiteral("dn: %1\nobjectClass: container\ncn: item%2\n\n")
                    .arg(container.child(QStringLiteral("cn"), QStringLiteral("item%1").arg(i)).toString())
                    .arg(i);
    QString out;
    QVERIFY2(m_dir.runTool(QStringLiteral("ldapadd"), {}, ldif.toUtf8(), &out) == 0, qPrintable(out));

    Connection c;
    c.setSettings(m_dir->adminSettings());
    SearchRequest req;
    req.base = container.toString();
    req.scope = SearchRequest::Scope::OneLevel;
    req.pageSize = 250;
    req.attributes = {QStringLiteral("cn")};
    DirectoryReply *reply = c.search(req);
    QSignalSpy batches(reply, &DirectoryReply::entriesReceived);
    QVERIFY(waitFor(reply, 30000));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
    QCOMPARE(reply->entries().size(), total);
    QSet<QString> names;
    for (const Entry &e : reply->entries())
        names.insert(e.string(QStringLiteral("cn")));
    QCOMPARE(names.size(), total);
    QVERIFY2(batches.size() >= total / 500, "entries arrive in several batches, not all at the end");

    // Two paged searches at once on one connection are serialized, not corrupted.
    DirectoryReply *r1 = c.search(req);
    DirectoryReply *r2 = c.search(req);
    QVERIFY(waitFor(r1, 30000));
    QVERIFY(waitFor(r2, 30000));
    QVERIFY2(r1->result().ok() && r2->result().ok(), qPrintable(r2->result().text()));
    QCOMPARE(r1->entries().size(), total);
    QCOMPARE(r2->entries().size(), total);
}

void TestConnection::assertionConflictIsItsOwnError() {
    Connection mine;
    mine.setSettings(m_dir->adminSettings());
    const Dn dn = Dn::parse(base()).child(QStringLiteral("cn"), QStringLiteral("Conflict"));
    DirectoryReply *add = mine.apply(ChangeRequest::add(
        dn.toString(),
        {Modification::replace(QStringLiteral("objectClass"), {QStringLiteral("container")}),
         Modification::replace(QStringLiteral("adminDisplayName"), {QStringLiteral("Loaded")})}));
    QVERIFY(waitFor(add));
    QVERIFY(add->result().ok());

    // Someone else changes the entry after we loaded it.
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: adminDisplayName\n"
                                            "adminDisplayName: Theirs\n")
                                 .arg(dn.toString())));

    const QString assertion = filter::equals(QStringLiteral("adminDisplayName"), QStringLiteral("Loaded"));
    DirectoryReply *mod = mine.apply(ChangeRequest::modify(
        dn.toString(), {Modification::replace(QStringLiteral("adminDisplayName"), {QStringLiteral("Mine")})},
        assertion));
    QVERIFY(waitFor(mod));
    QCOMPARE(mod->result().code(), int(LdapResult::AssertionFailed));
    QVERIFY(mod->result().isConflict());
    QVERIFY(mod->result().message().contains(QStringLiteral("changed")));
    QList<Entry> found = search(mine, filter::equals(QStringLiteral("cn"), QStringLiteral("Conflict")));
    QCOMPARE(found.first().string(QStringLiteral("adminDisplayName")), QStringLiteral("Theirs"));

    // With the values the server now has, the same change goes through.
    DirectoryReply *retry = mine.apply(ChangeRequest::modify(
        dn.toString(), {Modification::replace(QStringLiteral("adminDisplayName"), {QStringLiteral("Mine")})},
        filter::equals(QStringLiteral("adminDisplayName"), QStringLiteral("Theirs"))));
    QVERIFY(waitFor(retry));
    QVERIFY2(retry->result().ok(), qPrintable(retry->result().text()));
}

void TestConnection::transactionCommitsAll() {
    Connection c;
    c.setSettings(m_dir->adminSettings());
    const Dn a = Dn::parse(base()).child(QStringLiteral("cn"), QStringLiteral("TxnA"));
    const Dn b = a.child(QStringLiteral("cn"), QStringLiteral("TxnB"));
    const auto attrs = [](const QString &cn) {
        return QList<Modification>{
            Modification::replace(QStringLiteral("objectClass"), {QStringLiteral("container")}),
            Modification::replace(QStringLiteral("cn"), {cn})};
    };
    DirectoryReply *reply = c.applyAll({ChangeRequest::add(a.toString(), attrs(QStringLiteral("TxnA"))),
                                        ChangeRequest::add(b.toString(), attrs(QStringLiteral("TxnB")))});
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
    QCOMPARE(search(c, QStringLiteral("(|(cn=TxnA)(cn=TxnB))")).size(), 2);
}

void TestConnection::failedTransactionLeavesNothing() {
    Connection c;
    c.setSettings(m_dir->adminSettings());
    const Dn first = Dn::parse(base()).child(QStringLiteral("cn"), QStringLiteral("TxnFirst"));
    const Dn existing = Dn::parse(base()).child(QStringLiteral("cn"), QStringLiteral("TxnExisting"));
    const auto attrs = [](const QString &cn) {
        return QList<Modification>{
            Modification::replace(QStringLiteral("objectClass"), {QStringLiteral("container")}),
            Modification::replace(QStringLiteral("cn"), {cn})};
    };
    DirectoryReply *pre =
        c.apply(ChangeRequest::add(existing.toString(), attrs(QStringLiteral("TxnExisting"))));
    QVERIFY(waitFor(pre));
    QVERIFY(pre->result().ok());

    DirectoryReply *reply =
        c.applyAll({ChangeRequest::add(first.toString(), attrs(QStringLiteral("TxnFirst"))),
                    ChangeRequest::add(existing.toString(), attrs(QStringLiteral("TxnExisting")))});
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->result().code(), int(LdapResult::AlreadyExists));
    QVERIFY(reply->result().message().contains(QStringLiteral("Nothing was written")));
    QVERIFY2(search(c, filter::equals(QStringLiteral("cn"), QStringLiteral("TxnFirst"))).isEmpty(),
             "the first add of a failed transaction must be rolled back");
}

void TestConnection::wrongPassword() {
    Connection c;
    ConnectionSettings s = m_dir->adminSettings();
    s.password = QStringLiteral("wrong");
    c.setSettings(s);
    DirectoryReply *reply = c.open();
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->result().code(), int(LdapResult::InvalidCredentials));
    QVERIFY(reply->result().message().contains(QStringLiteral("Invalid credentials")));
    QCOMPARE(c.state(), Connection::State::Disconnected);
}

void TestConnection::saslExternalOverLdapi() {
    Connection c;
    c.setSettings(m_dir->externalSettings());
    DirectoryReply *reply = c.open();
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->result().ok(), qPrintable(reply->result().text()));
    QVERIFY(reply->value().contains(QStringLiteral("cn=peercred,cn=external,cn=auth")));
    // The peer-credential identity may write.
    const Dn dn = Dn::parse(base()).child(QStringLiteral("cn"), QStringLiteral("ViaLdapi"));
    DirectoryReply *add =
        c.apply(ChangeRequest::add(dn.toString(), {Modification::replace(QStringLiteral("objectClass"),
                                                                         {QStringLiteral("container")})}));
    QVERIFY(waitFor(add));
    QVERIFY2(add->result().ok(), qPrintable(add->result().text()));
}

void TestConnection::unreachableServerFailsFast() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    Connection c;
    ConnectionSettings s;
    s.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
    c.setSettings(s);
    QElapsedTimer timer;
    timer.start();
    DirectoryReply *reply = c.open();
    QVERIFY(waitFor(reply, 5000));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(reply->result().isConnectionError());
    // Says what failed: the port refused the connection.
    QVERIFY2(reply->result().message().contains(QStringLiteral("was refused")),
             qPrintable(reply->result().text()));
    QVERIFY(reply->result().message().contains(QString::number(port)));
}

void TestConnection::silentServerTimesOut() {
    // A server that accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    Connection c;
    ConnectionSettings s;
    s.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(silent.serverPort());
    s.bind = ConnectionSettings::Bind::Simple;
    s.bindDn = QStringLiteral("cn=admin,dc=example,dc=com");
    s.password = QStringLiteral("secret");
    s.timeoutSeconds = 2;
    c.setSettings(s);
    QElapsedTimer timer;
    timer.start();
    DirectoryReply *reply = c.open();
    QVERIFY(waitFor(reply, 5000));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!reply->result().ok());
    QVERIFY(reply->result().isConnectionError());
    QVERIFY2(reply->result().message().contains(QStringLiteral("did not answer within 2 s")),
             qPrintable(reply->result().text()));
}

void TestConnection::killedDuringSearchThenRecovers() {
    Connection c;
    c.setSettings(m_dir->adminSettings());
    SearchRequest req;
    req.base = base();
    req.pageSize = 50; // many round trips, so the kill lands in the middle
    DirectoryReply *reply = c.search(req);
    QSignalSpy batches(reply, &DirectoryReply::entriesReceived);
    QVERIFY(batches.wait(10000));
    m_dir.kill();
    QVERIFY(waitFor(reply, 10000));
    QVERIFY(!reply->result().ok());
    QVERIFY(reply->result().isConnectionError());
    QCOMPARE(c.state(), Connection::State::Disconnected);

    // While the server is down, a request fails quickly with a clear message.
    DirectoryReply *down = c.readRootDse();
    QVERIFY(waitFor(down, 5000));
    QVERIFY(down->result().isConnectionError());

    QVERIFY(m_dir.restart());
    DirectoryReply *after = c.readRootDse();
    QVERIFY(waitFor(after));
    QVERIFY2(after->result().ok(), qPrintable(after->result().text()));
    QCOMPARE(c.state(), Connection::State::Connected);
}

void TestConnection::tlsVerification() {
    // A CA and a server certificate for localhost, made here with openssl.
    QTemporaryDir pki;
    QVERIFY(pki.isValid());
    const QString d = pki.path();
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(d);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        p.waitForFinished(30000);
        if (p.exitCode() != 0)
            qWarning("%s", p.readAll().constData());
        return p.exitCode() == 0;
    };
    QVERIFY(run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Bridgehead Test CA")}));
    QVERIFY(run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")}));
    QFile ext(d + QStringLiteral("/ext.cnf"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    QVERIFY(run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")}));

    testsupport::DirectoryFixture tlsDir;
    LocalDirectory::Options o;
    o.tlsCertificateFile = d + QStringLiteral("/server.pem");
    o.tlsKeyFile = d + QStringLiteral("/server.key");
    QVERIFY(tlsDir.start(o));

    // Connects with the given URI, TLS mode and CA file; returns the outcome of binding.
    const QString ca = d + QStringLiteral("/ca.pem");
    auto openWith = [&](const QString &uri, ConnectionSettings::Tls tls, const QString &caFile) {
        Connection c;
        ConnectionSettings s = tlsDir->adminSettings();
        s.uri = uri;
        s.tls = tls;
        s.caFile = caFile;
        c.setSettings(s);
        DirectoryReply *reply = c.open();
        return waitFor(reply) ? reply->result() : LdapResult::fromCode(LdapResult::Timeout);
    };
    // ldaps without the CA: refused, and the message says what to do.
    LdapResult r = openWith(tlsDir->ldapsUri(), ConnectionSettings::Tls::None, QString());
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("certificate")), qPrintable(r.text()));
    // ldaps with the CA file: verified and bound.
    r = openWith(tlsDir->ldapsUri(), ConnectionSettings::Tls::None, ca);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    // StartTLS on the plain port, with the CA file. libldap checks "localhost" against the machine's
    // own host name, so the certificate and the URIs name 127.0.0.1.
    r = openWith(tlsDir->ldapUri(), ConnectionSettings::Tls::StartTls, ca);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    // StartTLS without the CA: refused.
    r = openWith(tlsDir->ldapUri(), ConnectionSettings::Tls::StartTls, QString());
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(QStringLiteral("certificate")), qPrintable(r.text()));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
