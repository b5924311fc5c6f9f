// The command line an administrator scripts: how each connection option lands in the settings,
// and that bad combinations are refused with a message instead of a half-configured connection.

#include "CommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void simpleBindWithPasswordFile();
    void saslExternalAndTls();
    void demoAndSelect();
    void refusals_data();
    void refusals();

private:
    static bool parse(const QStringList &args, CommandLine *cli, QString *error) {
        return cli->parse(QStringList{QStringLiteral("bridgehead")} + args, error);
    }
};

void TestCommandLine::simpleBindWithPasswordFile() {
    QTemporaryDir dir;
    QFile pw(dir.path() + QStringLiteral("/pw"));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("s3cret, with spaces\nsecond line ignored\n");
    pw.close();
    CommandLine cli;
    QString error;
    QVERIFY2(parse({QStringLiteral("--uri"), QStringLiteral("ldap://dc1.example.com"),
                    QStringLiteral("--base"), QStringLiteral("DC=example,DC=com"),
                    QStringLiteral("--bind-dn"), QStringLiteral("CN=Admin,DC=example,DC=com"),
                    QStringLiteral("--password-file"), pw.fileName()},
                   &cli, &error),
             qPrintable(error));
    QVERIFY(cli.hasConnection);
    QCOMPARE(cli.settings.uri, QStringLiteral("ldap://dc1.example.com"));
    QCOMPARE(cli.settings.baseDn, QStringLiteral("DC=example,DC=com"));
    QCOMPARE(cli.settings.bind, directory::ConnectionSettings::Bind::Simple);
    QCOMPARE(cli.settings.password, QStringLiteral("s3cret, with spaces"));
}

void TestCommandLine::saslExternalAndTls() {
    CommandLine cli;
    QString error;
    QVERIFY2(parse({QStringLiteral("--uri"), QStringLiteral("ldap://dc1.example.com"),
                    QStringLiteral("--sasl-external"), QStringLiteral("--starttls")},
                   &cli, &error),
             qPrintable(error));
    QCOMPARE(cli.settings.bind, directory::ConnectionSettings::Bind::SaslExternal);
    QCOMPARE(cli.settings.effectiveTls(), directory::ConnectionSettings::Tls::StartTls);
}

void TestCommandLine::demoAndSelect() {
    CommandLine cli;
    QString error;
    QVERIFY(parse(
        {QStringLiteral("--demo"), QStringLiteral("--select"), QStringLiteral("CN=GW1,DC=example,DC=com")},
        &cli, &error));
    QVERIFY(cli.demo);
    QVERIFY(!cli.hasConnection);
    QCOMPARE(cli.selectDn, QStringLiteral("CN=GW1,DC=example,DC=com"));
}

void TestCommandLine::refusals_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("demo and uri") << QStringList{QStringLiteral("--demo"), QStringLiteral("--uri"),
                                                 QStringLiteral("ldap://x")}
                                  << QStringLiteral("either --demo or --uri");
    QTest::newRow("http uri") << QStringList{QStringLiteral("--uri"), QStringLiteral("http://x")}
                              << QStringLiteral("ldap://");
    QTest::newRow("bind dn without password")
        << QStringList{QStringLiteral("--uri"), QStringLiteral("ldap://x"), QStringLiteral("--bind-dn"),
                       QStringLiteral("CN=a,DC=b")}
        << QStringLiteral("--password-file");
    QTest::newRow("missing password file")
        << QStringList{QStringLiteral("--uri"),           QStringLiteral("ldap://x"),
                       QStringLiteral("--bind-dn"),       QStringLiteral("CN=a,DC=b"),
                       QStringLiteral("--password-file"), QStringLiteral("/nonexistent/pw")}
        << QStringLiteral("/nonexistent/pw");
    QTest::newRow("bad base") << QStringList{QStringLiteral("--uri"), QStringLiteral("ldap://x"),
                                             QStringLiteral("--base"), QStringLiteral("not a dn")}
                              << QStringLiteral("base DN");
    QTest::newRow("bad select") << QStringList{QStringLiteral("--demo"), QStringLiteral("--select"),
                                               QStringLiteral("nope")}
                                << QStringLiteral("--select");
}

void TestCommandLine::refusals() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    CommandLine cli;
    QString error;
    QVERIFY(!parse(args, &cli, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
