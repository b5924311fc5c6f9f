// The connect dialog against a real slapd: test connection, root DSE discovery, refusal of bad
// input at its field, saved profiles without passwords, and the keychain's failure path (the test
// run has no D-Bus session, as in CI, so QtKeychain really fails).

#include "ConnectDialog.h"
#include "ConnectionProfiles.h"
#include "DirectoryFixture.h"
#include "LdapResult.h"
#include "PasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using connectui::ConnectDialog;
using connectui::ConnectionProfile;
using connectui::ConnectionProfiles;
using connectui::PasswordStore;
using directory::ConnectionSettings;

class TestConnectDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testConnectionShowsIdentity();
    void wrongPasswordShowsInvalidCredentials();
    void stopDoesNotWaitForTheServer();
    void discoverFillsBaseDn();
    void discoverListsAllNamingContexts();
    void badInputIsRefusedAtTheField_data();
    void badInputIsRefusedAtTheField();
    void ldapsUriAndTlsStayConsistent();
    void profilesRoundTripWithoutPassword();
    void recentIsMostRecentlyUsedFirst();
    void okSavesProfileAndOpensOnItNextTime();
    void passwordStoreFailsWithoutKeychain();
    void savePasswordFailureIsShownAtTheCheckbox();
    void savedPasswordUnavailableIsShown();

private:
    template <typename T> T *child(const char *name) const {
        T *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void type(const char *field, const QString &text);
    void click(const char *button);
    void clickOk();
    void fill(const ConnectionSettings &s);

    testsupport::DirectoryFixture m_dir;
    QTemporaryDir m_runtimeDir;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    std::unique_ptr<ConnectDialog> m_dialog;
};

void TestConnectDialog::initTestCase() {
    // No session bus and no way to start one: the keychain is unavailable on every machine that
    // runs this test, and nothing reaches a developer's real keychain.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QVERIFY(m_runtimeDir.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
    QVERIFY(m_dir.start());
}

void TestConnectDialog::init() {
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_profiles = std::make_unique<ConnectionProfiles>(m_tmp->filePath(QStringLiteral("profiles.ini")),
                                                      QSettings::IniFormat);
    m_dialog = std::make_unique<ConnectDialog>(m_profiles.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectDialog::cleanup() {
    m_dialog.reset();
    m_profiles.reset();
    m_tmp.reset();
}

void TestConnectDialog::type(const char *field, const QString &text) {
    auto *edit = child<QLineEdit>(field);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestConnectDialog::click(const char *name) {
    auto *button = child<QAbstractButton>(name);
    // Radio buttons and check boxes take clicks on their indicator and text only.
    const bool indicator = qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button);
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(button->height() / 2, button->height() / 2) : QPoint());
}

void TestConnectDialog::clickOk() {
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestConnectDialog::fill(const ConnectionSettings &s) {
    type("uri", s.uri);
    child<QComboBox>("baseDn")->setEditText(s.baseDn);
    switch (s.bind) {
    case ConnectionSettings::Bind::Anonymous:
        click("bindAnonymous");
        break;
    case ConnectionSettings::Bind::Simple:
        click("bindSimple");
        type("bindDn", s.bindDn);
        type("password", s.password);
        break;
    case ConnectionSettings::Bind::SaslExternal:
        click("bindExternal");
        break;
    }
}

void TestConnectDialog::testConnectionShowsIdentity() {
    fill(m_dir->adminSettings());
    click("testConnection");
    auto *result = child<QLabel>("testResult");
    QVERIFY(!child<QPushButton>("testConnection")->isEnabled());
    QVERIFY(child<QPushButton>("cancelTest")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), QStringLiteral("Connected as cn=admin,dc=example,dc=com."),
                              10000);
    QVERIFY(child<QPushButton>("testConnection")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelTest")->isVisible());
    QVERIFY(!child<QProgressBar>("testBusy")->isVisible());

    // SASL EXTERNAL over ldapi is the other way in.
    type("uri", m_dir->ldapiUri());
    click("bindExternal");
    click("testConnection");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected as ")) &&
                                 result->text().contains(QStringLiteral("cn=peercred")),
                             10000);
}

void TestConnectDialog::wrongPasswordShowsInvalidCredentials() {
    ConnectionSettings s = m_dir->adminSettings();
    s.password = QStringLiteral("not-the-password");
    fill(s);
    click("testConnection");
    const QString expected =
        directory::LdapResult::fromCode(directory::LdapResult::InvalidCredentials).message();
    QVERIFY(!expected.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("testResult")->text().contains(expected), 10000);
    QVERIFY(child<QPushButton>("testConnection")->isEnabled());

    // A base DN that does not exist is reported although the bind worked.
    s = m_dir->adminSettings();
    s.baseDn = QStringLiteral("dc=nowhere,dc=example,dc=com");
    fill(s);
    click("testConnection");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("testResult")->text().contains(QStringLiteral("dc=nowhere")),
                             10000);
    QVERIFY(child<QLabel>("testResult")->text().startsWith(QStringLiteral("Connected as cn=admin")));
}

