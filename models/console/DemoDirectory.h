#pragma once

// The embedded demo directory behind --demo and File › Open Demo Organization: a private slapd
// with the demo organization, which the console connects to once it answers. Says in a user's
// words when it could not start or stopped by itself.

#include "ConnectionSettings.h"
#include "LocalDirectory.h"

#include <QObject>
#include <QPointer>

namespace console {

class DemoDirectory : public QObject {
    Q_OBJECT
public:
    explicit DemoDirectory(QObject *parent = nullptr);
    ~DemoDirectory() override;

    // Starts a new demo directory (fresh data); a running one is stopped first.
    void start();
    void stop();
    bool isRunning() const;
    // The administrator's connection to the running demo directory.
    directory::ConnectionSettings adminSettings() const;
    directory::LocalDirectory *directory() const { return m_directory; }

Q_SIGNALS:
    void progress(const QString &step);
    // The directory answers; connect with `settings`.
    void started(const directory::ConnectionSettings &settings);
    void failed(const QString &message);
    // slapd ended without being asked to: `message` says how, with what it printed last.
    void stoppedUnexpectedly(const QString &message);

private:
    QPointer<directory::LocalDirectory> m_directory;
};

} // namespace console
