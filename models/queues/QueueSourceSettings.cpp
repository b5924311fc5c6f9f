#include "QueueSourceSettings.h"

#include <QUrl>

namespace queues {

namespace {

const QString RefreshKey = QStringLiteral("queues/refreshSeconds");
constexpr int DefaultRefreshSeconds = 120;

} // namespace

QueueSourceSettings::QueueSourceSettings(QObject *parent)
    : QObject(parent) {}

QueueSourceSettings::QueueSourceSettings(const QString &fileName, QSettings::Format format, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, format) {}

void QueueSourceSettings::setProfile(const QString &profile) {
    m_profile = profile;
}

QString QueueSourceSettings::groupKey() const {
    // One value per profile; the name may hold "/" and other characters QSettings keys do not.
    return QStringLiteral("queueSources/") + QString::fromLatin1(QUrl::toPercentEncoding(m_profile));
}

QVariantMap QueueSourceSettings::savedSources() const {
    return m_settings.value(groupKey()).toMap();
}

PostfixInstance QueueSourceSettings::source(const directory::Dn &server) const {
    const auto it = m_session.constFind(server.key());
    if (it != m_session.constEnd())
        return *it;
    if (m_profile.isEmpty())
        return PostfixInstance();
    return PostfixInstance::fromVariant(savedSources().value(server.key()).toMap());
}

bool QueueSourceSettings::isSessionSource(const directory::Dn &server) const {
    return m_session.contains(server.key());
}

void QueueSourceSettings::setSource(const directory::Dn &server, const PostfixInstance &instance) {
    if (m_profile.isEmpty() || instance.isNull())
        return;
    QVariantMap sources = savedSources();
    sources.insert(server.key(), instance.toVariant());
    m_settings.setValue(groupKey(), sources);
    m_settings.sync();
    Q_EMIT sourceChanged(server);
}

void QueueSourceSettings::removeSource(const directory::Dn &server) {
    QVariantMap sources = savedSources();
    if (sources.remove(server.key()) > 0) {
        m_settings.setValue(groupKey(), sources);
        m_settings.sync();
    }
    m_session.remove(server.key());
    Q_EMIT sourceChanged(server);
}

void QueueSourceSettings::setSessionSource(const directory::Dn &server, const PostfixInstance &instance) {
    if (instance.isNull())
        m_session.remove(server.key());
    else
        m_session.insert(server.key(), instance);
    Q_EMIT sourceChanged(server);
}

int QueueSourceSettings::refreshSeconds() const {
    return m_settings.value(RefreshKey, DefaultRefreshSeconds).toInt();
}

void QueueSourceSettings::setRefreshSeconds(int seconds) {
    seconds = std::max(seconds, 0);
    m_settings.setValue(RefreshKey, seconds);
    m_settings.sync();
    Q_EMIT refreshSecondsChanged(seconds);
}

} // namespace queues