void TestConnectDialog::stopDoesNotWaitForTheServer() {
    // A server that accepts the TCP connection and never answers: the check hangs in libldap.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QSignalSpy accepted(&silent, &QTcpServer::newConnection);
    type("uri", QStringLiteral("ldap://127.0.0.1:%1").arg(silent.serverPort()));
    click("bindAnonymous");
    child<QSpinBox>("timeout")->setValue(120);
    click("testConnection");
    QVERIFY2(accepted.wait(10000), qPrintable(child<QLabel>("testResult")->text()));
    QVERIFY(child<QProgressBar>("testBusy")->isVisible());
    QVERIFY(!child<QPushButton>("testConnection")->isEnabled());

    click("cancelTest");
    QCOMPARE(child<QLabel>("testResult")->text(), QStringLiteral("Test stopped."));
    QVERIFY(child<QPushButton>("testConnection")->isEnabled());
    QVERIFY(!child<QPushButton>("cancelTest")->isVisible());

    // Closing the dialog does not wait for libldap either.
    QElapsedTimer timer;
    timer.start();
    m_dialog.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    // Let the abandoned connection finish: the server goes away, libldap returns, it cleans up.
    while (QTcpSocket *socket = silent.nextPendingConnection())
        socket->abort();
    silent.close();
}

void TestConnectDialog::discoverFillsBaseDn() {
    ConnectionSettings s = m_dir->adminSettings();
    s.baseDn = QStringLiteral("not a dn"); // replaced, not validated, by Discover
    s.password.clear();                    // the root DSE is read anonymously then
    fill(s);
    click("discover");
    auto *base = child<QComboBox>("baseDn");
    QTRY_COMPARE_WITH_TIMEOUT(base->currentText(), QStringLiteral("dc=example,dc=com"), 10000);
    QVERIFY(child<QPushButton>("discover")->isEnabled());
    QCOMPARE(m_dialog->settings().baseDn, QStringLiteral("dc=example,dc=com"));
    QVERIFY(child<QLabel>("baseDnError")->isHidden());
}

void TestConnectDialog::discoverListsAllNamingContexts() {
    testsupport::DirectoryFixture two;
    directory::LocalDirectory::Options options;
    options.databases = {{QStringLiteral("dc=example,dc=com"), {}}, {QStringLiteral("o=second"), {}}};
    QVERIFY(two.start(options));
    type("uri", two->ldapUri());
    click("bindAnonymous");
    click("discover");
    auto *base = child<QComboBox>("baseDn");
    QTRY_VERIFY2_WITH_TIMEOUT(base->count() == 2, qPrintable(child<QLabel>("baseDnError")->text()), 10000);
    QStringList listed{base->itemText(0), base->itemText(1)};
    listed.sort();
    QCOMPARE(listed, (QStringList{QStringLiteral("dc=example,dc=com"), QStringLiteral("o=second")}));
    QCOMPARE(base->currentText(), base->itemText(0));
    QVERIFY(child<QLabel>("discoverResult")->isVisible());

    // Discovery failing is said at the base DN.
    two.stop();
    click("discover");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("baseDnError")->isVisible(), 15000);
    QVERIFY(!child<QLabel>("baseDnError")->text().isEmpty());
}

