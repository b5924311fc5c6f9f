#include "WindowHeightFitter.h"

#include <QEvent>
#include <QLayout>
#include <QResizeEvent>
#include <QWidget>

namespace widgets {

namespace {

int neededHeight(const QWidget *window) {
    const QLayout *layout = window->layout();
    if (!layout)
        return 0;
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                       : layout->totalMinimumSize().height();
}

WindowHeightFitter *fitterOf(const QWidget *window) {
    return window->findChild<WindowHeightFitter *>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

WindowHeightFitter::WindowHeightFitter(QWidget *window)
    : QObject(window)
    , m_window(window) {
    window->installEventFilter(this);
}

void WindowHeightFitter::keepFitted(QWidget *window) {
    if (!fitterOf(window))
        new WindowHeightFitter(window);
}

void WindowHeightFitter::growToFit(QWidget *window) {
    QLayout *layout = window->layout();
    if (!window->isVisible() || !layout)
        return;
    // The text just changed: lay it out now rather than at the next event loop pass.
    layout->activate();
    if (WindowHeightFitter *fitter = fitterOf(window)) {
        fitter->fit();
        return;
    }
    const int needed = neededHeight(window);
    if (needed > window->height())
        window->resize(window->width(), needed);
}

bool WindowHeightFitter::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_window) {
        if (event->type() == QEvent::LayoutRequest) {
            fit();
        } else if (event->type() == QEvent::Resize) {
            const auto *resize = static_cast<const QResizeEvent *>(event);
            if (resize->size().width() != resize->oldSize().width())
                fit(); // the text wraps differently now
        }
    }
    return QObject::eventFilter(watched, event);
}

void WindowHeightFitter::fit() {
    const int needed = neededHeight(m_window);
    if (needed <= 0 || needed == m_fittedHeight)
        return;
    const bool followed = m_window->height() == m_fittedHeight;
    m_fittedHeight = needed;
    m_window->setMinimumHeight(needed);
    if (followed || m_window->height() < needed)
        m_window->resize(m_window->width(), needed);
}

} // namespace widgets
