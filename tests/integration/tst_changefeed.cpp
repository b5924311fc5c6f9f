// The change feed against a real slapd (RFC 4533) and a real Samba AD DC (server notification and
// a poll for deletes and renames): changes made by another client (ldapmodify) arrive within two
// seconds; after the server is killed and restarted, the feed reconnects by itself and reports
// what changed while it was away.

#include "ChangeFeed.h"
#include "DirectoryFixture.h"
#include "Dn.h"
#include "NetworkIsolation.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace directory;

class TestChangeFeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testsupport::TestServer::addRows(); }
    void init();
    void cleanup();
    void initialContent();
    void addModifyRenameDelete();
    void subtreeRename();
    void resynchronizesAfterRestart();

private:
    // Waits for the next batch and returns the changes in it that concern `dn`.
    QList<FeedChange> nextChangesFor(const QString &dn, int timeoutMs = 2000);
    // Test entries live in a container of their own, which is also the feed's base.
    QString base() const {
        return Dn::parse(m_dir.suffix()).child(QStringLiteral("cn"), QStringLiteral("Feed")).toString();
    }
    QString dnOf(const QString &cn) const {
        return Dn::parse(base()).child(QStringLiteral("cn"), cn).toString();
    }

    testsupport::TestServer m_dir;
    ChangeFeed *m_feed = nullptr;
    QSignalSpy *m_spy = nullptr;
    QList<FeedChange> m_initial;
};

void TestChangeFeed::init() {
    QVERIFY(m_dir.start(testsupport::TestServer::currentKind()));
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: Feed\n\n"
                                            "dn: %2\nchangetype: add\nobjectClass: container\ncn: Before\n")
                                 .arg(base(), dnOf(QStringLiteral("Before")))));
    m_initial.clear();
    m_feed = new ChangeFeed(this);
    m_spy = new QSignalSpy(m_feed, &ChangeFeed::changes);
    QSignalSpy synced(m_feed, &ChangeFeed::synchronized);
    m_feed->start(m_dir.adminSettings(), base(), QStringLiteral("(objectClass=*)"), m_dir.feedMechanism());
    QVERIFY(synced.wait(10000));
    QCOMPARE(m_feed->state(), ChangeFeed::State::Live);
    for (const QList<QVariant> &args : std::as_const(*m_spy))
        m_initial += args.first().value<QList<FeedChange>>();
    m_spy->clear();
}

void TestChangeFeed::cleanup() {
    delete m_spy;
    m_spy = nullptr;
    delete m_feed;
    m_feed = nullptr;
    m_dir.stop();
}

QList<FeedChange> TestChangeFeed::nextChangesFor(const QString &dn, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    const Dn wanted = Dn::parse(dn);
    QList<FeedChange> found;
    while (found.isEmpty()) {
        const int left = timeoutMs - int(timer.elapsed());
        if (m_spy->isEmpty() && (left <= 0 || !m_spy->wait(left)))
            break;
        while (!m_spy->isEmpty()) {
            const auto batch = m_spy->takeFirst().first().value<QList<FeedChange>>();
            for (const FeedChange &c : batch)
                if (Dn::parse(c.entry.dn()) == wanted || Dn::parse(c.oldDn) == wanted)
                    found.append(c);
        }
    }
    return found;
}

void TestChangeFeed::initialContent() {
    QCOMPARE(m_initial.size(), 2); // cn=Feed and cn=Before
    for (const FeedChange &c : m_initial)
        QCOMPARE(c.type, FeedChange::Type::Added);
    QVERIFY(std::any_of(m_initial.begin(), m_initial.end(), [&](const FeedChange &c) {
        return Dn::parse(c.entry.dn()) == Dn::parse(dnOf(QStringLiteral("Before"))) &&
               c.entry.hasObjectClass(QStringLiteral("container"));
    }));
}