void TestConnectDialog::badInputIsRefusedAtTheField_data() {
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("bindDn");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty URI") << QString() << QStringLiteral("cn=admin,dc=example,dc=com") << QString()
                               << QStringLiteral("uriError") << QStringLiteral("Enter the server address");
    QTest::newRow("http URI") << QStringLiteral("http://dc1.example.com")
                              << QStringLiteral("cn=admin,dc=example,dc=com") << QString()
                              << QStringLiteral("uriError")
                              << QStringLiteral("must start with ldap://, ldaps:// or ldapi://");
    QTest::newRow("simple bind without DN")
        << QStringLiteral("ldap://dc1.example.com") << QString() << QString() << QStringLiteral("bindDnError")
        << QStringLiteral("Enter the DN to bind as");
    QTest::newRow("unreadable CA file")
        << QStringLiteral("ldap://dc1.example.com") << QStringLiteral("cn=admin,dc=example,dc=com")
        << QStringLiteral("/nonexistent/bridgehead-ca.pem") << QStringLiteral("caFileError")
        << QStringLiteral("The CA certificate file /nonexistent/bridgehead-ca.pem cannot be read.");
}

void TestConnectDialog::badInputIsRefusedAtTheField() {
    QFETCH(QString, uri);
    QFETCH(QString, bindDn);
    QFETCH(QString, caFile);
    QFETCH(QString, label);
    QFETCH(QString, message);
    type("uri", uri);
    click("bindSimple");
    type("bindDn", bindDn);
    type("password", QStringLiteral("secret"));
    if (!caFile.isEmpty()) {
        auto *tls = child<QComboBox>("tls");
        tls->setCurrentIndex(tls->findText(QStringLiteral("StartTLS")));
        type("caFile", caFile);
    }

    clickOk();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    auto *error = m_dialog->findChild<QLabel *>(label);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    // One message, at the field it is about.
    const QList<QLabel *> labels =
        m_dialog->findChildren<QLabel *>(QRegularExpression(QStringLiteral("Error$")));
    for (QLabel *other : labels)
        QVERIFY2(other == error || !other->isVisible(), qPrintable(other->objectName()));
    QVERIFY(m_profiles->load().isEmpty());

    // Test connection is refused the same way, before any network call.
    click("testConnection");
    QVERIFY(child<QPushButton>("testConnection")->isEnabled());
    QVERIFY(child<QLabel>("testResult")->text().isEmpty());

    // Correcting the field clears the message at once.
    const ConnectionSettings good = m_dir->adminSettings();
    type("uri", good.uri);
    type("bindDn", good.bindDn);
    type("caFile", QString());
    child<QComboBox>("tls")->setCurrentIndex(0);
    QVERIFY(!error->isVisible());
}

void TestConnectDialog::ldapsUriAndTlsStayConsistent() {
    auto *tls = child<QComboBox>("tls");
    auto *uri = child<QLineEdit>("uri");
    type("uri", QStringLiteral("ldaps://dc1.example.com"));
    QCOMPARE(ConnectionSettings::Tls(tls->currentData().toInt()), ConnectionSettings::Tls::Ldaps);
    QCOMPARE(m_dialog->settings().effectiveTls(), ConnectionSettings::Tls::Ldaps);
    QVERIFY(child<QCheckBox>("verifyCertificate")->isEnabled());
    QVERIFY(child<QCheckBox>("verifyCertificate")->isChecked());

    type("uri", QStringLiteral("ldap://dc1.example.com:389"));
    QCOMPARE(ConnectionSettings::Tls(tls->currentData().toInt()), ConnectionSettings::Tls::None);
    QVERIFY(!child<QLineEdit>("caFile")->isEnabled());

    // Choosing LDAPS rewrites the address, standard port included; choosing StartTLS goes back.
    tls->setCurrentIndex(tls->findData(int(ConnectionSettings::Tls::Ldaps)));
    Q_EMIT tls->activated(tls->currentIndex());
    QCOMPARE(uri->text(), QStringLiteral("ldaps://dc1.example.com:636"));
    tls->setCurrentIndex(tls->findData(int(ConnectionSettings::Tls::StartTls)));
    Q_EMIT tls->activated(tls->currentIndex());
    QCOMPARE(uri->text(), QStringLiteral("ldap://dc1.example.com:389"));
    QCOMPARE(m_dialog->settings().effectiveTls(), ConnectionSettings::Tls::StartTls);

    // setSettings shows what an ldaps:// address implies.
    ConnectionSettings s;
    s.uri = QStringLiteral("ldaps://dc2.example.com");
    m_dialog->setSettings(s);
    QCOMPARE(ConnectionSettings::Tls(tls->currentData().toInt()), ConnectionSettings::Tls::Ldaps);
}

