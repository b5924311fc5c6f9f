// The readers of Postfix's output and the value types of the queue viewer, on real captured
// output (tests/fixtures/postfix): postqueue -j in chunks of any size, postsuper's per-ID lines,
// postcat's sections and encoded headers, postconf values, queue IDs, the retry estimate, and
// command prefixes split and quoted the way a shell would.

#include "MessageFilter.h"
#include "MessageHeaders.h"
#include "PostfixInstance.h"
#include "PostfixSettings.h"
#include "PostqueueParser.h"
#include "PostsuperOutput.h"
#include "QueueId.h"
#include "NextHops.h"
#include "QueueKey.h"
#include "RetrySchedule.h"
#include "SmtpEndpoint.h"

#include <QFile>
#include <QTest>

using namespace queues;

namespace {

QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(BRIDGEHEAD_SOURCE_DIR "/tests/fixtures/postfix/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QueuedMessage> parseAll(const QByteArray &data, int chunk) {
    PostqueueParser parser;
    QList<QueuedMessage> out;
    for (qsizetype i = 0; i < data.size(); i += chunk)
        out += parser.feed(data.mid(i, chunk));
    out += parser.finish();
    return out;
}

const QueuedMessage *byId(const QList<QueuedMessage> &messages, const QString &id) {
    for (const QueuedMessage &m : messages)
        if (m.id == id)
            return &m;
    return nullptr;
}

} // namespace

class TestQueueParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void postqueueRealOutput();
    void postqueueInChunksOfAnySize();
    void postqueueBadLinesAreCountedNotFatal();
    void postqueueSharesRepeatedReasons();
    void queueIds_data();
    void queueIds();
    void postsuperPerIdLines();
    void postcatSections();
    void encodedHeaders_data();
    void encodedHeaders();
    void postconfValues();
    void retryEstimate();
    void earliestRetryOfAQueue();
    void prefixesSplitLikeAShell_data();
    void prefixesSplitLikeAShell();
    void commandsForAnInstance();
    void instanceFieldsAreChecked();
    void queueKeys();
    void queueKeysFollowTheTransportMap();
    void endpoints_data();
    void endpoints();
};

void TestQueueParsers::postqueueRealOutput() {
    const QList<QueuedMessage> messages = parseAll(fixture(QStringLiteral("postqueue-j.jsonl")), 1 << 20);
    QCOMPARE(messages.size(), 5);
    const QueuedMessage *two = byId(messages, QStringLiteral("AA340A7270E"));
    QVERIFY(two);
    QCOMPARE(two->queue, PostfixQueue::Deferred);
    QCOMPARE(two->arrival, qint64(1796114853));
    QCOMPARE(two->size, qint64(299));
    QCOMPARE(two->sender, QStringLiteral("alice@example.com"));
    QCOMPARE(two->recipients.size(), 2);
    QCOMPARE(two->recipients.at(1).address, QStringLiteral("bob@remote.example"));
    QCOMPARE(two->lastError(), QStringLiteral("connect to 127.0.0.1[127.0.0.1]:9: Connection refused"));
    QCOMPARE(byId(messages, QStringLiteral("AAC46A720F4"))->sender, QStringLiteral("MAILER-DAEMON"));
    QCOMPARE(byId(messages, QStringLiteral("AE2C7A72712"))->sender,
             QStringLiteral("\"john q. public\"@example.com"));
    QCOMPARE(byId(messages, QStringLiteral("AE2C7A72712"))->recipients.first().address,
             QStringLiteral("\"odd \\\"quoted\\\" local\"@remote.example"));
    const QueuedMessage *utf8 = byId(messages, QStringLiteral("AFC73A72715"));
    QCOMPARE(utf8->sender, QStringLiteral("jörg@example.de"));
    QCOMPARE(utf8->recipients.first().address, QStringLiteral("zöe@ümläut.example"));
    QCOMPARE(QueueKey::domainOf(utf8->recipients.first().address), QStringLiteral("ümläut.example"));
    const QueuedMessage *suspended = byId(messages, QStringLiteral("B0239A72716"));
    QVERIFY(suspended->lastError().startsWith(QStringLiteral("delivery temporarily suspended: ")));

    const QList<QueuedMessage> after =
        parseAll(fixture(QStringLiteral("postqueue-j-after-actions.jsonl")), 1 << 20);
    QCOMPARE(after.size(), 3);
    QCOMPARE(byId(after, QStringLiteral("B0239A72716"))->queue, PostfixQueue::Hold);
    QCOMPARE(byId(after, QStringLiteral("B0239A72716"))->state(), MessageState::Frozen);
    QVERIFY(!byId(after, QStringLiteral("AFC73A72715")));
}

