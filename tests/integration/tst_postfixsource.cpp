// PostfixSource against a real private Postfix: listing deferred mail with its reasons, every
// action with its per-message outcome, headers, refusals in the tool's own words, and the same
// through a real ssh command prefix with the words quoted for the remote shell.

#include "PostfixFixture.h"
#include "PostfixSource.h"
#include "QueueMonitor.h"
#include "SshFixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using queues::MessageAction;
using queues::MessagePtr;
using queues::PostfixInstance;
using queues::PostfixQueue;
using queues::PostfixSource;
using queues::QueueMonitor;

class TestPostfixSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void listsDeferredMailWithReasons();
    void listingDiffersBetweenSnapshots();
    void freezeAndUnfreezeSayWhichMessages();
    void deleteWithoutNdr();
    void deleteWithNdrReturnsTheMessage();
    void retryTriesAgain();
    void invalidIdsNeverReachACommand();
    void headersOneAndMany();
    void refusalsInTheToolsOwnWords();
    void throughSsh();
    void sshFailureInSshsOwnWords();
    void sshKeepsEveryWordIntact();

private:
    static std::unique_ptr<QueueMonitor> monitorFor(const PostfixInstance &instance);
    static bool refresh(QueueMonitor &monitor, queues::ListingResult *result = nullptr);
    static queues::ActionResult act(PostfixSource *source, MessageAction action, const QStringList &ids);
    QStringList idsFrom(const QString &sender) const;
    int logLines(const QString &id, const QString &text) const;

    testsupport::PostfixFixture m_postfix;
    testsupport::SshFixture m_ssh;
};

void TestPostfixSource::initTestCase() {
    QVERIFY(m_postfix.start());
}

void TestPostfixSource::cleanupTestCase() {
    m_ssh.stop();
    m_postfix.stop();
}

void TestPostfixSource::init() {
    QVERIFY(m_postfix.clearQueue());
    QVERIFY(m_postfix.waitForQueue([](const auto &messages) { return messages.isEmpty(); }));
}

std::unique_ptr<QueueMonitor> TestPostfixSource::monitorFor(const PostfixInstance &instance) {
    return std::make_unique<QueueMonitor>(std::make_unique<PostfixSource>(instance));
}

bool TestPostfixSource::refresh(QueueMonitor &monitor, queues::ListingResult *result) {
    QSignalSpy done(&monitor, &QueueMonitor::refreshFinished);
    monitor.refresh();
    if (!done.wait(30000))
        return false;
    if (result)
        *result = done.first().first().value<queues::ListingResult>();
    return true;
}

queues::ActionResult TestPostfixSource::act(PostfixSource *source, MessageAction action,
                                            const QStringList &ids) {
    queues::ActionReply *reply = source->act(action, ids);
    QSignalSpy done(reply, &queues::ActionReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    return reply->result();
}

QStringList TestPostfixSource::idsFrom(const QString &sender) const {
    QStringList ids;
    for (const queues::QueuedMessage &m : m_postfix.list())
        if (m.sender == sender)
            ids << m.id;
    return ids;
}

int TestPostfixSource::logLines(const QString &id, const QString &text) const {
    QFile log(m_postfix.configDirectory() + QStringLiteral("/../maillog"));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    int n = 0;
    for (const QByteArray &line : log.readAll().split('\n'))
        if (line.contains(id.toLatin1()) && line.contains(text.toUtf8()))
            ++n;
    return n;
}

void TestPostfixSource::listsDeferredMailWithReasons() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("alice@example.com"),
                               {QStringLiteral("bob@remote.example"), QStringLiteral("zoë@other.example")},
                               QStringLiteral("Two recipients")));
    QVERIFY(m_postfix.sendmail(QStringLiteral("<>"), {QStringLiteral("postmaster@remote.example")},
                               QStringLiteral("A bounce")));
    QVERIFY(m_postfix.waitForDeferred(2));
    auto monitor = monitorFor(m_postfix.instance());
    queues::ListingResult result;
    QVERIFY(refresh(*monitor, &result));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.messageCount, 2);
    QCOMPARE(monitor->source()->nextHops().relayHost(), QStringLiteral("[127.0.0.1]:9"));
    QCOMPARE(monitor->source()->hostName(), m_postfix.hostName());
    QCOMPARE(monitor->store()->size(), 2);
    MessagePtr two, bounce;
    for (const MessagePtr &m : monitor->store()->messages())
        (m->sender == QLatin1String("alice@example.com") ? two : bounce) = m;
    QVERIFY(two && bounce);
    QCOMPARE(bounce->sender, QStringLiteral("MAILER-DAEMON")); // how Postfix lists the empty sender
    QCOMPARE(two->queue, PostfixQueue::Deferred);
    QCOMPARE(two->state(), queues::MessageState::Retry);
    QCOMPARE(two->recipients.size(), 2);
    QStringList addresses{two->recipients.at(0).address, two->recipients.at(1).address};
    addresses.sort();
    QCOMPARE(addresses,
             (QStringList{QStringLiteral("bob@remote.example"), QStringLiteral("zoë@other.example")}));
    QCOMPARE(two->lastError(), QStringLiteral("connect to 127.0.0.1[127.0.0.1]:9: Connection refused"));
    QVERIFY(two->size > 0);
    QVERIFY(qAbs(two->arrival - QDateTime::currentSecsSinceEpoch()) < 120);
}

