#include "ConnectionLauncher.h"

#include "ConnectDialog.h"
#include "ConnectionProfiles.h"
#include "PasswordStore.h"

#include <QMenu>
#include <QWidget>

namespace connectui {

ConnectionLauncher::ConnectionLauncher(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_profiles(new ConnectionProfiles(this))
    , m_passwords(new PasswordStore(this))
    , m_recentMenu(new QMenu(tr("&Recent Connections"), dialogParent)) {
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_profiles, &ConnectionProfiles::changed, this, &ConnectionLauncher::rebuildRecentMenu);
    rebuildRecentMenu();
}

void ConnectionLauncher::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QList<ConnectionProfile> recent = m_profiles->recent();
    for (const ConnectionProfile &p : recent) {
        QAction *a =
            m_recentMenu->addAction(p.name(), this, [this, name = p.name()] { connectToProfile(name); });
        a->setToolTip(p.settings().displayName());
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void ConnectionLauncher::showDialog(const QString &profile) {
    auto *dialog = new ConnectDialog(m_profiles, m_passwords, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.isEmpty())
        dialog->selectProfile(profile);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT connectRequested(dialog->settings()); });
    dialog->open();
}

void ConnectionLauncher::connectToProfile(const QString &name) {
    const std::optional<ConnectionProfile> profile = m_profiles->find(name);
    if (!profile) {
        showDialog();
        return;
    }
    const directory::ConnectionSettings settings = profile->settings();
    if (settings.bind != directory::ConnectionSettings::Bind::Simple) {
        m_profiles->touch(name);
        Q_EMIT connectRequested(settings);
        return;
    }
    if (!profile->savePassword()) {
        showDialog(name); // the password has to be asked
        return;
    }
    // The saved password comes from the keychain; if it cannot, the dialog says why and asks.
    const QString key = profile->passwordKey();
    auto *context = new QObject(this);
    connect(m_passwords, &PasswordStore::passwordRead, context,
            [this, context, key, name, settings](const QString &k, const QString &password) {
                if (k != key)
                    return;
                context->deleteLater();
                directory::ConnectionSettings withPassword = settings;
                withPassword.password = password;
                m_profiles->touch(name);
                Q_EMIT connectRequested(withPassword);
            });
    connect(m_passwords, &PasswordStore::failed, context, [this, context, key, name](const QString &k) {
        if (k != key)
            return;
        context->deleteLater();
        showDialog(name);
    });
    m_passwords->read(key);
}

} // namespace connectui