void TestConnectDialog::profilesRoundTripWithoutPassword() {
    const QString secret = QStringLiteral("Never-In-QSettings-42");
    ConnectionSettings s = m_dir->adminSettings();
    s.password = secret;
    s.tls = ConnectionSettings::Tls::StartTls;
    s.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    s.verifyCertificate = false;
    s.timeoutSeconds = 17;
    const ConnectionProfile profile(QStringLiteral("Example / HQ"), s, true);
    QVERIFY(profile.settings().password.isEmpty());
    m_profiles->save(profile);
    ConnectionSettings anonymous;
    anonymous.uri = QStringLiteral("ldap://dc2.example.com");
    m_profiles->save(ConnectionProfile(QStringLiteral("Branch"), anonymous));

    // Through the dialog too: its profile() never carries the password it shows.
    fill(m_dir->adminSettings());
    type("name", QStringLiteral("Typed"));
    QCOMPARE(m_dialog->settings().password, m_dir->rootPassword());
    QVERIFY(m_dialog->profile().settings().password.isEmpty());
    m_profiles->save(m_dialog->profile());

    ConnectionProfiles reread(m_profiles->fileName(), QSettings::IniFormat);
    const QList<ConnectionProfile> loaded = reread.load();
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded.at(0).name(), QStringLiteral("Branch"));
    QCOMPARE(loaded.at(1).name(), QStringLiteral("Example / HQ"));
    QVERIFY(loaded.at(1) == profile);
    QCOMPARE(loaded.at(1).settings().timeoutSeconds, 17);
    QCOMPARE(loaded.at(1).settings().tls, ConnectionSettings::Tls::StartTls);
    QVERIFY(loaded.at(1).savePassword());
    QCOMPARE(loaded.at(0).settings().bind, ConnectionSettings::Bind::Anonymous);
    QCOMPARE(loaded.at(2).settings().bindDn, m_dir->rootDn());

    QFile file(m_profiles->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Example / HQ"));
    QVERIFY(!text.contains(secret.toUtf8()));
    QVERIFY(!text.contains(m_dir->rootPassword().toUtf8()));
    QVERIFY(!QRegularExpression(QStringLiteral("(^|\\\\)password\\s*="), QRegularExpression::MultilineOption)
                 .match(QString::fromUtf8(text))
                 .hasMatch());

    reread.remove(QStringLiteral("Branch"));
    QCOMPARE(m_profiles->load().size(), 2);
}

void TestConnectDialog::recentIsMostRecentlyUsedFirst() {
    ConnectionSettings s;
    for (int i = 0; i < 10; ++i) {
        s.uri = QStringLiteral("ldap://dc%1.example.com").arg(i);
        m_profiles->save(ConnectionProfile(QStringLiteral("P%1").arg(i), s));
        m_profiles->touch(QStringLiteral("P%1").arg(i));
    }
    m_profiles->touch(QStringLiteral("P3"));
    QList<ConnectionProfile> recent = m_profiles->recent();
    QCOMPARE(recent.size(), ConnectionProfiles::MaxRecent);
    QCOMPARE(recent.at(0).name(), QStringLiteral("P3"));
    QCOMPARE(recent.at(1).name(), QStringLiteral("P9"));
    QCOMPARE(recent.at(7).name(), QStringLiteral("P2"));
    m_profiles->remove(QStringLiteral("P9"));
    recent = m_profiles->recent();
    QCOMPARE(recent.at(1).name(), QStringLiteral("P8"));
}

