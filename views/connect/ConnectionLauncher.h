#pragma once

// Where the console's connections come from: File › Connect… (the connect dialog), File › Recent
// Connections (saved profiles, most recent first) and the passwords kept for them in the system
// keychain. It decides what to ask before connecting and asks for the connection with
// connectRequested(); it never connects itself.

#include "ConnectionSettings.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace connectui {

class ConnectDialog;
class ConnectionProfiles;
class PasswordStore;

class ConnectionLauncher : public QObject {
    Q_OBJECT
public:
    // `dialogParent` is the window the connect dialog opens over.
    explicit ConnectionLauncher(QWidget *dialogParent);

    ConnectionProfiles *profiles() const { return m_profiles; }
    PasswordStore *passwords() const { return m_passwords; }
    // File › Recent Connections, kept current as profiles are saved and used.
    QMenu *recentMenu() const { return m_recentMenu; }

    // The connect dialog, on the given saved profile if any.
    void showDialog(const QString &profile = QString());
    // Connects at once when nothing needs asking; otherwise opens the dialog on the profile.
    void connectToProfile(const QString &name);

Q_SIGNALS:
    void connectRequested(const directory::ConnectionSettings &settings);

private:
    void rebuildRecentMenu();

    QWidget *m_dialogParent;
    ConnectionProfiles *m_profiles;
    PasswordStore *m_passwords;
    QMenu *m_recentMenu;
};

} // namespace connectui
