// The German translation as a user gets it: the real executable, started with a German system
// locale, prints its command-line help in German, and in English under the C locale. The .ts file
// in the source tree has every message translated, so a release never ships English fragments.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestTranslation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpIsGermanUnderAGermanLocale();
    void helpIsEnglishUnderTheCLocale();
    void everyMessageIsTranslated();
    void englishPluralsAreWords();

private:
    // Runs "bridgehead --help" with the given locale variables; returns its standard output with
    // runs of whitespace folded, so phrases that the help wraps onto two lines still match.
    static QString help(const QStringList &localeVariables, const QStringList &arguments = {QStringLiteral("--help")});
};

QString TestTranslation::help(const QStringList &localeVariables, const QStringList &arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // LANGUAGE outranks LANG and LC_ALL for the UI language, so it is only set where wanted.
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (const QString &variable : localeVariables)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BRIDGEHEAD_BINARY), arguments);
    if (!process.waitForStarted(30000)) {
        QTest::qFail(qPrintable(QStringLiteral("%1 did not start: %2")
                                    .arg(QStringLiteral(BRIDGEHEAD_BINARY), process.errorString())),
                     __FILE__, __LINE__);
        return {};
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail("bridgehead --help did not finish", __FILE__, __LINE__);
        return {};
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("bridgehead --help exited with %1:\n%2\n%3")
                                    .arg(process.exitCode())
                                    .arg(out, QString::fromUtf8(process.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return out.simplified();
}

void TestTranslation::helpIsGermanUnderAGermanLocale() {
    const QString out = help({QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8"),
                              QStringLiteral("LANGUAGE=de")});
    if (QTest::currentTestFailed())
        return;
    // From app/CommandLine.cpp: the application description, option texts and a value name.
    const QStringList german = {
        QStringLiteral("Bridgehead: Konsole für das Internet-Mailrouting, dessen Konfiguration in einem "
                       "LDAP-Verzeichnis liegt (Aufbau wie Exchange 2003)."),
        QStringLiteral("Startet ein privates Verzeichnis mit der Demo-Organisation und öffnet es."),
        QStringLiteral("--starttls Verwendet StartTLS."),
        QStringLiteral("--password-file <DATEI>"),
    };
    for (const QString &phrase : german)
        QVERIFY2(out.contains(phrase), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(phrase, out)));
    QVERIFY2(!out.contains(QStringLiteral("Use StartTLS.")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("a console for Internet mail routing")), qPrintable(out));
    // Qt's own headings come from Qt's German catalogue.
    QVERIFY2(out.contains(QStringLiteral("Optionen:")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("Options:")), qPrintable(out));
}

void TestTranslation::helpIsEnglishUnderTheCLocale() {
    const QString out = help({QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8")});
    if (QTest::currentTestFailed())
        return;
    const QStringList english = {
        QStringLiteral("Bridgehead: a console for Internet mail routing kept in an LDAP directory "
                       "(Exchange 2003 layout)."),
        QStringLiteral("Start a private directory with the demo organization and open it."),
        QStringLiteral("--starttls Use StartTLS."),
        QStringLiteral("--password-file <FILE>"),
    };
    for (const QString &phrase : english)
        QVERIFY2(out.contains(phrase), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(phrase, out)));
    QVERIFY2(!out.contains(QStringLiteral("Verwendet StartTLS.")), qPrintable(out));
}

void TestTranslation::everyMessageIsTranslated() {
    QFile file(QStringLiteral(BRIDGEHEAD_SOURCE_DIR "/translations/bridgehead_de.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));
    const QString ts = QString::fromUtf8(file.readAll());

    const qsizetype messages = ts.count(QRegularExpression(QStringLiteral("<message[\\s>]")));
    QVERIFY2(messages > 0, "the .ts file holds no messages; run the bridgehead_lupdate target");
    QCOMPARE(ts.count(QRegularExpression(QStringLiteral("<translation[\\s>/]"))), messages);

    QCOMPARE(ts.count(QStringLiteral("type=\"unfinished\"")), qsizetype(0));
    QCOMPARE(ts.count(QStringLiteral("type=\"vanished\"")) + ts.count(QStringLiteral("type=\"obsolete\"")),
             qsizetype(0));
    // An empty translation, written out or self-closing, and an empty plural form.
    QCOMPARE(ts.count(QRegularExpression(QStringLiteral("<translation(\\s[^>]*)?>\\s*</translation>"))),
             qsizetype(0));
    QCOMPARE(ts.count(QRegularExpression(QStringLiteral("<translation(\\s[^>]*)?/>"))), qsizetype(0));
    QCOMPARE(ts.count(QRegularExpression(QStringLiteral("<numerusform>\\s*</numerusform>"))), qsizetype(0));
}

// Counts read as English does ("1 log line", "2 log lines"), not "line(s)", under the C locale and
// an English one; and the English catalogue has both forms of every plural.
void TestTranslation::englishPluralsAreWords() {
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("maillog"));
    const auto track = [&](const QByteArray &lines, const QStringList &locale) {
        QFile f(log);
        f.open(QIODevice::WriteOnly);
        f.write(lines);
        f.close();
        return help(locale, {QStringLiteral("track"), QStringLiteral("--log"), QStringLiteral("GW1=") + log,
                             QStringLiteral("--queue-id"), QStringLiteral("0123456789A")});
    };
    const QByteArray line = "Dec 01 09:10:45 gw1 postfix/master[9029]: daemon started\n";
    const QStringList c{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=C.UTF-8")};
    QCOMPARE(track(line, c), QStringLiteral("No message found (1 log line read)."));
    QCOMPARE(track(line + line, c), QStringLiteral("No message found (2 log lines read)."));
    QCOMPARE(track(line + line, {QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=en")}),
             QStringLiteral("No message found (2 log lines read)."));

    QFile file(QStringLiteral(BRIDGEHEAD_SOURCE_DIR "/translations/bridgehead_en.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    const qsizetype plurals = ts.count(QStringLiteral("<message numerus=\"yes\">"));
    QVERIFY(plurals > 0);
    QCOMPARE(ts.count(QRegularExpression(QStringLiteral("<message[\\s>]"))), plurals);
    QCOMPARE(ts.count(QStringLiteral("<numerusform>")), 2 * plurals);
    QCOMPARE(ts.count(QStringLiteral("type=\"unfinished\"")), qsizetype(0));
    QVERIFY(!ts.contains(QRegularExpression(QStringLiteral("<numerusform>[^<]*\\(s\\)"))));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
