#pragma once

// Makes a window as tall as its wrapped text needs at the window's width. A window ignores its
// layout's height-for-width, so without this a message that wraps is clipped or squashes the fields
// around it.

#include <QObject>

class QWidget;

namespace widgets {

class WindowHeightFitter : public QObject {
    Q_OBJECT
public:
    // From now on `window` grows when its text needs more height, refits when its width changes,
    // and follows its text back down while it is at the fitted height (the user did not make it
    // taller). For dialogs whose messages come and go.
    static void keepFitted(QWidget *window);
    // Grows `window` now if its text needs more height than it has (a window kept fitted is refitted
    // instead). A hidden window is left alone: it sizes itself when shown.
    static void growToFit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowHeightFitter(QWidget *window);
    void fit();

    QWidget *m_window;
    int m_fittedHeight = 0;
};

} // namespace widgets
