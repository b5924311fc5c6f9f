#include "ConnectionProfiles.h"

#include <algorithm>

namespace connectui {

namespace {

using directory::ConnectionSettings;

const QString ProfilesKey = QStringLiteral("connections");
const QString RecentKey = QStringLiteral("recentConnections");

QString bindName(ConnectionSettings::Bind bind) {
    switch (bind) {
    case ConnectionSettings::Bind::Anonymous:
        return QStringLiteral("anonymous");
    case ConnectionSettings::Bind::Simple:
        return QStringLiteral("simple");
    case ConnectionSettings::Bind::SaslExternal:
        return QStringLiteral("saslExternal");
    }
    return QString();
}

ConnectionSettings::Bind bindFromName(const QString &name) {
    if (name == QLatin1String("simple"))
        return ConnectionSettings::Bind::Simple;
    if (name == QLatin1String("saslExternal"))
        return ConnectionSettings::Bind::SaslExternal;
    return ConnectionSettings::Bind::Anonymous;
}

QString tlsName(ConnectionSettings::Tls tls) {
    switch (tls) {
    case ConnectionSettings::Tls::None:
        return QStringLiteral("none");
    case ConnectionSettings::Tls::StartTls:
        return QStringLiteral("startTls");
    case ConnectionSettings::Tls::Ldaps:
        return QStringLiteral("ldaps");
    }
    return QString();
}

ConnectionSettings::Tls tlsFromName(const QString &name) {
    if (name == QLatin1String("startTls"))
        return ConnectionSettings::Tls::StartTls;
    if (name == QLatin1String("ldaps"))
        return ConnectionSettings::Tls::Ldaps;
    return ConnectionSettings::Tls::None;
}

} // namespace

ConnectionProfiles::ConnectionProfiles(QObject *parent)
    : QObject(parent) {}

ConnectionProfiles::ConnectionProfiles(const QString &fileName, QSettings::Format format, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, format) {}

QList<ConnectionProfile> ConnectionProfiles::load() const {
    QList<ConnectionProfile> profiles;
    const int count = m_settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        const QString name = m_settings.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            continue;
        ConnectionSettings s;
        s.uri = m_settings.value(QStringLiteral("uri")).toString();
        s.baseDn = m_settings.value(QStringLiteral("baseDn")).toString();
        s.bind = bindFromName(m_settings.value(QStringLiteral("bind")).toString());
        s.bindDn = m_settings.value(QStringLiteral("bindDn")).toString();
        s.tls = tlsFromName(m_settings.value(QStringLiteral("tls")).toString());
        s.caFile = m_settings.value(QStringLiteral("caFile")).toString();
        s.verifyCertificate = m_settings.value(QStringLiteral("verifyCertificate"), true).toBool();
        s.timeoutSeconds = m_settings.value(QStringLiteral("timeoutSeconds"), s.timeoutSeconds).toInt();
        profiles.append(
            ConnectionProfile(name, s, m_settings.value(QStringLiteral("savePassword"), false).toBool()));
    }
    m_settings.endArray();
    std::sort(profiles.begin(), profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name().localeAwareCompare(b.name()) < 0;
    });
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const {
    const QList<ConnectionProfile> profiles = load();
    for (const ConnectionProfile &p : profiles) {
        if (p.name() == name.trimmed())
            return p;
    }
    return std::nullopt;
}

void ConnectionProfiles::save(const ConnectionProfile &profile) {
    if (profile.isNull())
        return;
    QList<ConnectionProfile> profiles = load();
    auto it = std::find_if(profiles.begin(), profiles.end(),
                           [&](const ConnectionProfile &p) { return p.name() == profile.name(); });
    if (it != profiles.end())
        *it = profile;
    else
        profiles.append(profile);
    write(profiles);
}

void ConnectionProfiles::remove(const QString &name) {
    QList<ConnectionProfile> profiles = load();
    profiles.removeIf([&](const ConnectionProfile &p) { return p.name() == name.trimmed(); });
    QStringList recent = recentNames();
    recent.removeAll(name.trimmed());
    writeRecentNames(recent);
    write(profiles);
}

QList<ConnectionProfile> ConnectionProfiles::recent() const {
    const QList<ConnectionProfile> profiles = load();
    QList<ConnectionProfile> result;
    for (const QString &name : recentNames()) {
        auto it = std::find_if(profiles.cbegin(), profiles.cend(),
                               [&](const ConnectionProfile &p) { return p.name() == name; });
        if (it != profiles.cend())
            result.append(*it);
        if (result.size() == MaxRecent)
            break;
    }
    return result;
}

void ConnectionProfiles::touch(const QString &name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    QStringList names = recentNames();
    names.removeAll(n);
    names.prepend(n);
    writeRecentNames(names.mid(0, MaxRecent));
    m_settings.sync();
    Q_EMIT changed();
}

void ConnectionProfiles::write(const QList<ConnectionProfile> &profiles) {
    m_settings.remove(ProfilesKey);
    m_settings.beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        const ConnectionSettings &s = p.settings();
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name());
        m_settings.setValue(QStringLiteral("uri"), s.uri);
        m_settings.setValue(QStringLiteral("baseDn"), s.baseDn);
        m_settings.setValue(QStringLiteral("bind"), bindName(s.bind));
        m_settings.setValue(QStringLiteral("bindDn"), s.bindDn);
        m_settings.setValue(QStringLiteral("tls"), tlsName(s.tls));
        m_settings.setValue(QStringLiteral("caFile"), s.caFile);
        m_settings.setValue(QStringLiteral("verifyCertificate"), s.verifyCertificate);
        m_settings.setValue(QStringLiteral("timeoutSeconds"), s.timeoutSeconds);
        m_settings.setValue(QStringLiteral("savePassword"), p.savePassword());
        // Deliberately no password: it belongs in the system keychain or nowhere.
    }
    m_settings.endArray();
    m_settings.sync();
    Q_EMIT changed();
}

QStringList ConnectionProfiles::recentNames() const {
    return m_settings.value(RecentKey).toStringList();
}

void ConnectionProfiles::writeRecentNames(const QStringList &names) {
    if (names.isEmpty())
        m_settings.remove(RecentKey);
    else
        m_settings.setValue(RecentKey, names);
}

} // namespace connectui
