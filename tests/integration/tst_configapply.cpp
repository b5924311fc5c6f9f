// Apply to mail server, for real (as root, with Postfix installed), on a private Postfix instance
// configured from the demo directory: a change in the directory shows as the difference from the
// running configuration and, applied, is what the instance routes by after its reload; a check
// that Postfix refuses leaves every file as it was; Cancel while checking changes nothing.

#include "ConfigApply.h"
#include "DemoOrganization.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "LocalMailServer.h"
#include "LoopbackPlan.h"
#include "PostfixConfigGenerator.h"
#include "SshFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using console::DirectorySession;
using directory::Dn;
using postfix::ConfigApply;

namespace {

const QString Partner = QStringLiteral("CN=Partner Connector,") + testsupport::demo::FirstRgConnections;

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the instance's transport map says for a domain ("" when nothing).
QString lookUp(const QString &configDirectory, const QString &domain) {
    QProcess postmap;
    postmap.start(
        QStringLiteral("/usr/sbin/postmap"),
        {QStringLiteral("-c"), configDirectory, QStringLiteral("-q"), domain,
         QStringLiteral("hash:%1/%2").arg(configDirectory, postfix::PostfixConfig::TransportMapFile)});
    postmap.waitForFinished(10000);
    return QString::fromUtf8(postmap.readAllStandardOutput()).trimmed();
}

} // namespace

class TestConfigApply : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void appliesWhatTheDirectoryNowSays_data();
    void appliesWhatTheDirectoryNowSays();
    void refusedCheckLeavesEverythingAsItWas();
    void cancelWhileCheckingChangesNothing();

private:
    // The GW1 configuration the directory describes now.
    postfix::PostfixConfig generate();
    QMap<QString, QByteArray> files() const;
    QStringList stagingCopies() const {
        return QDir(m_tmp.path()).entryList({QStringLiteral("bridgehead-apply.*")}, QDir::Dirs);
    }

    testsupport::DirectoryFixture m_dir;
    postfix::LoopbackPlan m_plan;
    std::unique_ptr<postfix::LocalMailServer> m_server;
    QTemporaryDir m_tmp;
};

void TestConfigApply::initTestCase() {
    if (const QString missing = postfix::LocalMailServer::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY(m_dir.startDemo());
    // The apply script makes its copy under TMPDIR: a directory of this test's own shows it is gone.
    QVERIFY(m_tmp.isValid());
    // The instances live under it too, and Postfix's daemons (the postfix user) must reach them.
    QFile::setPermissions(m_tmp.path(), QFile::permissions(m_tmp.path()) | QFile::ExeGroup | QFile::ExeOther);
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
}

void TestConfigApply::cleanupTestCase() {
    m_dir.stop();
}

postfix::PostfixConfig TestConfigApply::generate() {
    DirectorySession session;
    QSignalSpy loaded(&session, &DirectorySession::loaded);
    session.open(m_dir->adminSettings(), DirectorySession::Mode::LoadOnce);
    if (!loaded.wait(15000))
        return {};
    return *postfix::PostfixConfigGenerator::generate(*session.topology(), Dn::parse(testsupport::demo::Gw1),
                                                      m_plan.options());
}

QMap<QString, QByteArray> TestConfigApply::files() const {
    QMap<QString, QByteArray> out;
    const QDir dir(m_server->configDirectory());
    for (const QString &name : dir.entryList(QDir::Files))
        out.insert(name, readFile(dir.filePath(name)));
    return out;
}

void TestConfigApply::init() {
    // GW1's instance as the directory describes it at the start.
    m_server = std::make_unique<postfix::LocalMailServer>();
    QSignalSpy started(m_server.get(), &postfix::LocalMailServer::started);
    QSignalSpy failed(m_server.get(), &postfix::LocalMailServer::failed);
    const postfix::PostfixConfig config = generate();
    QVERIFY(!config.entries.isEmpty());
    m_server->start({QStringLiteral("gw1apply"), QStringLiteral("gw1.example.com"), m_plan.closedRelay()},
                    config);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void TestConfigApply::cleanup() {
    m_server.reset();
}

// On this machine, and through the queue source's ssh prefix (a real sshd on loopback): the same
// reading, checking, writing and reload.
void TestConfigApply::appliesWhatTheDirectoryNowSays_data() {
    QTest::addColumn<bool>("overSsh");
    QTest::newRow("local") << false;
    QTest::newRow("ssh") << true;
}

void TestConfigApply::appliesWhatTheDirectoryNowSays() {
    QFETCH(bool, overSsh);
    testsupport::SshFixture ssh;
    if (overSsh)
        QVERIFY(ssh.start());
    const QString prefix = overSsh ? ssh.prefix() : QString();
    const QString dir = m_server->configDirectory();
    QVERIFY(lookUp(dir, QStringLiteral("fabrikam.example")).isEmpty());
    QVERIFY(!lookUp(dir, QStringLiteral("partner.example.org")).isEmpty());
    // An administrator adds an address space to the partner connector.
    QVERIFY(m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\nadd: routingList\n"
                                            "routingList: SMTP:fabrikam.example;10\n")
                                 .arg(Partner)));
    const auto restore = qScopeGuard([this] {
        m_dir.ldapmodify(QStringLiteral("dn: %1\nchangetype: modify\ndelete: routingList\n"
                                        "routingList: SMTP:fabrikam.example;10\n")
                             .arg(Partner));
    });
    const postfix::PostfixConfig config = generate();
    const postfix::TransportEntry *entry = config.entry(QStringLiteral("fabrikam.example"));
    QVERIFY(entry);

    ConfigApply apply;
    QSignalSpy read(&apply, &ConfigApply::currentRead);
    QSignalSpy finished(&apply, &ConfigApply::finished);
    QSignalSpy progress(&apply, &ConfigApply::progress);
    apply.read(*queues::PostfixInstance::create(dir, prefix), config);
    QVERIFY(read.wait(10000));
    // The difference is the new entry only, with the connector it comes from.
    QVERIFY(apply.hasChanges());
    const QString diff = apply.diff();
    QVERIFY2(diff.contains(QStringLiteral("\n+fabrikam.example %1\n").arg(entry->value())), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral(
                 "\n+# fabrikam.example: Partner Connector (SMTP:fabrikam.example;10, cost 10)\n")),
             qPrintable(diff));
    QVERIFY(!diff.contains(QStringLiteral("/main.cf\n")));
    QVERIFY(!diff.contains(QStringLiteral("/master.cf\n")));
    QVERIFY(finished.isEmpty());

    const QByteArray mainBefore = readFile(dir + QStringLiteral("/main.cf"));
    apply.apply();
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().first().value<ConfigApply::Outcome>();
    QVERIFY2(outcome.succeeded, qPrintable(outcome.message));
    QVERIFY(outcome.reloaded);
    QList<ConfigApply::Step> steps;
    for (const QList<QVariant> &p : progress)
        steps.append(p.first().value<ConfigApply::Step>());
    QCOMPARE(steps, (QList<ConfigApply::Step>{ConfigApply::Step::Reading, ConfigApply::Step::Checking,
                                              ConfigApply::Step::Writing, ConfigApply::Step::Reloading,
                                              ConfigApply::Step::Done}));
    // Postfix routes the new domain as the directory says, has reloaded, and the previous
    // version is kept beside each file.
    QCOMPARE(lookUp(dir, QStringLiteral("fabrikam.example")), entry->value());
    QTRY_VERIFY_WITH_TIMEOUT(readFile(m_server->logFile()).contains("reload -- version"), 5000);
    QCOMPARE(readFile(dir + QStringLiteral("/main.cf.bridgehead-previous")), mainBefore);
    QTRY_VERIFY_WITH_TIMEOUT(stagingCopies().isEmpty(), 5000);

    // Read again, there is nothing left to change.
    ConfigApply again;
    QSignalSpy readAgain(&again, &ConfigApply::currentRead);
    again.read(*queues::PostfixInstance::create(dir, prefix), config);
    QVERIFY(readAgain.wait(10000));
    QVERIFY2(!again.hasChanges(), qPrintable(again.diff()));
}