void TestQueueParsers::postqueueInChunksOfAnySize() {
    const QByteArray data = fixture(QStringLiteral("postqueue-j.jsonl"));
    const QList<QueuedMessage> whole = parseAll(data, int(data.size()));
    for (int chunk : {1, 2, 3, 7, 64, 299, 300, 301}) {
        const QList<QueuedMessage> pieces = parseAll(data, chunk);
        QCOMPARE(pieces.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i)
            QVERIFY2(pieces.at(i) == whole.at(i), qPrintable(QString::number(chunk)));
    }
    // Without the final newline the last message still counts.
    QByteArray noNewline = data;
    noNewline.chop(1);
    QCOMPARE(parseAll(noNewline, 100).size(), whole.size());
}

void TestQueueParsers::postqueueBadLinesAreCountedNotFatal() {
    PostqueueParser parser;
    QList<QueuedMessage> out =
        parser.feed("{\"queue_name\": \"active\", \"queue_id\": \"ABC123\", \"future_member\": [1,2], "
                    "\"recipients\": []}\n"
                    "not json at all\n"
                    "{\"queue_name\": \"deferred\", \"queue_id\": \"bad id;\"}\n"
                    "\n"
                    "{\"queue_name\": \"incoming\", \"queue_id\": \"DEF456\", \"sender\": \"x@y\"}\n");
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).queue, PostfixQueue::Active);
    QCOMPARE(out.at(0).state(), MessageState::Active);
    QCOMPARE(out.at(1).state(), MessageState::Ready);
    QVERIFY(out.at(1).isPendingSubmission());
    QCOMPARE(parser.badLineCount(), 2);
    QVERIFY(parser.firstError().startsWith(QStringLiteral("line 2: ")));
}

void TestQueueParsers::postqueueSharesRepeatedReasons() {
    const QByteArray line = fixture(QStringLiteral("postqueue-j.jsonl")).split('\n').at(1);
    PostqueueParser parser;
    const QList<QueuedMessage> out = parser.feed(line + '\n' + line + '\n');
    QCOMPARE(out.size(), 2);
    // One text, two references to it.
    QCOMPARE(out.at(0).recipients.first().reason.constData(),
             out.at(1).recipients.first().reason.constData());
}

void TestQueueParsers::queueIds_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("short") << QStringLiteral("1053BA724D7") << true;
    QTest::newRow("long") << QStringLiteral("4bPZ7x3Fz4zBQXR") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("1053 BA724D7") << false;
    QTest::newRow("shell") << QStringLiteral("$(id)") << false;
    QTest::newRow("newline") << QStringLiteral("ABC\nDEF") << false;
    QTest::newRow("option") << QStringLiteral("-d") << false;
    QTest::newRow("ALL") << QStringLiteral("ALL") << false;
    QTest::newRow("suffix") << QStringLiteral("1053BA724D7*") << false;
    QTest::newRow("non-ascii") << QStringLiteral("ÄBC123") << false;
    QTest::newRow("too long") << QString(33, QLatin1Char('A')) << false;
}

void TestQueueParsers::queueIds() {
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(QueueId::isValid(id), valid);
    QCOMPARE(QueueId::validate(id).isEmpty(), valid);
}

void TestQueueParsers::postsuperPerIdLines() {
    const PostsuperOutput hold =
        PostsuperOutput::parse(QString::fromUtf8(fixture(QStringLiteral("postsuper-hold.txt"))));
    QCOMPARE(hold.acted, (QSet<QString>{QStringLiteral("B0239A72716")}));
    QCOMPARE(hold.warnings, QStringList{QStringLiteral("invalid mail queue id: bad;id")});
    const PostsuperOutput del =
        PostsuperOutput::parse(QString::fromUtf8(fixture(QStringLiteral("postsuper-delete.txt"))));
    QCOMPARE(del.acted, (QSet<QString>{QStringLiteral("AFC73A72715"), QStringLiteral("AE2C7A72712")}));
    ActionResult r;
    r.action = MessageAction::Delete;
    r.requested = {QStringLiteral("AFC73A72715"), QStringLiteral("DEADBEEF12"),
                   QStringLiteral("AE2C7A72712")};
    del.apply(r);
    QCOMPARE(r.done, (QStringList{QStringLiteral("AFC73A72715"), QStringLiteral("AE2C7A72712")}));
    QCOMPARE(r.notDone, QStringList{QStringLiteral("DEADBEEF12")});
    QVERIFY(r.summary().contains(QStringLiteral("DEADBEEF12")));
    const PostsuperOutput fatal = PostsuperOutput::parse(
        QStringLiteral("postsuper: fatal: use of this command is reserved for the superuser\n"));
    QCOMPARE(fatal.fatal, QStringLiteral("use of this command is reserved for the superuser"));
    QVERIFY(fatal.acted.isEmpty());
}

