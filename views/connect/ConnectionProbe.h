#pragma once

// One short-lived check against a directory with settings that are not in use yet: "Test
// connection" (connect, bind, look up the base DN) or "Discover" (read the root DSE). It runs on a
// temporary Connection and never makes the GUI thread wait, also when cancelled or destroyed
// while the server is still answering.

#include "Connection.h"
#include "ConnectionSettings.h"
#include "DirectoryReply.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace connectui {

class ConnectionProbe : public QObject {
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // Binds with the settings; when they name a base DN, also checks that it exists.
    void testConnection(const directory::ConnectionSettings &settings);
    // Reads the root DSE: configurationNamingContext (Active Directory) and namingContexts.
    void discoverBaseDn(const directory::ConnectionSettings &settings);
    // Forgets the running check; no signal follows.
    void cancel();
    bool isBusy() const { return m_connection != nullptr; }

Q_SIGNALS:
    void testSucceeded(const QString &identity);
    void testFailed(const QString &message);
    // All naming contexts (the preferred one first) and the one to use.
    void discovered(const QStringList &namingContexts, const QString &preferred);
    void discoveryFailed(const QString &message);

private:
    directory::Connection *begin(const directory::ConnectionSettings &settings);
    void track(directory::DirectoryReply *reply, std::function<void(directory::DirectoryReply *)> handler);
    void release();

    QPointer<directory::Connection> m_connection;
    QPointer<directory::DirectoryReply> m_reply;
    quint64 m_generation = 0;
};

} // namespace connectui
