#pragma once

// An icon drawn as another icon with a small emblem in its lower right corner (the console tree's
// Internet gateways), at whatever size the view asks for.

#include <QIcon>
#include <QIconEngine>

namespace console {

class OverlayIconEngine : public QIconEngine {
public:
    OverlayIconEngine(const QIcon &base, const QIcon &emblem);

    // The base icon with the emblem on it.
    static QIcon overlay(const QIcon &base, const QIcon &emblem);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;

private:
    QIcon m_base;
    QIcon m_emblem;
};

} // namespace console