void TestPostfixSource::listingDiffersBetweenSnapshots() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("first@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("First")));
    QVERIFY(m_postfix.waitForDeferred(1));
    auto monitor = monitorFor(m_postfix.instance());
    QSignalSpy added(monitor->store(), &queues::MessageStore::messagesAdded);
    QSignalSpy changed(monitor->store(), &queues::MessageStore::messagesChanged);
    QSignalSpy removed(monitor->store(), &queues::MessageStore::messagesRemoved);
    QVERIFY(refresh(*monitor));
    QCOMPARE(added.size(), 1);
    // Nothing changed in the queue: a second listing changes nothing in the store.
    added.clear();
    QVERIFY(refresh(*monitor));
    QVERIFY(added.isEmpty() && changed.isEmpty() && removed.isEmpty());
    // One new, one gone.
    const QString firstId = idsFrom(QStringLiteral("first@example.com")).value(0);
    QVERIFY(m_postfix.sendmail(QStringLiteral("second@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Second")));
    QVERIFY(m_postfix.waitForDeferred(2));
    QCOMPARE(m_postfix.run(QStringLiteral("postsuper"), {QStringLiteral("-d"), firstId}), 0);
    QVERIFY(refresh(*monitor));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().value<QList<MessagePtr>>().first()->sender,
             QStringLiteral("second@example.com"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<QList<MessagePtr>>().first()->id, firstId);
    QVERIFY(changed.isEmpty());
    QCOMPARE(monitor->store()->size(), 1);
}

void TestPostfixSource::freezeAndUnfreezeSayWhichMessages() {
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_postfix.sendmail(QStringLiteral("freeze@example.com"), {QStringLiteral("x@remote.example")},
                                   QStringLiteral("Freeze %1").arg(i)));
    QVERIFY(m_postfix.waitForDeferred(3));
    const QStringList ids = idsFrom(QStringLiteral("freeze@example.com"));
    PostfixSource source(m_postfix.instance());
    // One ID that is not (any more) in the queue: postsuper says nothing about it.
    queues::ActionResult r =
        act(&source, MessageAction::Freeze, {ids.at(0), ids.at(1), QStringLiteral("ABCDEF1234")});
    QVERIFY2(r.ranCleanly(), qPrintable(r.error));
    QCOMPARE(r.done, (QStringList{ids.at(0), ids.at(1)}));
    QCOMPARE(r.notDone, QStringList{QStringLiteral("ABCDEF1234")});
    QVERIFY(r.command.contains(QStringLiteral("postsuper")) && r.command.contains(QStringLiteral("-h")));
    int held = 0;
    for (const queues::QueuedMessage &m : m_postfix.list())
        held += m.queue == PostfixQueue::Hold;
    QCOMPARE(held, 2);
    // Freezing a frozen message does nothing to it, and says so.
    r = act(&source, MessageAction::Freeze, {ids.at(0)});
    QCOMPARE(r.notDone, QStringList{ids.at(0)});
    r = act(&source, MessageAction::Unfreeze, ids);
    QCOMPARE(r.done, (QStringList{ids.at(0), ids.at(1)}));
    QCOMPARE(r.notDone, QStringList{ids.at(2)}); // it was not frozen
    for (const queues::QueuedMessage &m : m_postfix.list())
        QCOMPARE(m.queue, PostfixQueue::Deferred);
}