void TestConnectDialog::okSavesProfileAndOpensOnItNextTime() {
    fill(m_dir->adminSettings());
    QCOMPARE(child<QLineEdit>("name")->placeholderText(), QStringLiteral("127.0.0.1:%1").arg(m_dir->port()));
    type("name", QStringLiteral("Example"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickOk();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->settings().password, m_dir->rootPassword());
    QCOMPARE(m_dialog->settings().bindDn, m_dir->rootDn());
    const std::optional<ConnectionProfile> saved = m_profiles->find(QStringLiteral("Example"));
    QVERIFY(saved);
    QVERIFY(!saved->savePassword());
    QCOMPARE(m_profiles->recent().first().name(), QStringLiteral("Example"));

    ConnectDialog again(m_profiles.get());
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(),
             QStringLiteral("Example"));
    QCOMPARE(again.settings().uri, m_dir->ldapUri());
    QCOMPARE(again.settings().bindDn, m_dir->rootDn());
    QVERIFY(again.settings().password.isEmpty());
    QCOMPARE(again.profile(), *saved);
}

void TestConnectDialog::passwordStoreFailsWithoutKeychain() {
    PasswordStore store;
    QSignalSpy failed(&store, &PasswordStore::failed);
    QSignalSpy written(&store, &PasswordStore::passwordWritten);
    store.write(QStringLiteral("Bridgehead test"), QStringLiteral("pw"));
    QVERIFY(failed.size() == 1 || failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Bridgehead test"));
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("The system keychain is not available: ")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("; the password was not saved.")), qPrintable(message));
    QVERIFY(written.isEmpty());

    QSignalSpy read(&store, &PasswordStore::passwordRead);
    store.read(QStringLiteral("Bridgehead test"));
    QVERIFY(failed.size() == 2 || failed.wait(10000));
    QVERIFY(
        failed.at(1).at(1).toString().startsWith(QStringLiteral("The system keychain is not available: ")));
    QVERIFY(read.isEmpty());
}

void TestConnectDialog::savePasswordFailureIsShownAtTheCheckbox() {
    fill(m_dir->adminSettings());
    type("name", QStringLiteral("Keep"));
    click("savePassword");
    QVERIFY(child<QCheckBox>("savePassword")->isChecked());
    clickOk();
    auto *message = child<QLabel>("passwordError");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("the password was not saved.")), 10000);
    QVERIFY(message->text().startsWith(QStringLiteral("The system keychain is not available: ")));
    QVERIFY(message->isVisible());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!child<QCheckBox>("savePassword")->isChecked());
    QVERIFY(!m_profiles->find(QStringLiteral("Keep")));

    // OK again connects without saving the password anywhere.
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<ConnectionProfile> saved = m_profiles->find(QStringLiteral("Keep"));
    QVERIFY(saved);
    QVERIFY(!saved->savePassword());
    QFile file(m_profiles->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(m_dir->rootPassword().toUtf8()));
}

void TestConnectDialog::savedPasswordUnavailableIsShown() {
    m_profiles->save(ConnectionProfile(QStringLiteral("Saved"), m_dir->adminSettings(), true));
    QVERIFY(m_dialog->selectProfile(QStringLiteral("Saved")));
    QCOMPARE(m_dialog->settings().uri, m_dir->ldapUri());
    auto *message = child<QLabel>("passwordError");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().endsWith(QStringLiteral("; enter the password.")), 10000);
    QVERIFY(message->text().startsWith(QStringLiteral("The system keychain is not available: ")));
    QVERIFY(m_dialog->settings().password.isEmpty());
    // Typing the password clears the note and the dialog works as usual.
    type("password", m_dir->rootPassword());
    QVERIFY(!message->isVisible());
    click("testConnection");
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>("testResult")->text(),
                              QStringLiteral("Connected as cn=admin,dc=example,dc=com."), 10000);
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
