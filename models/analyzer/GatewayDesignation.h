#pragma once

// Which servers the administrator has designated as Internet gateways, kept in QSettings per
// connection (by server address and base DN), so each organization keeps its own. The analyzer
// reads it; the console tree marks those servers.

#include "ConnectionSettings.h"
#include "Dn.h"

#include <QObject>
#include <QSettings>

namespace analyzer {

class GatewayDesignation : public QObject {
    Q_OBJECT
public:
    // The user's settings (the application's organization and name).
    explicit GatewayDesignation(QObject *parent = nullptr);
    // A settings file of its own, e.g. a temporary file in tests.
    GatewayDesignation(const QString &fileName, QSettings::Format format, QObject *parent = nullptr);

    // The connection whose designation is read and written from now on; `defaults` when nothing has
    // been saved for it yet.
    void setProfile(const QString &profile, const QList<directory::Dn> &defaults = {});
    QString profile() const { return m_profile; }
    // The profile of a connection: its server address and base DN.
    static QString profileFor(const directory::ConnectionSettings &settings);
    // The demo organization's profile, and its gateways GW1 and GW2 (resources/demo/demo-org.ldif).
    static QString demoProfile();
    static QList<directory::Dn> demoGateways();

    QList<directory::Dn> servers() const { return m_servers; }
    bool contains(const directory::Dn &server) const;
    // Saved at once under the current profile.
    void setServers(const QList<directory::Dn> &servers);
    void setGateway(const directory::Dn &server, bool gateway);

Q_SIGNALS:
    void changed();

private:
    QString settingsKey() const;

    mutable QSettings m_settings;
    QString m_profile;
    QList<directory::Dn> m_servers;
};

} // namespace analyzer