void TestQueueParsers::postcatSections() {
    const QHash<QString, MessageHeaders> h = PostcatOutput::parse(fixture(QStringLiteral("postcat-ehq.txt")));
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.value(QStringLiteral("AAC46A720F4")).subject, QStringLiteral("bounce"));
    QCOMPARE(h.value(QStringLiteral("AA340A7270E")).subject, QStringLiteral("two"));
    QCOMPARE(h.value(QStringLiteral("AA340A7270E")).serverPort, 2727);
    QCOMPARE(h.value(QStringLiteral("AA340A7270E")).serverAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(h.value(QStringLiteral("AA340A7270E")).text.startsWith(QStringLiteral("Received: ")));
    QCOMPARE(PostcatOutput::missingId(
                 QStringLiteral("postcat: fatal: open queue file DEADBEEF12: No such file or directory\n")),
             QStringLiteral("DEADBEEF12"));
}

void TestQueueParsers::encodedHeaders_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("plain") << QByteArray("Hello") << QStringLiteral("Hello");
    QTest::newRow("base64 utf-8") << QByteArray("=?UTF-8?B?w6TDtsO8?= test") << QStringLiteral("äöü test");
    QTest::newRow("q latin-1") << QByteArray("=?iso-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?=")
                               << QStringLiteral("Grüße aus Köln");
    QTest::newRow("adjacent words join") << QByteArray("=?UTF-8?Q?a?= =?UTF-8?Q?b?=") << QStringLiteral("ab");
    QTest::newRow("text between stays")
        << QByteArray("=?UTF-8?Q?a?= and =?UTF-8?Q?b?=") << QStringLiteral("a and b");
    QTest::newRow("raw utf-8") << QByteArray("hello w\xc3\xb6rld") << QStringLiteral("hello wörld");
    QTest::newRow("raw latin-1") << QByteArray("hello w\xf6rld") << QStringLiteral("hello wörld");
    QTest::newRow("language suffix") << QByteArray("=?UTF-8*de?Q?Stra=C3=9Fe?=") << QStringLiteral("Straße");
    QTest::newRow("unknown charset") << QByteArray("=?x-unknown?Q?abc?=") << QStringLiteral("abc");
}

void TestQueueParsers::encodedHeaders() {
    QFETCH(QByteArray, raw);
    QFETCH(QString, decoded);
    QCOMPARE(MessageHeaders::decode(raw), decoded);
    const QByteArray block =
        "Received: from x\n\tby y\nSubject: " + raw + "\nFrom: a@b\n\nBody: not a header\n";
    const MessageHeaders h = MessageHeaders::fromHeaderBlock(block);
    QCOMPARE(h.subject, decoded);
    QCOMPARE(MessageHeaders::field(block, "body"), QString());
}

void TestQueueParsers::postconfValues() {
    const PostfixSettings s = PostfixSettings::fromPostconf(
        QStringLiteral("relayhost = [127.0.0.1]:9\nmyhostname = gw1.test.invalid\nminimal_backoff_time = 5m\n"
                       "maximal_backoff_time = 4000\nqueue_run_delay = 300s\nmaximal_queue_lifetime = "
                       "2\nmail_version = 3.7.11\n"
                       "garbage line\n"));
    QCOMPARE(s.relayHost, QStringLiteral("[127.0.0.1]:9"));
    QCOMPARE(s.hostName, QStringLiteral("gw1.test.invalid"));
    QCOMPARE(s.minimalBackoff, qint64(300));
    QCOMPARE(s.maximalBackoff, qint64(4000));
    QCOMPARE(s.maximalQueueLifetime, qint64(2 * 86400)); // a bare number is days for this one
    QCOMPARE(s.version, QStringLiteral("3.7.11"));
    QCOMPARE(PostfixSettings::fromPostconf(QStringLiteral("relayhost =\n")).relayHost, QString());
    QCOMPARE(PostfixSettings::parseTime(QStringLiteral("1w"), 's'), qint64(7 * 86400));
    QCOMPARE(PostfixSettings::parseTime(QStringLiteral("2h"), 's'), qint64(7200));
    QCOMPARE(PostfixSettings::parseTime(QStringLiteral("x"), 's'), qint64(-1));
}

