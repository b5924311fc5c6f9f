#pragma once

// The saved connections and the most-recently-used list, kept in QSettings. Passwords are never
// written here: a profile only says whether the system keychain holds one (see PasswordStore).

#include "ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace connectui {

class ConnectionProfiles : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxRecent = 8;

    // The user's settings (the application's organization and name).
    explicit ConnectionProfiles(QObject *parent = nullptr);
    // A settings file of its own, e.g. a temporary file in tests.
    ConnectionProfiles(const QString &fileName, QSettings::Format format, QObject *parent = nullptr);

    // All saved profiles, sorted by name. Always read from the settings, so several instances agree.
    QList<ConnectionProfile> load() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds the profile or replaces the one with the same name.
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);
    // Saved profiles, most recently used first, at most MaxRecent.
    QList<ConnectionProfile> recent() const;
    // Marks a saved profile as just used.
    void touch(const QString &name);

    QString fileName() const { return m_settings.fileName(); }
    QSettings::Status status() const { return m_settings.status(); }

Q_SIGNALS:
    void changed();

private:
    void write(const QList<ConnectionProfile> &profiles);
    QStringList recentNames() const;
    void writeRecentNames(const QStringList &names);

    mutable QSettings m_settings;
};

} // namespace connectui
