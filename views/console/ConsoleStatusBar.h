#pragma once

// The console's status bar: where it is connected and as whom, the progress of a load (with
// Cancel), how many entries it holds and whether it follows the directory live.

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace console {
class DirectorySession;
}

namespace consoleui {

class ConsoleStatusBar : public QStatusBar {
    Q_OBJECT
public:
    ConsoleStatusBar(console::DirectorySession *session, QWidget *parent = nullptr);

    // Reads the session's state again.
    void update();
    // The demo's private server has stopped: it does not come back by itself (a session would say
    // "Reconnecting…"), it waits for Restart; the status bar says so, as the banner does.
    void setDemoStopped(bool stopped);

private:
    void scheduleCount();

    console::DirectorySession *m_session;
    QLabel *m_serverLabel;
    QLabel *m_identityLabel;
    QLabel *m_syncLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelLoad;
    bool m_countPending = false;
    bool m_demoStopped = false;
};

} // namespace consoleui
