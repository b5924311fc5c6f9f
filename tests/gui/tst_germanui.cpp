// The console as a German user sees it: with a German locale, Qt's own strings (Cancel, Apply, Yes,
// No) come from Debian's Qt catalogue and Bridgehead's from its own, so a dialog says "Abbrechen".

#include "ConnectDialog.h"
#include "ConnectionProfiles.h"
#include "PasswordStore.h"
#include "Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestGermanUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectDialogSaysAbbrechen();
    void messageBoxesAnswerJaAndNein();
};

void TestGermanUi::initTestCase() {
    QVERIFY2(
        QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")),
        "Qt's German catalogue is missing: install qt6-translations-l10n");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslations(*qApp);
}

void TestGermanUi::connectDialogSaysAbbrechen() {
    QTemporaryDir dir;
    connectui::ConnectionProfiles profiles(dir.filePath(QStringLiteral("profiles.ini")),
                                           QSettings::IniFormat);
    connectui::PasswordStore passwords(QStringLiteral("Bridgehead test"), nullptr);
    connectui::ConnectDialog dialog(&profiles, &passwords);
    dialog.show();
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // Bridgehead's own strings in the same dialog.
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Mit Verzeichnis verbinden"));
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("Verbinden"));
}

void TestGermanUi::messageBoxesAnswerJaAndNein() {
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Löschen"), QStringLiteral("?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Apply);
    box.show();
    QCOMPARE(box.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')), QStringLiteral("Ja"));
    QCOMPARE(box.button(QMessageBox::No)->text().remove(QLatin1Char('&')), QStringLiteral("Nein"));
    QCOMPARE(box.button(QMessageBox::Apply)->text().remove(QLatin1Char('&')), QStringLiteral("Anwenden"));
}

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