void TestConfigApply::refusedCheckLeavesEverythingAsItWas() {
    const QString dir = m_server->configDirectory();
    // Someone broke main.cf by hand, outside what Bridgehead writes.
    QFile main(dir + QStringLiteral("/main.cf"));
    QVERIFY(main.open(QIODevice::Append));
    const QByteArray good = readFile(main.fileName());
    main.write("mail_owner = nosuchuser-bh\n");
    main.close();
    // Postfix could not even be stopped with it.
    const auto repair = qScopeGuard([&main, good] {
        if (main.open(QIODevice::WriteOnly | QIODevice::Truncate))
            main.write(good);
        main.close();
    });
    const QMap<QString, QByteArray> before = files();

    postfix::PostfixConfig config = generate();
    config.entries.append({QStringLiteral("fabrikam.example"), QStringLiteral("smtp"),
                           QStringLiteral("[127.0.0.1]:9"), QStringLiteral("added"), QString()});
    ConfigApply apply;
    QSignalSpy read(&apply, &ConfigApply::currentRead);
    QSignalSpy finished(&apply, &ConfigApply::finished);
    apply.read(*queues::PostfixInstance::create(dir, QString()), config);
    QVERIFY(read.wait(10000));
    QVERIFY(apply.hasChanges());
    apply.apply();
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().first().value<ConfigApply::Outcome>();
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.failedAt, ConfigApply::Step::Checking);
    QVERIFY2(outcome.message.contains(QStringLiteral("nosuchuser-bh")), qPrintable(outcome.message));
    QCOMPARE(files(), before);
    QVERIFY(lookUp(dir, QStringLiteral("fabrikam.example")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(stagingCopies().isEmpty(), 5000);
}

void TestConfigApply::cancelWhileCheckingChangesNothing() {
    const QString dir = m_server->configDirectory();
    const QMap<QString, QByteArray> before = files();
    postfix::PostfixConfig config = generate();
    config.entries.append({QStringLiteral("fabrikam.example"), QStringLiteral("smtp"),
                           QStringLiteral("[127.0.0.1]:9"), QStringLiteral("added"), QString()});
    ConfigApply apply;
    QSignalSpy read(&apply, &ConfigApply::currentRead);
    QSignalSpy finished(&apply, &ConfigApply::finished);
    apply.read(*queues::PostfixInstance::create(dir, QString()), config);
    QVERIFY(read.wait(10000));
    apply.apply();
    QVERIFY(apply.canCancel());
    apply.cancel();
    QCOMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<ConfigApply::Outcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.succeeded);
    QVERIFY(!apply.isRunning());
    // The script has stopped and removed its copy; nothing in the configuration changed.
    QTRY_VERIFY_WITH_TIMEOUT(stagingCopies().isEmpty(), 5000);
    QCOMPARE(files(), before);
}

QTEST_GUILESS_MAIN(TestConfigApply)
#include "tst_configapply.moc"
