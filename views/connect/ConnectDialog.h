#pragma once

// File > Connect…: a saved-connection list and the connection's fields, an inline "Test
// connection", and OK that saves the profile (and, when asked, the password in the system
// keychain). Bad input is refused at its field; no network or keychain call blocks the GUI.

#include "ConnectionProfile.h"
#include "ConnectionSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace connectui {

class ConnectionProbe;
class ConnectionProfiles;
class ConnectionSettingsForm;
class PasswordStore;

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    // `profiles`: the saved connections (nullptr: the user's settings). `passwords`: the keychain
    // (nullptr: one of its own). Opens on the most recently used profile, if any.
    explicit ConnectDialog(ConnectionProfiles *profiles = nullptr, PasswordStore *passwords = nullptr,
                           QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // What the user entered, with the password.
    directory::ConnectionSettings settings() const;
    void setSettings(const directory::ConnectionSettings &settings);
    // The entered connection as it is saved: the name (or a default one), no password.
    ConnectionProfile profile() const;
    // Shows a saved profile and reads its password from the keychain if it was saved there.
    bool selectProfile(const QString &name);

    // The dialog stays open until the console has connected: OK asks for the connection
    // (connectRequested()), then connectionSucceeded() saves the profile and closes, or
    // connectionFailed() shows what failed and keeps everything as entered. So an address that
    // never connected is not saved.
    void setWaitsForConnection(bool wait) { m_waitsForConnection = wait; }
    bool isConnecting() const { return m_connecting; }
    void connectionSucceeded();
    void connectionFailed(const QString &message);

    ConnectionProfiles *profiles() const { return m_profiles; }
    PasswordStore *passwordStore() const { return m_passwords; }

Q_SIGNALS:
    void connectRequested(const directory::ConnectionSettings &settings);

public Q_SLOTS:
    // Refused while the input is invalid; otherwise saves the profile (and the password in the
    // keychain when asked) and closes.
    void accept() override;
    void reject() override;

private:
    void buildUi();
    void reloadProfiles();
    void loadProfile(const QString &name);
    void deleteProfile();
    void onEdited();

    void startTest();
    void cancelTest();
    void setTestBusy(bool busy);
    void showTestResult(const QString &text, bool error);

    void onPasswordRead(const QString &key, const QString &password);
    void onPasswordWritten(const QString &key);
    void onPasswordFailed(const QString &key, const QString &message);
    void finishAccept(const ConnectionProfile &profile);
    void saveAndClose();

    ConnectionProfiles *m_profiles;
    PasswordStore *m_passwords;
    ConnectionProbe *m_testProbe;

    QComboBox *m_profileCombo;
    QPushButton *m_deleteProfile;
    QLineEdit *m_name;
    ConnectionSettingsForm *m_form;
    QPushButton *m_test;
    QPushButton *m_cancelTest;
    QProgressBar *m_testBusy;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;

    QString m_readKey;  // keychain read in flight for the shown profile
    QString m_writeKey; // keychain write in flight for accept()
    ConnectionProfile m_accepting;
    bool m_waitsForConnection = false;
    bool m_connecting = false;
};

} // namespace connectui
