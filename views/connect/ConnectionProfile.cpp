#include "ConnectionProfile.h"

#include <QUrl>

namespace connectui {

ConnectionProfile::ConnectionProfile(const QString &name, const directory::ConnectionSettings &settings,
                                     bool savePassword)
    : m_name(name.trimmed())
    , m_savePassword(savePassword) {
    setSettings(settings);
}

void ConnectionProfile::setSettings(const directory::ConnectionSettings &settings) {
    m_settings = settings;
    m_settings.password.clear();
}

QString ConnectionProfile::passwordKey(const QString &name, const directory::ConnectionSettings &settings) {
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    return settings.bindDn.trimmed() + QLatin1Char('@') + settings.uri.trimmed();
}

QString ConnectionProfile::defaultName(const directory::ConnectionSettings &settings) {
    const QString uri = settings.uri.trimmed();
    if (uri.isEmpty())
        return QString();
    if (uri.startsWith(QLatin1String("ldapi://"), Qt::CaseInsensitive))
        return tr("Local directory (ldapi)");
    const QUrl url(uri);
    if (!url.isValid() || url.host().isEmpty())
        return uri;
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

bool operator==(const ConnectionProfile &a, const ConnectionProfile &b) {
    const directory::ConnectionSettings &x = a.m_settings;
    const directory::ConnectionSettings &y = b.m_settings;
    return a.m_name == b.m_name && a.m_savePassword == b.m_savePassword && x.uri == y.uri &&
           x.baseDn == y.baseDn && x.bind == y.bind && x.bindDn == y.bindDn && x.tls == y.tls &&
           x.caFile == y.caFile && x.verifyCertificate == y.verifyCertificate &&
           x.timeoutSeconds == y.timeoutSeconds;
}

} // namespace connectui
