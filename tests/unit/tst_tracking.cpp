// Message tracking on real Postfix logs (tests/fixtures/tracking: two private instances, one
// relaying to the other): log lines read in both the maillog_file and the journal's form, a test
// message followed by its token from the first server to the second, a bounce with its delivery
// report followed the same way, refusals before queueing, and a queue ID used twice.

#include "MailLog.h"
#include "Tracker.h"

#include <QFile>
#include <QTest>

#include <ctime>

using tracking::LogLine;
using tracking::MailLog;
using tracking::MessageEvent;
using tracking::TrackQuery;
using Kind = tracking::MessageEvent::Kind;

namespace {

const QDateTime Now(QDate(2026, 12, 2), QTime(12, 0));

QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(BRIDGEHEAD_SOURCE_DIR "/tests/fixtures/tracking/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<Kind> kinds(const QList<MessageEvent> &events) {
    QList<Kind> out;
    for (const MessageEvent &e : events)
        out.append(e.kind);
    return out;
}

TrackQuery query(TrackQuery::Kind kind, const QString &value) {
    return *TrackQuery::create(kind, value);
}

} // namespace

class TestTracking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsLogLines();
    void readsTimesAsTheLocalClockMeantThem();
    void followsATestMessageToTheNextServer();
    void followsABounceAndItsReport();
    void queueIdFindsOnlyThatServersMessage();
    void sendersAndRefusals();
    void aQueueIdUsedAgainIsAnotherMessage();
    void refusesBadQueries();

private:
    MailLog m_a;
    MailLog m_b;
};

void TestTracking::initTestCase() {
    m_a = MailLog(QStringLiteral("GW-A"), fixture(QStringLiteral("gw-a.maillog")), Now);
    m_b = MailLog(QStringLiteral("GW-B"), fixture(QStringLiteral("gw-b.maillog")), Now);
    QVERIFY(m_a.lineCount() > 30);
    QVERIFY(m_b.lineCount() > 25);
}

void TestTracking::readsLogLines() {
    const std::optional<LogLine> smtpd = LogLine::parse(
        QStringLiteral(
            "Dec 01 09:10:52 gwa postfix/bh-gwa-vs1/smtpd[9399]: 068ABA7230C: client=localhost[127.0.0.1]"),
        Now);
    QVERIFY(smtpd);
    QCOMPARE(smtpd->time, QDateTime(QDate(2026, 12, 1), QTime(9, 10, 52)));
    QCOMPARE(smtpd->program, QStringLiteral("smtpd"));
    QCOMPARE(smtpd->service, QStringLiteral("bh-gwa-vs1"));
    QCOMPARE(smtpd->queueId, QStringLiteral("068ABA7230C"));
    QCOMPARE(smtpd->text, QStringLiteral("client=localhost[127.0.0.1]"));
    // The journal's short-iso form, with the year, and a long queue ID.
    const std::optional<LogLine> journal = LogLine::parse(
        QStringLiteral("2026-11-30T23:59:58+0100 gw1 postfix/qmgr[811]: 4Dh4Gp2dRdz2Vm2: removed"), Now);
    QVERIFY(journal);
    QCOMPARE(journal->time.toUTC(), QDateTime(QDate(2026, 11, 30), QTime(22, 59, 58), Qt::UTC));
    QCOMPARE(journal->queueId, QStringLiteral("4Dh4Gp2dRdz2Vm2"));
    // In January, a December line is last year's.
    QCOMPARE(LogLine::parse(QStringLiteral("Dec 31 23:00:00 gw1 postfix/qmgr[1]: 0ABC12345: removed"),
                            QDateTime(QDate(2027, 1, 1), QTime(1, 0)))
                 ->time.date(),
             QDate(2026, 12, 31));
    // Words are not queue IDs; other programs' lines are not read at all.
    QVERIFY(
        LogLine::parse(
            QStringLiteral("Dec 01 09:10:52 gwa postfix/smtpd[1]: warning: hostname x does not resolve"), Now)
            ->queueId.isEmpty());
    QVERIFY(LogLine::parse(
                QStringLiteral("Dec 01 09:10:52 gwa postfix/smtpd[1]: NOQUEUE: reject: RCPT from x"), Now)
                ->queueId.isEmpty());
    QVERIFY(!LogLine::parse(QStringLiteral("Dec 01 09:10:52 gwa sshd[1]: Accepted publickey for root"), Now));
}