void TestPostfixSource::deleteWithoutNdr() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("delete@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Delete me")));
    QVERIFY(m_postfix.waitForDeferred(1));
    const QStringList ids = idsFrom(QStringLiteral("delete@example.com"));
    PostfixSource source(m_postfix.instance());
    const queues::ActionResult r = act(&source, MessageAction::Delete, ids);
    QCOMPARE(r.done, ids);
    QVERIFY(r.ok());
    QVERIFY(m_postfix.list().isEmpty()); // and no NDR was made
}

void TestPostfixSource::deleteWithNdrReturnsTheMessage() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("ndr@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Return me")));
    QVERIFY(m_postfix.waitForDeferred(1));
    const QStringList ids = idsFrom(QStringLiteral("ndr@example.com"));
    PostfixSource source(m_postfix.instance());
    QVERIFY(act(&source, MessageAction::Freeze, ids).ok()); // even a frozen message goes back
    const queues::ActionResult r = act(&source, MessageAction::DeleteWithNdr, ids);
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QCOMPARE(r.done, ids);
    // The message leaves; the NDR to its sender is what remains (itself deferred: no route out).
    QVERIFY(m_postfix.waitForQueue([&](const QList<queues::QueuedMessage> &messages) {
        return messages.size() == 1 && messages.first().id != ids.first() &&
               messages.first().sender == QLatin1String("MAILER-DAEMON") &&
               messages.first().recipients.value(0).address == QLatin1String("ndr@example.com");
    }));
}

void TestPostfixSource::retryTriesAgain() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("retry@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Retry me")));
    QVERIFY(m_postfix.waitForDeferred(1));
    const QString id = idsFrom(QStringLiteral("retry@example.com")).value(0);
    QTRY_COMPARE_WITH_TIMEOUT(logLines(id, QStringLiteral("status=deferred")), 1, 5000);
    PostfixSource source(m_postfix.instance());
    const queues::ActionResult r = act(&source, MessageAction::Retry, {id});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QVERIFY(r.command.contains(QStringLiteral("xargs")));
    // A second delivery attempt, well before the 300 s backoff would have made one.
    QTRY_COMPARE_WITH_TIMEOUT(logLines(id, QStringLiteral("status=deferred")), 2, 10000);
}

void TestPostfixSource::invalidIdsNeverReachACommand() {
    PostfixSource source(m_postfix.instance());
    const QStringList evil{QStringLiteral("ABC;rm -rf /"), QStringLiteral("$(touch /tmp/x)"), QString(),
                           QStringLiteral("-d"), QStringLiteral("ALL")};
    const queues::ActionResult r = act(&source, MessageAction::Delete, evil);
    QVERIFY(r.command.isEmpty()); // nothing ran
    QCOMPARE(r.refused, evil);    // "ALL" too: postsuper's word for every message
    QVERIFY(r.requested.isEmpty());
    QVERIFY(!r.ok());
    QVERIFY(r.summary().contains(QStringLiteral("ABC;rm -rf /")));
}

void TestPostfixSource::headersOneAndMany() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("h1@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("=?UTF-8?B?R3LDvMOfZQ==?= from Bridgehead"),
                               {QStringLiteral("X-Test: one")}));
    QVERIFY(m_postfix.sendmail(QStringLiteral("h2@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Plain subject")));
    QVERIFY(m_postfix.waitForDeferred(2));
    const QString one = idsFrom(QStringLiteral("h1@example.com")).value(0);
    const QString two = idsFrom(QStringLiteral("h2@example.com")).value(0);
    PostfixSource source(m_postfix.instance());
    queues::HeaderReply *reply = source.fetchHeaders({one});
    QSignalSpy done(reply, &queues::HeaderReply::finished);
    QVERIFY(done.wait(15000));
    QVERIFY2(reply->error().isEmpty(), qPrintable(reply->error()));
    QCOMPARE(reply->headers().value(one).subject, QStringLiteral("Grüße from Bridgehead"));
    QVERIFY(reply->headers().value(one).text.contains(QStringLiteral("X-Test: one")));
    // Several, with one that is gone in the middle: postcat stops there, the rest is asked again.
    reply = source.fetchHeaders({one, QStringLiteral("ABCDEF1234"), two});
    QSignalSpy progress(reply, &queues::HeaderReply::progress);
    QSignalSpy done2(reply, &queues::HeaderReply::finished);
    QVERIFY(done2.wait(15000));
    QVERIFY2(reply->error().isEmpty(), qPrintable(reply->error()));
    QCOMPARE(reply->headers().size(), 2);
    QCOMPARE(reply->headers().value(two).subject, QStringLiteral("Plain subject"));
    QCOMPARE(reply->missing(), QStringList{QStringLiteral("ABCDEF1234")});
    QVERIFY(!progress.isEmpty());
    QCOMPARE(reply->done(), 3);
}

