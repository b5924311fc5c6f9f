#include "OverlayIconEngine.h"

#include <QPainter>
#include <QPixmap>

namespace console {

OverlayIconEngine::OverlayIconEngine(const QIcon &base, const QIcon &emblem)
    : m_base(base)
    , m_emblem(emblem) {}

QIcon OverlayIconEngine::overlay(const QIcon &base, const QIcon &emblem) {
    return QIcon(new OverlayIconEngine(base, emblem));
}

void OverlayIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) {
    m_base.paint(painter, rect, Qt::AlignCenter, mode, state);
    // About three fifths of the icon, in its corner: large enough to read at 16 pixels.
    const int side = std::max(6, rect.width() * 5 / 8);
    const QRect corner(rect.right() + 1 - side, rect.bottom() + 1 - side, side, side);
    m_emblem.paint(painter, corner, Qt::AlignCenter, mode, state);
}

QPixmap OverlayIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) {
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *OverlayIconEngine::clone() const {
    return new OverlayIconEngine(m_base, m_emblem);
}

} // namespace console