// The classic form carries neither year nor zone: the line's time is what the server's clock
// said, also on the day the clock is put forward, with a single-digit day and with fractions.
void TestTracking::readsTimesAsTheLocalClockMeantThem() {
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const QDateTime march(QDate(2026, 4, 1), QTime(12, 0));
    const auto utc = [&](const char *line) {
        const std::optional<LogLine> l = LogLine::parse(QString::fromLatin1(line), march);
        return l ? l->time.toUTC() : QDateTime();
    };
    const QDateTime beforeChange = utc("Mar 29 01:30:00 gw1 postfix/qmgr[1]: 0ABC12345: removed");
    const QDateTime afterChange = utc("Mar 29 03:30:00 gw1 postfix/qmgr[1]: 0ABC12345: removed");
    const QDateTime singleDigit = utc("Mar  2 08:00:00.250413 gw1 postfix/qmgr[1]: 0ABC12345: removed");
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
    QCOMPARE(beforeChange, QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC));
    QCOMPARE(afterChange, QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    QCOMPARE(singleDigit, QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC));
    QVERIFY(!LogLine::parse(QStringLiteral("Mar 2 08:00:00 gw1 postfix/qmgr[1]: 0ABC12345: removed"), march));
}

void TestTracking::followsATestMessageToTheNextServer() {
    const QList<tracking::TrackedMessage> found = tracking::Tracker::track(
        {&m_a, &m_b}, 0, query(TrackQuery::Kind::Token, QStringLiteral("BH-k7m2q9x4ab3c")));
    QCOMPARE(found.size(), 1);
    const tracking::TrackedMessage &message = found.first();
    QCOMPARE(message.hops.size(), 2);
    QCOMPARE(message.hops[0].server, QStringLiteral("GW-A"));
    QCOMPARE(message.hops[0].queueId, QStringLiteral("068ABA7230C"));
    QCOMPARE(message.hops[1].server, QStringLiteral("GW-B"));
    QCOMPARE(message.hops[1].queueId, QStringLiteral("1AE4DA72310"));
    QCOMPARE(message.hops[0].nextQueueIds(), QStringList{QStringLiteral("1AE4DA72310")});

    const QList<MessageEvent> timeline = message.timeline();
    QCOMPARE(kinds(timeline), (QList<Kind>{Kind::Received, Kind::Queued, Kind::Delivered, Kind::Delivered,
                                           Kind::Removed, Kind::Received, Kind::Queued, Kind::Deferred,
                                           Kind::Deferred, Kind::Deferred, Kind::Deferred}));
    QCOMPARE(timeline[0].listener, QStringLiteral("bh-gwa-vs1"));
    QCOMPARE(timeline[0].client, QStringLiteral("localhost[127.0.0.1]"));
    QCOMPARE(timeline[1].recipients, 2);
    QCOMPARE(timeline[2].recipient, QStringLiteral("ann@contoso.com"));
    QCOMPARE(timeline[2].relay, QStringLiteral("127.0.0.1[127.0.0.1]:54943"));
    QCOMPARE(timeline[2].nextQueueId, QStringLiteral("1AE4DA72310"));
    QVERIFY(timeline[2].describe().contains(QStringLiteral("queued there as 1AE4DA72310")));
    QCOMPARE(timeline[5].server, QStringLiteral("GW-B"));
    QCOMPARE(timeline[5].listener, QStringLiteral("bh-gwb-vs1"));
    QCOMPARE(timeline[7].dsn, QStringLiteral("4.4.1"));
    QCOMPARE(timeline[7].reply, QStringLiteral("connect to 127.0.0.1[127.0.0.1]:60919: Connection refused"));
    // Two attempts on the second server: the retry came 14 s later.
    QCOMPARE(timeline[7].time.secsTo(timeline[9].time), 14);
    QCOMPARE(message.outcome(),
             QStringLiteral("ann@contoso.com: waiting to be retried on GW-B; bob@fabrikam.com: "
                            "waiting to be retried on GW-B"));
}

