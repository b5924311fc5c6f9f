#pragma once

// A saved connection as the administrator named it: where and how to connect, and whether its
// password lives in the system keychain. It never holds a password, so it can be written anywhere.

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

namespace connectui {

class ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    ConnectionProfile() = default;
    ConnectionProfile(const QString &name, const directory::ConnectionSettings &settings,
                      bool savePassword = false);

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name.trimmed(); }
    // The settings without a password: the password is dropped on the way in.
    const directory::ConnectionSettings &settings() const { return m_settings; }
    void setSettings(const directory::ConnectionSettings &settings);
    // The password is kept in the system keychain under passwordKey().
    bool savePassword() const { return m_savePassword; }
    void setSavePassword(bool save) { m_savePassword = save; }

    bool isNull() const { return m_name.isEmpty(); }
    QString passwordKey() const { return passwordKey(m_name, m_settings); }

    // The keychain key: the profile name, or "bindDn@uri" for a connection without a name.
    static QString passwordKey(const QString &name, const directory::ConnectionSettings &settings);
    // A name for a connection the user did not name: the server's host ("dc1.example.com").
    static QString defaultName(const directory::ConnectionSettings &settings);

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b);
    friend bool operator!=(const ConnectionProfile &a, const ConnectionProfile &b) { return !(a == b); }

private:
    QString m_name;
    directory::ConnectionSettings m_settings;
    bool m_savePassword = false;
};

} // namespace connectui