void TestPostfixSource::refusalsInTheToolsOwnWords() {
    QVERIFY(m_postfix.sendmail(QStringLiteral("nobody@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Not yours")));
    QVERIFY(m_postfix.waitForDeferred(1));
    // An unprivileged user: Postfix refuses, and says why.
    const PostfixInstance unprivileged = m_postfix.instance(QStringLiteral("runuser -u nobody --"));
    PostfixSource source(unprivileged);
    const queues::ActionResult r =
        act(&source, MessageAction::Freeze, idsFrom(QStringLiteral("nobody@example.com")));
    QVERIFY(!r.ranCleanly());
    QVERIFY2(r.error.contains(QStringLiteral("superuser")), qPrintable(r.error));
    QVERIFY(r.done.isEmpty());
    auto monitor = monitorFor(unprivileged);
    queues::ListingResult listing;
    QVERIFY(refresh(*monitor, &listing));
    QVERIFY(!listing.ok);
    // postqueue's own words: "unauthorized configuration directory name" where /etc/postfix has a
    // main.cf, "open file /etc/postfix/main.cf" where it has none.
    QVERIFY2(listing.error.startsWith(QStringLiteral("postqueue: fatal: ")), qPrintable(listing.error));
}

void TestPostfixSource::throughSsh() {
    QVERIFY(m_ssh.start());
    QVERIFY(m_postfix.sendmail(QStringLiteral("ssh@example.com"), {QStringLiteral("x@remote.example")},
                               QStringLiteral("Over ssh")));
    QVERIFY(m_postfix.waitForDeferred(1));
    auto monitor = monitorFor(m_postfix.instance(m_ssh.prefix()));
    queues::ListingResult listing;
    QVERIFY(refresh(*monitor, &listing));
    QVERIFY2(listing.ok, qPrintable(listing.error));
    QCOMPARE(monitor->store()->size(), 1);
    const QString id = monitor->store()->messages().front()->id;
    auto *source = static_cast<PostfixSource *>(monitor->source());
    queues::ActionResult r = act(source, MessageAction::Freeze, {id});
    QVERIFY2(r.ok(), qPrintable(r.summary()));
    QVERIFY(r.command.startsWith(QStringLiteral("ssh ")));
    QVERIFY(refresh(*monitor));
    QCOMPARE(monitor->store()->find(id)->state(), queues::MessageState::Frozen);
    queues::HeaderReply *reply = source->fetchHeaders({id});
    QSignalSpy done(reply, &queues::HeaderReply::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(reply->headers().value(id).subject, QStringLiteral("Over ssh"));
    r = act(source, MessageAction::Delete, {id});
    QCOMPARE(r.done, QStringList{id});
}

void TestPostfixSource::sshFailureInSshsOwnWords() {
    QVERIFY(m_ssh.start());
    auto monitor = monitorFor(m_postfix.instance(m_ssh.prefixWithWrongKey()));
    queues::ListingResult listing;
    QVERIFY(refresh(*monitor, &listing));
    QVERIFY(!listing.ok);
    QVERIFY2(listing.error.contains(QStringLiteral("Permission denied")), qPrintable(listing.error));
}

void TestPostfixSource::sshKeepsEveryWordIntact() {
    QVERIFY(m_ssh.start());
    QTemporaryDir scratch;
    const QString canary = scratch.path() + QStringLiteral("/canary");
    const QStringList words{QStringLiteral("two words"),
                            QStringLiteral("it's"),
                            QStringLiteral("$(touch %1)").arg(canary),
                            QStringLiteral("; touch %1").arg(canary),
                            QStringLiteral("`touch %1`").arg(canary),
                            QStringLiteral("\"quoted\""),
                            QStringLiteral("back\\slash"),
                            QStringLiteral("*")};
    const PostfixInstance viaSsh = *PostfixInstance::create(QString(), m_ssh.prefix());
    const PostfixInstance::Command command =
        viaSsh.command(QStringLiteral("printf"), QStringList{QStringLiteral("%s\\n")} + words);
    QProcess p;
    p.start(command.program, command.arguments);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             words);
    QVERIFY(!QFile::exists(canary));
}

QTEST_GUILESS_MAIN(TestPostfixSource)
#include "tst_postfixsource.moc"
