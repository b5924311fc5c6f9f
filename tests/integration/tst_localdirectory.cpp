// LocalDirectory, the private slapd behind --demo and the tests: it reports a missing slapd and
// slapd's own complaints, slapd does not outlive a process that is killed, and signals meant for
// the console's terminal or process group do not reach it.

#include "DirectoryFixture.h"
#include "LocalDirectory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using directory::LocalDirectory;

class TestLocalDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void missingSlapdSaysSo();
    void badLdifShowsSlapaddsMessage();
    void restartKeepsDataAndPort();
    void slapdDiesWithItsParent();
    void slapdHasASessionOfItsOwn();
    void aHangupEndsSlapdCleanlyAndIsReported();
};

void TestLocalDirectory::missingSlapdSaysSo() {
    LocalDirectory dir;
    QSignalSpy failed(&dir, &LocalDirectory::failed);
    LocalDirectory::Options o;
    o.slapdPath = QStringLiteral("/nonexistent/slapd");
    dir.start(o);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("/nonexistent/slapd")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("apt-get install slapd")), qPrintable(message));
    QCOMPARE(dir.state(), LocalDirectory::State::Failed);
}

void TestLocalDirectory::badLdifShowsSlapaddsMessage() {
    QTemporaryDir scratch;
    const QString ldif = scratch.path() + QStringLiteral("/bad.ldif");
    QFile f(ldif);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("dn: dc=example,dc=com\nobjectClass: noSuchClass\ndc: example\n\n");
    f.close();
    LocalDirectory dir;
    QSignalSpy failed(&dir, &LocalDirectory::failed);
    LocalDirectory::Options o;
    o.databases.first().ldifFiles = {ldif};
    dir.start(o);
    QVERIFY(failed.wait(15000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("slapadd")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("noSuchClass"), Qt::CaseInsensitive), qPrintable(message));
}

void TestLocalDirectory::restartKeepsDataAndPort() {
    testsupport::DirectoryFixture dir;
    QVERIFY(dir.startDemo());
    const int port = dir->port();
    QVERIFY(dir.ldapmodify(
        QStringLiteral("dn: cn=Kept,dc=example,dc=com\nchangetype: add\nobjectClass: container\n")));
    dir->stop();
    QCOMPARE(dir->state(), LocalDirectory::State::Stopped);
    QVERIFY(dir.restart());
    QCOMPARE(dir->port(), port);
    QString out;
    QCOMPARE(dir.runTool(QStringLiteral("ldapsearch"),
                         {QStringLiteral("-LLL"), QStringLiteral("-b"),
                          QStringLiteral("cn=Kept,dc=example,dc=com"), QStringLiteral("-s"),
                          QStringLiteral("base"), QStringLiteral("cn")},
                         {}, &out),
             0);
    QVERIFY(out.contains(QStringLiteral("cn: Kept")));
}

void TestLocalDirectory::slapdDiesWithItsParent() {
    QProcess child;
    child.start(QStringLiteral(LOCAL_DIRECTORY_CHILD));
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForReadyRead(20000));
    const QList<QByteArray> fields = child.readLine().trimmed().split(' ');
    QCOMPARE(fields.size(), 2);
    const qint64 slapd = fields.first().toLongLong();
    // A killed process cannot remove its temporary directory; this test does.
    const auto cleanup = qScopeGuard([dir = QString::fromLocal8Bit(fields.last())] {
        if (dir.startsWith(QLatin1String("/tmp/bh-")))
            QDir(dir).removeRecursively();
    });
    QVERIFY(slapd > 0);
    QCOMPARE(::kill(pid_t(slapd), 0), 0); // running
    child.kill();                         // SIGKILL: no chance to clean up
    QVERIFY(child.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(slapd), 0) != 0, 5000);
}

void TestLocalDirectory::slapdHasASessionOfItsOwn() {
    // Ctrl+C in a terminal, the hangup of a closed terminal or ssh session, and `timeout` signal a
    // whole process group. slapd shuts down cleanly on those signals; in our group it would stop
    // under a console that never asked it to.
    testsupport::DirectoryFixture dir;
    QVERIFY(dir.startDemo());
    const pid_t slapd = pid_t(dir->serverProcessId());
    QVERIFY(slapd > 0);
    QCOMPARE(::getsid(slapd), slapd);
    QVERIFY(::getpgid(slapd) != ::getpgid(0));
    QVERIFY(::getsid(slapd) != ::getsid(0));
}

void TestLocalDirectory::aHangupEndsSlapdCleanlyAndIsReported() {
    // What "the demo slapd exited cleanly by itself" was: a hangup (or SIGINT, SIGTERM) that
    // reached it. It is reported with how slapd ended, and a restart brings back the same data.
    testsupport::DirectoryFixture dir;
    QVERIFY(dir.startDemo());
    QVERIFY(dir.ldapmodify(
        QStringLiteral("dn: cn=Before Hangup,dc=example,dc=com\nchangetype: add\nobjectClass: container\n")));
    QSignalSpy crashed(dir.directory(), &LocalDirectory::crashed);
    QCOMPARE(::kill(pid_t(dir->serverProcessId()), SIGHUP), 0);
    QVERIFY(crashed.wait(10000));
    QCOMPARE(dir->exitDescription(), QStringLiteral("exit status 0"));
    QVERIFY(dir.restart());
    QString out;
    QCOMPARE(dir.runTool(QStringLiteral("ldapsearch"),
                         {QStringLiteral("-LLL"), QStringLiteral("-b"),
                          QStringLiteral("cn=Before Hangup,dc=example,dc=com"), QStringLiteral("-s"),
                          QStringLiteral("base"), QStringLiteral("cn")},
                         {}, &out),
             0);
    QVERIFY(out.contains(QStringLiteral("cn: Before Hangup")));
}

QTEST_GUILESS_MAIN(TestLocalDirectory)
#include "tst_localdirectory.moc"