void TestQueueParsers::retryEstimate() {
    const RetrySchedule s(300, 4000, 5 * 86400);
    QCOMPARE(s.offsets().mid(0, 7), (QList<qint64>{0, 300, 600, 1200, 2400, 4800, 8800}));
    const qint64 arrival = 1'000'000;
    QCOMPARE(s.nextAttempt(arrival, arrival + 10), arrival + 300);
    QCOMPARE(s.nextAttempt(arrival, arrival + 300), arrival + 600);
    QCOMPARE(s.nextAttempt(arrival, arrival + 5000), arrival + 8800);
    QCOMPARE(s.nextAttempt(arrival, arrival + 6 * 86400), qint64(-1)); // past its lifetime
    QCOMPARE(s.nextAttempt(arrival, arrival - 50), arrival + 300);     // a clock behind
}

void TestQueueParsers::earliestRetryOfAQueue() {
    const RetrySchedule s(300, 4000, 5 * 86400);
    const qint64 now = 2'000'000;
    // The earliest among many messages is found without visiting each one.
    QMap<qint64, int> arrivals;
    qint64 expected = -1;
    for (qint64 age : {10, 250, 299, 1100, 4000, 86000}) {
        arrivals.insert(now - age, 1);
        const qint64 next = s.nextAttempt(now - age, now);
        if (expected < 0 || next < expected)
            expected = next;
    }
    QCOMPARE(s.earliestNextAttempt(arrivals, now), expected);
    QCOMPARE(expected, now + 1); // the one of 299 s is due in a second
    QCOMPARE(s.earliestNextAttempt({}, now), qint64(-1));
}

void TestQueueParsers::prefixesSplitLikeAShell_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("plain") << QStringLiteral("ssh root@gw1")
                           << QStringList{QStringLiteral("ssh"), QStringLiteral("root@gw1")};
    QTest::newRow("single quotes") << QStringLiteral("ssh -o 'ProxyJump=a b' gw1")
                                   << QStringList{QStringLiteral("ssh"), QStringLiteral("-o"),
                                                  QStringLiteral("ProxyJump=a b"), QStringLiteral("gw1")};
    QTest::newRow("double quotes") << QStringLiteral("sudo -u \"mail admin\"")
                                   << QStringList{QStringLiteral("sudo"), QStringLiteral("-u"),
                                                  QStringLiteral("mail admin")};
    QTest::newRow("backslash") << QStringLiteral("ssh a\\ b")
                               << QStringList{QStringLiteral("ssh"), QStringLiteral("a b")};
    QTest::newRow("empty") << QStringLiteral("   ") << QStringList();
}

void TestQueueParsers::prefixesSplitLikeAShell() {
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(PostfixInstance::splitWords(text), words);
}

