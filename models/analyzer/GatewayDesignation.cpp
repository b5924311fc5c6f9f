#include "GatewayDesignation.h"

#include <QUrl>

namespace analyzer {

using directory::Dn;

namespace {

const QString DemoOrg =
    QStringLiteral("CN=Example Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=example,DC=com");

QList<Dn> unique(const QList<Dn> &servers) {
    QList<Dn> out;
    for (const Dn &dn : servers)
        if (dn.isValid() && !dn.isEmpty() && !out.contains(dn))
            out.append(dn);
    return out;
}

} // namespace

GatewayDesignation::GatewayDesignation(QObject *parent)
    : QObject(parent) {}

GatewayDesignation::GatewayDesignation(const QString &fileName, QSettings::Format format, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, format) {}

QString GatewayDesignation::profileFor(const directory::ConnectionSettings &settings) {
    return settings.uri.trimmed() + QLatin1Char(' ') + settings.baseDn.trimmed();
}

QString GatewayDesignation::demoProfile() {
    return QStringLiteral("demo");
}

QList<Dn> GatewayDesignation::demoGateways() {
    return {Dn::parse(
                QStringLiteral("CN=GW1,CN=Servers,CN=First Administrative Group,CN=Administrative Groups,") +
                DemoOrg),
            Dn::parse(QStringLiteral("CN=GW2,CN=Servers,CN=Europe,CN=Administrative Groups,") + DemoOrg)};
}

QString GatewayDesignation::settingsKey() const {
    // Profiles hold "/" and other characters QSettings keys must not.
    return QStringLiteral("analyzer/gateways/") + QString::fromLatin1(QUrl::toPercentEncoding(m_profile));
}

void GatewayDesignation::setProfile(const QString &profile, const QList<Dn> &defaults) {
    m_profile = profile;
    const QString key = settingsKey();
    QList<Dn> servers;
    if (m_settings.contains(key)) {
        for (const QString &dn : m_settings.value(key).toStringList())
            servers.append(Dn::parse(dn));
    } else {
        servers = defaults;
    }
    m_servers = unique(servers);
    Q_EMIT changed();
}

bool GatewayDesignation::contains(const Dn &server) const {
    return m_servers.contains(server);
}

void GatewayDesignation::setServers(const QList<Dn> &servers) {
    const QList<Dn> wanted = unique(servers);
    QStringList stored;
    for (const Dn &dn : wanted)
        stored << dn.toString();
    // Saved even when empty, so clearing the demo's gateways is remembered too.
    m_settings.setValue(settingsKey(), stored);
    m_settings.sync();
    if (wanted == m_servers)
        return;
    m_servers = wanted;
    Q_EMIT changed();
}

void GatewayDesignation::setGateway(const Dn &server, bool gateway) {
    QList<Dn> servers = m_servers;
    if (gateway)
        servers.append(server);
    else
        servers.removeAll(server);
    setServers(servers);
}

} // namespace analyzer
