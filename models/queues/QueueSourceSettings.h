#pragma once

// Which queue source each server has, kept per connection profile in the user's settings (like
// the saved connections), plus sources set for this session only (the demo's private Postfix
// instances), and how often the queue viewer refreshes. A server without a source has no queues
// to show until someone sets one.

#include "Dn.h"
#include "PostfixInstance.h"

#include <QHash>
#include <QObject>
#include <QSettings>

namespace queues {

class QueueSourceSettings : public QObject {
    Q_OBJECT
public:
    // The profile the demo organization's sources are kept under (its address changes each run).
    static QString demoProfile() { return QStringLiteral("--demo"); }

    // The user's settings (the application's organization and name).
    explicit QueueSourceSettings(QObject *parent = nullptr);
    // A settings file of its own, e.g. a temporary file in tests.
    QueueSourceSettings(const QString &fileName, QSettings::Format format, QObject *parent = nullptr);

    // The connection the console is on: its profile name, or a name for an unnamed connection.
    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }

    // This session's source for the server if one was set, else the saved one; null if none.
    PostfixInstance source(const directory::Dn &server) const;
    bool isSessionSource(const directory::Dn &server) const;
    // Saved under the current profile.
    void setSource(const directory::Dn &server, const PostfixInstance &instance);
    void removeSource(const directory::Dn &server);
    // For this session only, under any profile; null removes it.
    void setSessionSource(const directory::Dn &server, const PostfixInstance &instance);

    // Seconds between automatic refreshes (ESM's default: 2 minutes; 0: off).
    int refreshSeconds() const;
    void setRefreshSeconds(int seconds);

Q_SIGNALS:
    void sourceChanged(const directory::Dn &server);
    void refreshSecondsChanged(int seconds);

private:
    QString groupKey() const;
    QVariantMap savedSources() const;

    mutable QSettings m_settings;
    QString m_profile;
    QHash<QString, PostfixInstance> m_session; // by server DN key
};

} // namespace queues
