#pragma once

// The embedded demo directory behind --demo and File › Open Demo Organization: a private slapd
// with the demo organization, which the console connects to once it answers. Says in a user's
// words when it could not start or stopped by itself (how it ended and what it printed last), and
// starts it again on the same data, so the user's edits survive.

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
    // Starts slapd again on the same data, address and port after it stopped by itself.
    void restart();
    void stop();
    bool isRunning() const;
    // slapd ended by itself and can be restarted.
    bool hasStopped() const { return m_stopped; }
    // How it ended: "exit status 0", "killed by signal SIGKILL, Killed".
    QString exitDescription() const;
    // The administrator's connection to the running demo directory.
    directory::ConnectionSettings adminSettings() const;
    directory::LocalDirectory *directory() const { return m_directory; }

Q_SIGNALS:
    void progress(const QString &step);
    // The directory answers; connect with `settings`.
    void started(const directory::ConnectionSettings &settings);
    // After restart(): the directory answers again at the same address.
    void restarted();
    void failed(const QString &message);
    // slapd ended without being asked to: `message` says how, with what it printed last.
    void stoppedUnexpectedly(const QString &message);

private:
    void watch(directory::LocalDirectory *directory);
    static QString lastLines(const QString &output, int count);

    QPointer<directory::LocalDirectory> m_directory;
    bool m_stopped = false;
    bool m_restarting = false;
};

} // namespace console