void TestQueueParsers::commandsForAnInstance() {
    const PostfixInstance local = *PostfixInstance::create(QString(), QString());
    PostfixInstance::Command c = local.command(QStringLiteral("postqueue"), {QStringLiteral("-j")});
    QVERIFY(c.program.endsWith(QStringLiteral("postqueue")));
    QCOMPARE(c.arguments, QStringList{QStringLiteral("-j")}); // the default directory needs no -c
    const PostfixInstance other = *PostfixInstance::create(QStringLiteral("/etc/postfix-out/"), QString());
    QCOMPARE(other.configDirectory(), QStringLiteral("/etc/postfix-out"));
    c = other.command(QStringLiteral("postsuper"), {QStringLiteral("-h"), QStringLiteral("-")});
    QCOMPARE(c.arguments, (QStringList{QStringLiteral("-c"), QStringLiteral("/etc/postfix-out"),
                                       QStringLiteral("-h"), QStringLiteral("-")}));
    // sudo runs the words as they are; ssh hands one line to a remote shell, so it is quoted.
    const PostfixInstance sudo =
        *PostfixInstance::create(QStringLiteral("/etc/post fix"), QStringLiteral("sudo -n"));
    c = sudo.command(QStringLiteral("postcat"), {QStringLiteral("-hq"), QStringLiteral("ABC")});
    QCOMPARE(c.program, QStringLiteral("sudo"));
    QCOMPARE(c.arguments,
             (QStringList{QStringLiteral("-n"), QStringLiteral("postcat"), QStringLiteral("-c"),
                          QStringLiteral("/etc/post fix"), QStringLiteral("-hq"), QStringLiteral("ABC")}));
    const PostfixInstance ssh =
        *PostfixInstance::create(QStringLiteral("/etc/it's"), QStringLiteral("ssh -p 22 root@gw1"));
    QVERIFY(ssh.isRemoteShell());
    c = ssh.command(QStringLiteral("postqueue"), {QStringLiteral("-j")});
    QCOMPARE(c.program, QStringLiteral("ssh"));
    QCOMPARE(c.arguments, (QStringList{QStringLiteral("-p"), QStringLiteral("22"), QStringLiteral("root@gw1"),
                                       QStringLiteral("postqueue -c '/etc/it'\\''s' -j")}));
    QVERIFY(PostfixInstance::create(QString(), QStringLiteral("sudo -u admin ssh gw1"))->isRemoteShell());
    c = local.forEachLine(QStringLiteral("postqueue"), {QStringLiteral("-i")});
    QVERIFY(c.program.endsWith(QStringLiteral("xargs")));
    QCOMPARE(c.arguments.mid(0, 3),
             (QStringList{QStringLiteral("-r"), QStringLiteral("-n"), QStringLiteral("1")}));
    QCOMPARE(c.arguments.last(), QStringLiteral("-i"));
    QCOMPARE(PostfixInstance::shellQuote(QString()), QStringLiteral("''"));
    QCOMPARE(PostfixInstance::shellQuote(QStringLiteral("a;b")), QStringLiteral("'a;b'"));
    // A word that ends in a line break is quoted too: the shell would end the command there.
    QCOMPARE(PostfixInstance::shellQuote(QStringLiteral("ABC123\n")), QStringLiteral("'ABC123\n'"));
}

void TestQueueParsers::instanceFieldsAreChecked() {
    QString error;
    QVERIFY(!PostfixInstance::create(QStringLiteral("etc/postfix"), QString(), &error));
    QVERIFY(error.contains(QStringLiteral("absolute")));
    QVERIFY(!PostfixInstance::create(QString(), QStringLiteral("ssh 'gw1"), &error));
    QVERIFY(error.contains(QStringLiteral("quote")));
    QVERIFY(!PostfixInstance::create(QStringLiteral("/etc/a\nb"), QString(), &error));
    const PostfixInstance ok =
        *PostfixInstance::create(QStringLiteral("/etc/postfix"), QStringLiteral("ssh root@gw1"));
    QCOMPARE(PostfixInstance::fromVariant(ok.toVariant()), ok);
    QVERIFY(ok.displayName().contains(QStringLiteral("ssh root@gw1")));
    QVERIFY(PostfixInstance::fromVariant({}).isNull());
}

