#pragma once

// A route drawn left to right: the servers it passes (inside frames for their routing groups),
// the connector each hop leaves by on the arrow between them, and where the message leaves the
// organization (the smart hosts, or DNS) at the end.

#include "Route.h"

#include <QWidget>

namespace routingui {

class RouteDiagram : public QWidget {
    Q_OBJECT
public:
    explicit RouteDiagram(QWidget *parent = nullptr);

    void setRoute(const routing::Route &route);
    void clear();

    // What is drawn, for tests and accessibility: the boxes and the arrows' labels, in order.
    QStringList nodeLabels() const;
    QStringList edgeLabels() const;
    QStringList routingGroupLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Node {
        QString title;
        QStringList lines; // under the title: the virtual server, or the smart hosts
        QString routingGroup;
        bool endpoint = false; // outside the organization
    };
    struct Edge {
        QString label;
        QString icon;
    };

    QRect nodeRect(int index) const;

    QList<Node> m_nodes;
    QList<Edge> m_edges;
};

} // namespace routingui