void TestTracking::followsABounceAndItsReport() {
    const QList<tracking::TrackedMessage> found = tracking::Tracker::track(
        {&m_a, &m_b}, 0, query(TrackQuery::Kind::Recipient, QStringLiteral("X@refused.invalid")));
    QCOMPARE(found.size(), 1);
    const tracking::TrackedMessage &message = found.first();
    QCOMPARE(message.hops.size(), 1);
    QCOMPARE(message.hops[0].queueId, QStringLiteral("83FA7A723A7"));
    const MessageEvent bounced = message.hops[0].events.at(2);
    QCOMPARE(bounced.kind, Kind::Bounced);
    QCOMPARE(bounced.dsn, QStringLiteral("5.7.1"));
    QVERIFY(bounced.reply.startsWith(QStringLiteral("host 127.0.0.1[127.0.0.1] said: 554 5.7.1")));
    // Its non-delivery report went to the other server, was deferred there, then frozen,
    // unfrozen and deleted by an administrator.
    QCOMPARE(message.reports.size(), 2);
    QCOMPARE(message.reports[0].queueId, QStringLiteral("98BE8A723D3"));
    QCOMPARE(message.reports[1].server, QStringLiteral("GW-B"));
    QCOMPARE(message.reports[1].queueId, QStringLiteral("99D8FA723D6"));
    QCOMPARE(kinds(message.reports[1].events), (QList<Kind>{Kind::Received, Kind::Queued, Kind::Deferred,
                                                            Kind::Held, Kind::Released, Kind::Deleted}));
    QVERIFY(message.reports[1].finished);
}

void TestTracking::queueIdFindsOnlyThatServersMessage() {
    QCOMPARE(tracking::Tracker::track({&m_a, &m_b}, 0,
                                      query(TrackQuery::Kind::QueueId, QStringLiteral("1AE4DA72310")))
                 .size(),
             0);
    const QList<tracking::TrackedMessage> onB = tracking::Tracker::track(
        {&m_a, &m_b}, 1, query(TrackQuery::Kind::QueueId, QStringLiteral("1AE4DA72310")));
    QCOMPARE(onB.size(), 1);
    QCOMPARE(onB.first().hops.size(), 1);
    QCOMPARE(onB.first().hops.first().messageId, QStringLiteral("BH-k7m2q9x4ab3c@client.test.invalid"));
}

void TestTracking::sendersAndRefusals() {
    QList<MessageEvent> refusals;
    const QList<tracking::TrackedMessage> bySender = tracking::Tracker::track(
        {&m_a, &m_b}, 0, query(TrackQuery::Kind::Sender, QStringLiteral("sender@example.com")), &refusals);
    QCOMPARE(bySender.size(), 2);
    QCOMPARE(refusals.size(), 3);
    QCOMPARE(refusals.first().kind, Kind::Refused);
    QCOMPARE(refusals.first().recipient, QStringLiteral("x@refused.invalid"));
    QCOMPARE(refusals.first().listener, QStringLiteral("bh-gwa-vs1"));
    QCOMPARE(refusals.first().reply,
             QStringLiteral(
                 "554 5.7.1 <x@refused.invalid>: Recipient address rejected: Refused by the test server"));
}

void TestTracking::aQueueIdUsedAgainIsAnotherMessage() {
    const QByteArray log = "Dec 01 10:00:00 gw1 postfix/smtpd[1]: 0A1B2C3D4E: client=localhost[127.0.0.1]\n"
                           "Dec 01 10:00:00 gw1 postfix/cleanup[2]: 0A1B2C3D4E: message-id=<first@x>\n"
                           "Dec 01 10:00:01 gw1 postfix/qmgr[3]: 0A1B2C3D4E: removed\n"
                           "Dec 01 11:00:00 gw1 postfix/smtpd[1]: 0A1B2C3D4E: client=localhost[127.0.0.1]\n"
                           "Dec 01 11:00:00 gw1 postfix/cleanup[2]: 0A1B2C3D4E: message-id=<second@x>\n";
    const MailLog reused(QStringLiteral("GW1"), log, Now);
    QCOMPARE(reused.tracks().size(), 2);
    QCOMPARE(reused.tracks()[0].messageId, QStringLiteral("first@x"));
    QCOMPARE(reused.tracks()[1].messageId, QStringLiteral("second@x"));
    QVERIFY(reused.tracks()[0].finished);
    QVERIFY(!reused.tracks()[1].finished);
}

void TestTracking::refusesBadQueries() {
    QString error;
    QVERIFY(!TrackQuery::create(TrackQuery::Kind::QueueId, QStringLiteral("12; rm -rf /"), &error));
    QVERIFY(error.contains(QStringLiteral("not a Postfix queue ID")));
    QVERIFY(!TrackQuery::create(TrackQuery::Kind::Sender, QStringLiteral("<a@b>"), &error));
    QVERIFY(!TrackQuery::create(TrackQuery::Kind::Token, QStringLiteral("  "), &error));
}

QTEST_GUILESS_MAIN(TestTracking)
#include "tst_tracking.moc"