void TestQueueParsers::queueKeys() {
    QCOMPARE(QueueKey::relayHost(QStringLiteral("[127.0.0.1]:9")).nextHopHost(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QueueKey::relayHost(QStringLiteral("smarthost.example.net:587")).nextHopHost(),
             QStringLiteral("smarthost.example.net"));
    QCOMPARE(QueueKey::relayHost(QStringLiteral("[2001:db8::1]:25, b.example")).nextHopHost(),
             QStringLiteral("2001:db8::1"));
    const QueueKey d = QueueKey::domain(QStringLiteral("Remote.Example"));
    QCOMPARE(QueueKey::fromString(d.toString()), d);
    QueuedMessage m;
    m.queue = PostfixQueue::Deferred;
    m.recipients = {{QStringLiteral("a@one.example"), {}},
                    {QStringLiteral("b@TWO.example"), {}},
                    {QStringLiteral("c@one.example"), {}}};
    QCOMPARE(NextHops().keysFor(m),
             (QList<QueueKey>{QueueKey::domain(QStringLiteral("one.example")),
                              QueueKey::domain(QStringLiteral("two.example"))}));
    QCOMPARE(NextHops(QStringLiteral("[r]")).keysFor(m),
             QList<QueueKey>{QueueKey::relayHost(QStringLiteral("[r]"))});
    m.queue = PostfixQueue::Maildrop;
    QCOMPARE(NextHops().keysFor(m), QList<QueueKey>{QueueKey::pendingSubmission()});
}

// A transport map decides before the relay host, as in Postfix: the domain, then ".parent"
// patterns, then "*"; entries without a next hop, or local ones, leave the mail in its domain's
// queue; what no entry names goes to the relay host.
void TestQueueParsers::queueKeysFollowTheTransportMap() {
    const NextHops hops = NextHops::withTransport(QStringLiteral("[relay.example]"),
                                                  QStringLiteral("contoso.com\tsmtp:[10.0.0.1]:25\n"
                                                                 ".contoso.com smtp:[10.0.0.1]:25\n"
                                                                 "fabrikam.example bh-partner:[10.0.0.2]\n"
                                                                 "dns.example smtp:\n"
                                                                 "gone.example error:5.1.2 gone\n"
                                                                 "*\tsmtp:[127.0.0.1]:2526\n"));
    QCOMPARE(hops.transportEntryCount(), 6);
    QCOMPARE(hops.keyFor(QStringLiteral("contoso.com")), QueueKey::relayHost(QStringLiteral("[10.0.0.1]:25")));
    QCOMPARE(hops.keyFor(QStringLiteral("eu.contoso.com")), QueueKey::relayHost(QStringLiteral("[10.0.0.1]:25")));
    QCOMPARE(hops.keyFor(QStringLiteral("fabrikam.example")), QueueKey::relayHost(QStringLiteral("[10.0.0.2]")));
    QCOMPARE(hops.keyFor(QStringLiteral("dns.example")), QueueKey::domain(QStringLiteral("dns.example")));
    QCOMPARE(hops.keyFor(QStringLiteral("gone.example")), QueueKey::domain(QStringLiteral("gone.example")));
    QCOMPARE(hops.keyFor(QStringLiteral("elsewhere.example")),
             QueueKey::relayHost(QStringLiteral("[127.0.0.1]:2526")));
    const NextHops noStar =
        NextHops::withTransport(QStringLiteral("[relay.example]"), QStringLiteral("contoso.com smtp:[10.0.0.1]\n"));
    QCOMPARE(noStar.keyFor(QStringLiteral("elsewhere.example")),
             QueueKey::relayHost(QStringLiteral("[relay.example]")));
    QueuedMessage m;
    m.queue = PostfixQueue::Deferred;
    m.recipients = {{QStringLiteral("a@contoso.com"), {}}, {QStringLiteral("b@x.contoso.com"), {}},
                    {QStringLiteral("c@elsewhere.example"), {}}};
    QCOMPARE(hops.keysFor(m), (QList<QueueKey>{QueueKey::relayHost(QStringLiteral("[10.0.0.1]:25")),
                                               QueueKey::relayHost(QStringLiteral("[127.0.0.1]:2526"))}));
    // A queue's messages are those with that next hop.
    MessageFilter inQueue;
    inQueue.nextHops = hops;
    inQueue.queue = QueueKey::relayHost(QStringLiteral("[127.0.0.1]:2526"));
    QVERIFY(inQueue.matches(m));
    inQueue.queue = QueueKey::relayHost(QStringLiteral("[10.0.0.2]"));
    QVERIFY(!inQueue.matches(m));
}

void TestQueueParsers::endpoints_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host:port") << QStringLiteral("127.0.0.1:2525") << QStringLiteral("127.0.0.1") << 2525;
    QTest::newRow("bare") << QStringLiteral("gw1.example.com") << QStringLiteral("gw1.example.com") << 25;
    QTest::newRow("ipv6") << QStringLiteral("[2001:db8::1]:587") << QStringLiteral("2001:db8::1") << 587;
    QTest::newRow("bare ipv6") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1") << 25;
    QTest::newRow("bad port") << QStringLiteral("gw1:99999") << QString() << 0;
    QTest::newRow("bad host") << QStringLiteral("gw 1:25") << QString() << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
}

void TestQueueParsers::endpoints() {
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString error;
    const std::optional<smtp::SmtpEndpoint> e = smtp::SmtpEndpoint::parse(text, &error);
    QCOMPARE(bool(e), !host.isEmpty());
    if (!e) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(e->host(), host);
    QCOMPARE(e->port(), port);
    QCOMPARE(smtp::SmtpEndpoint::parse(e->toString())->host(), host);
}

QTEST_GUILESS_MAIN(TestQueueParsers)
#include "tst_queueparsers.moc"