void TestChangeFeed::addModifyRenameDelete() {
    const QString dn = dnOf(QStringLiteral("Live"));
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: Live\n"
                                            "adminDisplayName: One\n")
                                 .arg(dn)));
    QList<FeedChange> got = nextChangesFor(dn);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().type, FeedChange::Type::Added);
    QCOMPARE(got.first().entry.string(QStringLiteral("adminDisplayName")), QStringLiteral("One"));

    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modify\nreplace: adminDisplayName\nadminDisplayName: Two\n")
            .arg(dn)));
    got = nextChangesFor(dn);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().type, FeedChange::Type::Modified);
    QCOMPARE(got.first().entry.string(QStringLiteral("adminDisplayName")), QStringLiteral("Two"));

    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modrdn\nnewrdn: cn=Live2\ndeleteoldrdn: 1\n").arg(dn)));
    got = nextChangesFor(dn);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().type, FeedChange::Type::Renamed);
    QCOMPARE(Dn::parse(got.first().oldDn), Dn::parse(dn));
    QCOMPARE(Dn::parse(got.first().entry.dn()), Dn::parse(dnOf(QStringLiteral("Live2"))));

    const QString renamed = dnOf(QStringLiteral("Live2"));
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: delete\n").arg(renamed)));
    got = nextChangesFor(renamed);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().type, FeedChange::Type::Deleted);
}

void TestChangeFeed::subtreeRename() {
    const QString parent = dnOf(QStringLiteral("Parent"));
    const QString child = Dn::parse(parent).child(QStringLiteral("cn"), QStringLiteral("Child")).toString();
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: Parent\n\n"
                                            "dn: %2\nchangetype: add\nobjectClass: container\ncn: Child\n")
                                 .arg(parent, child)));
    QVERIFY(!nextChangesFor(child).isEmpty());
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: modrdn\nnewrdn: cn=Moved\ndeleteoldrdn: 1\n").arg(parent)));
    QCOMPARE(nextChangesFor(parent).first().type, FeedChange::Type::Renamed);
    // A later change to the child is reported under its new name, not as a new entry.
    const QString movedChild = Dn::parse(dnOf(QStringLiteral("Moved")))
                                   .child(QStringLiteral("cn"), QStringLiteral("Child"))
                                   .toString();
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nreplace: adminDisplayName\n"
                                            "adminDisplayName: Still here\n")
                                 .arg(movedChild)));
    const QList<FeedChange> got = nextChangesFor(movedChild);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().type, FeedChange::Type::Modified);
}

void TestChangeFeed::resynchronizesAfterRestart() {
    QSignalSpy states(m_feed, &ChangeFeed::stateChanged);
    m_dir.kill();
    QTRY_COMPARE_WITH_TIMEOUT(m_feed->state(), ChangeFeed::State::Reconnecting, 5000);

    // While the feed is away, change the database offline: add one entry, delete another.
    const QString added = dnOf(QStringLiteral("WhileAway"));
    const QString removed = dnOf(QStringLiteral("Before"));
    QVERIFY(m_dir.changeOffline(added, removed));

    QSignalSpy synced(m_feed, &ChangeFeed::synchronized);
    QVERIFY(m_dir.restart());
    QVERIFY(synced.wait(15000));
    QCOMPARE(m_feed->state(), ChangeFeed::State::Live);

    QList<FeedChange> all;
    for (const QList<QVariant> &args : std::as_const(*m_spy))
        all += args.first().value<QList<FeedChange>>();
    m_spy->clear();
    int addedSeen = 0, removedSeen = 0, other = 0;
    for (const FeedChange &c : all) {
        if (c.type == FeedChange::Type::Added && Dn::parse(c.entry.dn()) == Dn::parse(added))
            ++addedSeen;
        else if (c.type == FeedChange::Type::Deleted && Dn::parse(c.entry.dn()) == Dn::parse(removed))
            ++removedSeen;
        else
            ++other;
    }
    QCOMPARE(addedSeen, 1);
    QCOMPARE(removedSeen, 1);
    QCOMPARE(other, 0); // unchanged entries are not reported again

    // And it is live again: a new change arrives within a second.
    const QString after = dnOf(QStringLiteral("AfterRestart"));
    QVERIFY(m_dir.ldapmodify(
        QStringLiteral("dn: %1\nchangetype: add\nobjectClass: container\ncn: AfterRestart\n").arg(after)));
    QCOMPARE(nextChangesFor(after).size(), 1);
}

BRIDGEHEAD_GUILESS_TEST_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
