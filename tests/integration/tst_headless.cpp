// The executable with no display at all (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM):
// --help, --version, every subcommand's --help, and usage errors, with the exit statuses scripts
// rely on.

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestHeadless : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion();
    void usageErrorsExitTwo();
    void everySubcommandHasHelp();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
};

TestHeadless::Run TestHeadless::run(const QStringList &arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BRIDGEHEAD_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void TestHeadless::helpAndVersion() {
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--uri")));
    QVERIFY(help.out.contains(QStringLiteral("Commands")));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))),
             qPrintable(version.out));
}

void TestHeadless::usageErrorsExitTwo() {
    const Run unknownOption = run({QStringLiteral("--no-such-option")});
    QCOMPARE(unknownOption.exitCode, 2);
    QVERIFY(unknownOption.err.contains(QStringLiteral("no-such-option")));
    const Run unknownCommand = run({QStringLiteral("frobnicate")});
    QCOMPARE(unknownCommand.exitCode, 2);
    QVERIFY(unknownCommand.err.contains(QStringLiteral("frobnicate")));
}

void TestHeadless::everySubcommandHasHelp() {
    // The commands `bridgehead --help` lists, each asked for its own help.
    const Run help = run({QStringLiteral("--help")});
    const qsizetype from = help.out.indexOf(QStringLiteral("Commands"));
    const qsizetype to = help.out.indexOf(QStringLiteral("Options:"));
    QVERIFY(from >= 0 && to > from);
    const QStringList lines = help.out.mid(from, to - from).split(QLatin1Char('\n')).mid(1);
    for (const QString &line : lines) {
        // "  new connector            Create an SMTP connector …": the words before the wide gap.
        const QString words = line.trimmed().section(QRegularExpression(QStringLiteral("\\s{2,}")), 0, 0);
        if (words.isEmpty())
            continue;
        const Run own = run(words.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        QVERIFY2(own.exitCode == 0, qPrintable(words + QStringLiteral(": ") + own.err));
        QVERIFY2(own.out.contains(words), qPrintable(own.out));
    }
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
