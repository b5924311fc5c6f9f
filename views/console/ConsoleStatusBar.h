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

private:
    console::DirectorySession *m_session;
    QLabel *m_serverLabel;
    QLabel *m_identityLabel;
    QLabel *m_syncLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelLoad;
};

} // namespace consoleui
