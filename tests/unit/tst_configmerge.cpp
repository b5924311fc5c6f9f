// Putting a generated configuration into a server's existing files: the unified diff the user
// reads (checked by applying it with the real patch tool), the block replaced on a second apply,
// and what would fight the block commented out with the reason: Debian's own smtp listener on the
// port a virtual server takes, and main.cf settings the block makes.

#include "ConfigMerge.h"
#include "PostfixInstance.h"
#include "OrganizationBuilder.h"
#include "PostfixConfigGenerator.h"
#include "TextDiff.h"
#include "Topology.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using postfix::ConfigMerge;
using postfix::PostfixConfig;
using postfix::TextDiff;
using testsupport::OrganizationBuilder;

namespace {

const QString DebianMaster =
    QStringLiteral("# Postfix master process configuration file.\n"
                   "# service type  private unpriv  chroot  wakeup  maxproc command + args\n"
                   "smtp      inet  n       -       y       -       -       smtpd\n"
                   "#submission inet n       -       y       -       -       smtpd\n"
                   "#  -o syslog_name=postfix/submission\n"
                   "smtps     inet  n       -       y       -       -       smtpd\n"
                   "  -o syslog_name=postfix/smtps\n"
                   "  -o smtpd_tls_wrappermode=yes\n"
                   "pickup    unix  n       -       y       60      1       pickup\n"
                   "cleanup   unix  n       -       y       -       0       cleanup\n"
                   "smtp      unix  -       -       y       -       -       smtp\n");

const QString SomeMain = QStringLiteral("myhostname = gw1.example.com\n"
                                        "relayhost = [old.example.net]\n"
                                        "transport_maps = hash:/etc/postfix/transport,\n"
                                        "    hash:/etc/postfix/more\n"
                                        "mydestination = $myhostname, localhost\n");

PostfixConfig config(const QString &smartHost, const QString &binding = QStringLiteral(":25:")) {
    OrganizationBuilder org;
    org.routingGroup(QStringLiteral("HQ")).server(QStringLiteral("GW1"), QStringLiteral("HQ"));
    OrganizationBuilder::VirtualServer vs;
    vs.binding = binding;
    vs.displayName = QStringLiteral("Default SMTP Virtual Server");
    vs.smartHost = QStringLiteral("[10.0.0.9]");
    org.virtualServer(QStringLiteral("GW1"), QStringLiteral("1"), vs);
    OrganizationBuilder::Connector c;
    c.smartHost = smartHost;
    org.smtpConnector(QStringLiteral("HQ"), QStringLiteral("Internet"), c);
    topology::Topology t;
    org.load(t);
    return *postfix::PostfixConfigGenerator::generate(
        t, directory::Dn::parse(OrganizationBuilder::serverDn(QStringLiteral("GW1"))));
}

// Applies `diff` to `before` with patch(1) and returns the result.
QString patched(const QString &before, const QString &diff) {
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file")));
    file.open(QIODevice::WriteOnly);
    file.write(before.toUtf8());
    file.close();
    QProcess patch;
    patch.setProcessChannelMode(QProcess::MergedChannels);
    patch.start(QStringLiteral("patch"),
                {QStringLiteral("--quiet"), QStringLiteral("--force"), file.fileName()});
    patch.write(diff.toUtf8());
    patch.closeWriteChannel();
    if (!patch.waitForFinished(10000) || patch.exitCode() != 0) {
        qWarning("patch: %s", patch.readAll().constData());
        return QStringLiteral("(patch failed)");
    }
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestConfigMerge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diffIsWhatPatchApplies();
    void masterCfMakesRoomForTheListeners();
    void mainCfLeavesTheRestAlone();
    void secondApplyReplacesTheBlock();
    void servicePorts();
    void remoteCommandsReachTheShellQuoted();
};

void TestConfigMerge::diffIsWhatPatchApplies() {
    QCOMPARE(TextDiff::unified(DebianMaster, DebianMaster, QStringLiteral("a"), QStringLiteral("b")),
             QString());
    const QString after = ConfigMerge::masterCf(DebianMaster, config(QStringLiteral("[192.0.2.1]")));
    const QString diff = TextDiff::unified(DebianMaster, after, QStringLiteral("master.cf"),
                                           QStringLiteral("master.cf (new)"));
    QVERIFY(diff.startsWith(QStringLiteral("--- master.cf\n+++ master.cf (new)\n@@ ")));
    QCOMPARE(patched(DebianMaster, diff), after);
    // Random edits of a longer file, many hunks: patch always gets the new text back.
    QRandomGenerator random(4711);
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines.append(QStringLiteral("line %1").arg(random.bounded(40)));
    const QString before = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    for (int round = 0; round < 20; ++round) {
        QStringList changed = lines;
        for (int edit = 0; edit < 12; ++edit) {
            const int at = int(random.bounded(changed.size()));
            switch (random.bounded(3)) {
            case 0:
                changed.removeAt(at);
                break;
            case 1:
                changed.insert(at, QStringLiteral("new %1").arg(edit));
                break;
            default:
                changed[at] = QStringLiteral("changed %1").arg(edit);
            }
        }
        const QString afterEdits = changed.join(QLatin1Char('\n')) + QLatin1Char('\n');
        QCOMPARE(
            patched(before, TextDiff::unified(before, afterEdits, QStringLiteral("a"), QStringLiteral("b"))),
            afterEdits);
    }
}

void TestConfigMerge::masterCfMakesRoomForTheListeners() {
    const QString merged = ConfigMerge::masterCf(DebianMaster, config(QStringLiteral("[192.0.2.1]")));
    // Debian's smtp listener is on port 25, which the virtual server takes: disabled, with why.
    QVERIFY(merged.contains(
        QStringLiteral("# Bridgehead: disabled, Default SMTP Virtual Server listens on port 25 now:\n"
                       "#smtp      inet  n       -       y       -       -       smtpd\n")));
    // The rest is as it was, the smtps listener with its -o lines, the unix services too.
    QVERIFY(merged.contains(QStringLiteral("\nsmtps     inet  n       -       y       -       -       smtpd\n"
                                           "  -o syslog_name=postfix/smtps\n")));
    QVERIFY(
        merged.contains(QStringLiteral("\nsmtp      unix  -       -       y       -       -       smtp\n")));
    QVERIFY(merged.endsWith(config(QStringLiteral("[192.0.2.1]")).masterCf()));
    // On another port nothing needs to give way.
    const QString elsewhere = ConfigMerge::masterCf(
        DebianMaster, config(QStringLiteral("[192.0.2.1]"), QStringLiteral("127.0.0.1:2525:")));
    QVERIFY(!elsewhere.contains(QStringLiteral("disabled")));
}

void TestConfigMerge::mainCfLeavesTheRestAlone() {
    const PostfixConfig c = config(QStringLiteral("[192.0.2.1]"));
    const QString merged = ConfigMerge::mainCf(SomeMain, c);
    QVERIFY(merged.startsWith(QStringLiteral(
        "myhostname = gw1.example.com\n"
        "# Bridgehead: set in the block below instead: relayhost = [old.example.net]\n"
        "# Bridgehead: set in the block below instead: transport_maps = hash:/etc/postfix/transport,\n"
        "#    hash:/etc/postfix/more\n"
        "mydestination = $myhostname, localhost\n\n# BEGIN Bridgehead GW1\n")));
    QVERIFY(merged.endsWith(c.mainCf()));
}

void TestConfigMerge::secondApplyReplacesTheBlock() {
    const QString once = ConfigMerge::masterCf(DebianMaster, config(QStringLiteral("[192.0.2.1]")));
    QCOMPARE(ConfigMerge::masterCf(once, config(QStringLiteral("[192.0.2.1]"))),
             once); // nothing new: no change
    const QString twice =
        ConfigMerge::masterCf(once, config(QStringLiteral("[192.0.2.1]"), QStringLiteral("127.0.0.1:2525:")));
    QCOMPARE(twice.count(PostfixConfig::BeginMarker), 1);
    QVERIFY(twice.contains(QStringLiteral("\n127.0.0.1:2525 inet n - n - - smtpd\n")));
    QVERIFY(!twice.contains(QStringLiteral("\n25 inet n - n - - smtpd\n")));
    QCOMPARE(ConfigMerge::withoutBlock(ConfigMerge::mainCf(SomeMain, config(QStringLiteral("[192.0.2.1]"))))
                 .count(PostfixConfig::BeginMarker),
             0);
}

void TestConfigMerge::servicePorts() {
    QCOMPARE(ConfigMerge::servicePort(QStringLiteral("smtp")), 25);
    QCOMPARE(ConfigMerge::servicePort(QStringLiteral("127.0.0.1:smtp")), 25);
    QCOMPARE(ConfigMerge::servicePort(QStringLiteral("[::1]:2525")), 2525);
    QCOMPARE(ConfigMerge::servicePort(QStringLiteral("submission")), 587);
    QCOMPARE(ConfigMerge::servicePort(QStringLiteral("pickup")), 0);
}

// Over ssh the remote shell reads the command line again: every word arrives as it was meant.
void TestConfigMerge::remoteCommandsReachTheShellQuoted() {
    const queues::PostfixInstance remote =
        *queues::PostfixInstance::create(QStringLiteral("/etc/postfix"), QStringLiteral("ssh root@gw1"));
    const QStringList words{QStringLiteral("%s\n"), QStringLiteral("a b"), QStringLiteral("it's"),
                            QStringLiteral("$HOME"), QStringLiteral("`id`;rm")};
    const queues::PostfixInstance::Command command = remote.program(QStringLiteral("printf"), words);
    QCOMPARE(command.program, QStringLiteral("ssh"));
    QCOMPARE(command.arguments.size(), 2);
    QCOMPARE(command.arguments.first(), QStringLiteral("root@gw1"));
    QProcess shell; // what sshd does with the line
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command.arguments.at(1)});
    QVERIFY(shell.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()),
             words.mid(1).join(QLatin1Char('\n')) + QLatin1Char('\n'));
    // Other prefixes (sudo) pass the words on as they are; no prefix runs the program itself.
    const queues::PostfixInstance::Command sudo =
        queues::PostfixInstance::create(QStringLiteral("/etc/postfix"), QStringLiteral("sudo"))
            ->program(QStringLiteral("postfix"), {QStringLiteral("a b")});
    QCOMPARE(sudo.program, QStringLiteral("sudo"));
    QCOMPARE(sudo.arguments, (QStringList{QStringLiteral("postfix"), QStringLiteral("a b")}));
    QCOMPARE(queues::PostfixInstance::create(QStringLiteral("/x"), QString())
                 ->program(QStringLiteral("postfix"), {})
                 .program,
             QStringLiteral("postfix"));
}

QTEST_GUILESS_MAIN(TestConfigMerge)
#include "tst_configmerge.moc"
