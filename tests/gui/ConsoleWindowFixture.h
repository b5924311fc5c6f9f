#pragma once

// A console window on a fresh private demo directory, for one test function: init() starts both
// and waits until the console is Live, cleanup() closes them. Each function so begins from the
// demo data and passes alone and in any order.

#include "DirectoryFixture.h"
#include "MainWindow.h"

#include <QMessageBox>

#include <memory>

class QAction;

namespace testsupport {

class ConsoleWindowFixture {
public:
    // Starts the directory and the window (with model testers on its models); false on failure.
    bool init(QObject *testers);
    void cleanup();

    MainWindow *window() const { return m_window.get(); }
    DirectoryFixture &directory() { return m_dir; }
    QAction *action(const char *id) const;
    // Whether an entry matching `filter` exists, read by a connection of its own.
    bool existsInDirectory(const QString &filter);
    // Answers the next message box of this object name with `button`; its text goes to *text.
    void answerNextBox(const QString &objectName, QMessageBox::StandardButton button,
                       QString *text = nullptr);

private:
    DirectoryFixture m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace testsupport
