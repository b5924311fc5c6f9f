#pragma once

// Pictures of real windows for people to look at: when BRIDGEHEAD_SCREENSHOT_DIR is set (run the
// test under xvfb-run with QT_QPA_PLATFORM=xcb), saves the widget as <dir>/<name>.png.

#include <QDir>
#include <QTest>
#include <QWidget>

namespace testsupport {

inline void saveScreenshot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("BRIDGEHEAD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->window()->grab().save(file))
        qWarning("Could not save %s", qPrintable(file));
}

} // namespace testsupport
