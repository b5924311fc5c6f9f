#pragma once

// File > Connect…: where the directory is, how to bind and how to secure the connection, with a
// saved-connection list, root DSE discovery of the base DN and an inline "Test connection". Bad
// input is refused at its field; every network and keychain call runs without blocking the GUI.

#include "ConnectionProfile.h"
#include "ConnectionSettings.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace connectui {

class ConnectionProbe;
class ConnectionProfiles;
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

    ConnectionProfiles *profiles() const { return m_profiles; }
    PasswordStore *passwordStore() const { return m_passwords; }

public Q_SLOTS:
    // Refused while the input is invalid; otherwise saves the profile (and the password in the
    // keychain when asked) and closes.
    void accept() override;
    void reject() override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Problem {
        QWidget *field = nullptr;
        QLabel *label = nullptr;
        QString message;
    };

    void buildUi();
    void fitHeight();
    QWidget *withMessage(QWidget *field, QLabel *message);
    void reloadProfiles();
    void loadProfile(const QString &name);
    void deleteProfile();

    Problem problemFor(const directory::ConnectionSettings &s) const;
    bool checkInput(const directory::ConnectionSettings &s);
    void refreshProblems();
    void clearProblems();
    void showProblem(const Problem &problem);
    void onSettingsEdited();
    void updateEnabled();

    void onUriEdited(const QString &text);
    void onTlsActivated(int index);
    void browseCaFile();

    void discover();
    void onDiscovered(const QStringList &contexts, const QString &preferred);
    void startTest();
    void cancelTest();
    void setTestBusy(bool busy);
    void showTestResult(const QString &text, bool error);

    void onPasswordRead(const QString &key, const QString &password);
    void onPasswordWritten(const QString &key);
    void onPasswordFailed(const QString &key, const QString &message);
    void finishAccept(const ConnectionProfile &profile);

    directory::ConnectionSettings::Bind bind() const;
    directory::ConnectionSettings::Tls tls() const;
    void setTls(directory::ConnectionSettings::Tls tls);

    ConnectionProfiles *m_profiles;
    PasswordStore *m_passwords;
    ConnectionProbe *m_testProbe;
    ConnectionProbe *m_discoverProbe;

    QComboBox *m_profileCombo;
    QPushButton *m_deleteProfile;
    QLineEdit *m_name;
    QLineEdit *m_uri;
    QLabel *m_uriError;
    QComboBox *m_baseDn;
    QPushButton *m_discover;
    QLabel *m_baseDnError;
    QLabel *m_discoverResult;
    QSpinBox *m_timeout;
    QButtonGroup *m_bindGroup;
    QRadioButton *m_anonymous;
    QRadioButton *m_simple;
    QRadioButton *m_external;
    QLineEdit *m_bindDn;
    QLabel *m_bindDnError;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QLabel *m_passwordError;
    QLabel *m_bindError;
    QComboBox *m_tls;
    QLabel *m_tlsError;
    QLineEdit *m_caFile;
    QPushButton *m_browseCaFile;
    QLabel *m_caFileError;
    QCheckBox *m_verify;
    QPushButton *m_test;
    QPushButton *m_cancelTest;
    QProgressBar *m_testBusy;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;

    int m_fittedHeight = 0;
    bool m_showProblems = false;    // after the first attempt, problems follow the input live
    bool m_passwordProblem = false; // m_passwordError shows a validation message, not keychain news
    QString m_readKey;              // keychain read in flight for the shown profile
    QString m_writeKey;             // keychain write in flight for accept()
    ConnectionProfile m_accepting;
};

} // namespace connectui
