#pragma once

// The fields of a directory connection: server address and base DN (with root DSE discovery), bind
// method and credentials, TLS. Keeps an ldaps:// address and the TLS choice in step, and shows
// what is wrong at the field that holds it. Used by ConnectDialog; reusable in a wizard page.

#include "ConnectionProbe.h"
#include "ConnectionSettings.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace widgets {
class FieldMessage;
}

namespace connectui {

class ConnectionSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionSettingsForm(QWidget *parent = nullptr);

    // What the user entered, with the password.
    directory::ConnectionSettings settings() const;
    void setSettings(const directory::ConnectionSettings &settings);
    // "Save password in the system keychain" (only meaningful for a simple bind).
    bool savePassword() const;
    void setSavePassword(bool save);

    // Shows the first problem at its field and moves the focus there; true when there is none.
    // From then on, problems follow the input as it changes.
    bool check();
    // News from the keychain, shown under the password; an empty text hides it.
    void setPasswordNote(const QString &text, bool error);
    // A saved password is on its way: an empty password field is not a problem yet.
    void setPasswordPending(bool pending);
    // Fills in a password from the keychain unless the user has typed one meanwhile.
    void offerPassword(const QString &password);
    void cancelDiscovery();

Q_SIGNALS:
    // Any setting changed, by the user or by setSettings().
    void edited();
    // The user typed in the password field.
    void passwordEdited();

private:
    // What is wrong, and the message under the field that holds it.
    struct Problem {
        widgets::FieldMessage *where = nullptr;
        QString message;
    };

    void buildUi();
    Problem problemFor(const directory::ConnectionSettings &s) const;
    bool checkSettings(const directory::ConnectionSettings &s);
    void refreshProblems();
    void clearProblems();
    void showProblem(const Problem &problem);
    void onEdited();
    void updateEnabled();
    void onUriEdited(const QString &text);
    void onTlsActivated(int index);
    void browseCaFile();
    void discover();
    void onDiscovered(const QStringList &contexts, const QString &preferred);

    directory::ConnectionSettings::Bind bind() const;
    directory::ConnectionSettings::Tls tls() const;
    void setTls(directory::ConnectionSettings::Tls tls);

    ConnectionProbe *m_probe;
    QLineEdit *m_uri;
    widgets::FieldMessage *m_uriError;
    QComboBox *m_baseDn;
    QPushButton *m_discover;
    widgets::FieldMessage *m_baseDnError;
    widgets::FieldMessage *m_discoverResult;
    QSpinBox *m_timeout;
    QButtonGroup *m_bindGroup;
    QRadioButton *m_anonymous;
    QRadioButton *m_simple;
    QRadioButton *m_external;
    QLineEdit *m_bindDn;
    widgets::FieldMessage *m_bindDnError;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    widgets::FieldMessage *m_passwordError;
    widgets::FieldMessage *m_bindError;
    QComboBox *m_tls;
    widgets::FieldMessage *m_tlsError;
    QLineEdit *m_caFile;
    QPushButton *m_browseCaFile;
    widgets::FieldMessage *m_caFileError;
    QCheckBox *m_verify;

    bool m_showProblems = false;    // after the first check, problems follow the input live
    bool m_passwordProblem = false; // m_passwordError shows a validation message, not a note
    bool m_passwordPending = false;
};

} // namespace connectui
