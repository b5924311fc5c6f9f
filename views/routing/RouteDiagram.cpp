#include "RouteDiagram.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>

namespace routingui {

namespace {

constexpr int Margin = 12;
constexpr int NodeWidth = 200;
constexpr int NodeHeight = 58;
constexpr int Gap = 170;
constexpr int FramePadding = 12;
constexpr int FrameLabelHeight = 20;
constexpr int IconSize = 16;

} // namespace

RouteDiagram::RouteDiagram(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("routeDiagram"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RouteDiagram::clear() {
    m_nodes.clear();
    m_edges.clear();
    updateGeometry();
    update();
}

void RouteDiagram::setRoute(const routing::Route &route) {
    m_nodes.clear();
    m_edges.clear();
    if (route.hops.isEmpty()) {
        updateGeometry();
        update();
        return;
    }
    auto serverNode = [](const routing::RouteHop &hop) {
        Node node;
        node.title = hop.serverName;
        if (!hop.virtualServerName.isEmpty())
            node.lines = {hop.virtualServerName};
        node.routingGroup = hop.routingGroupName;
        return node;
    };
    m_nodes.append(serverNode(route.hops.first()));
    for (qsizetype i = 0; i < route.hops.size(); ++i) {
        const routing::RouteHop &hop = route.hops[i];
        Edge edge;
        switch (hop.via) {
        case routing::RouteHop::Via::Bridgehead:
            edge.label = tr("to its bridgehead");
            break;
        case routing::RouteHop::Via::RoutingGroupConnector:
            edge.label = hop.connectorName;
            edge.icon = QStringLiteral(":/icons/routing-group-connector.svg");
            break;
        case routing::RouteHop::Via::SmtpConnector:
            edge.label = hop.connectorName;
            edge.icon = QStringLiteral(":/icons/smtp-connector.svg");
            break;
        case routing::RouteHop::Via::VirtualServer:
            edge.label = tr("no connector: delivers itself");
            edge.icon = QStringLiteral(":/icons/virtual-server.svg");
            break;
        }
        m_edges.append(edge);
        if (hop.nextHop.kind() == routing::NextHop::Kind::Server && i + 1 < route.hops.size()) {
            m_nodes.append(serverNode(route.hops[i + 1]));
            continue;
        }
        Node end;
        end.endpoint = true;
        switch (hop.nextHop.kind()) {
        case routing::NextHop::Kind::SmartHosts:
            end.title =
                hop.nextHop.isFromVirtualServer() ? tr("Virtual server's smart host") : tr("Smart host");
            for (const routing::NextHop::Host &host : hop.nextHop.hosts())
                end.lines.append(host.toString());
            break;
        case routing::NextHop::Kind::Dns:
            end.title = tr("DNS");
            end.lines = {hop.nextHop.domain().isEmpty() ? tr("recipient's domain")
                                                        : tr("MX of %1").arg(hop.nextHop.domain())};
            break;
        case routing::NextHop::Kind::Server:
            end.title = hop.nextHop.serverName();
            break;
        case routing::NextHop::Kind::None:
            end.title = tr("Nowhere");
            break;
        }
        m_nodes.append(end);
    }
    updateGeometry();
    update();
}

QStringList RouteDiagram::nodeLabels() const {
    QStringList out;
    for (const Node &node : m_nodes)
        out.append((QStringList{node.title} + node.lines).join(QLatin1Char('\n')));
    return out;
}

QStringList RouteDiagram::edgeLabels() const {
    QStringList out;
    for (const Edge &edge : m_edges)
        out.append(edge.label);
    return out;
}

QStringList RouteDiagram::routingGroupLabels() const {
    QStringList out;
    for (const Node &node : m_nodes)
        if (!node.endpoint && (out.isEmpty() || out.last() != node.routingGroup))
            out.append(node.routingGroup);
    return out;
}

QRect RouteDiagram::nodeRect(int index) const {
    const int x = Margin + FramePadding + index * (NodeWidth + Gap);
    const int y = Margin + FrameLabelHeight + FramePadding;
    return QRect(x, y, NodeWidth, NodeHeight);
}

QSize RouteDiagram::sizeHint() const {
    const int count = int(std::max<qsizetype>(1, m_nodes.size()));
    return QSize(2 * (Margin + FramePadding) + count * NodeWidth + (count - 1) * Gap,
                 2 * Margin + FrameLabelHeight + 2 * FramePadding + NodeHeight);
}

QSize RouteDiagram::minimumSizeHint() const {
    return sizeHint();
}

void RouteDiagram::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (m_nodes.isEmpty())
        return;
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    // Routing group frames around runs of servers in the same routing group.
    for (int i = 0; i < m_nodes.size();) {
        if (m_nodes[i].endpoint) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < m_nodes.size() && !m_nodes[j + 1].endpoint &&
               m_nodes[j + 1].routingGroup == m_nodes[i].routingGroup)
            ++j;
        const QRect first = nodeRect(i);
        const QRect last = nodeRect(j);
        const QRect frame(first.left() - FramePadding, Margin,
                          last.right() - first.left() + 2 * FramePadding + 1,
                          FrameLabelHeight + 2 * FramePadding + NodeHeight);
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(28);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(fill);
        p.drawRoundedRect(frame, 6, 6);
        QIcon(QStringLiteral(":/icons/routing-group.svg"))
            .paint(&p, QRect(frame.left() + 6, frame.top() + 3, IconSize, IconSize));
        p.setPen(pal.color(QPalette::Text));
        const QRect label(frame.left() + 8 + IconSize, frame.top() + 2, frame.width() - 14 - IconSize,
                          FrameLabelHeight);
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_nodes[i].routingGroup, Qt::ElideRight, label.width()));
        i = j + 1;
    }

    // Arrows with the connector they leave by.
    for (int i = 0; i < m_edges.size() && i + 1 < m_nodes.size(); ++i) {
        const QRect from = nodeRect(i);
        const QRect to = nodeRect(i + 1);
        const int y = from.center().y() + 8;
        const QPoint a(from.right() + 4, y);
        const QPoint b(to.left() - 4, y);
        p.setPen(QPen(pal.color(QPalette::Text), 1.5));
        p.drawLine(a, b);
        QPainterPath head;
        head.moveTo(b);
        head.lineTo(b + QPoint(-8, -4));
        head.lineTo(b + QPoint(-8, 4));
        head.closeSubpath();
        p.fillPath(head, pal.color(QPalette::Text));
        const Edge &edge = m_edges[i];
        QRect text(a.x() + 6, from.top() - 4, b.x() - a.x() - 12, y - from.top());
        if (!edge.icon.isEmpty()) {
            QIcon(edge.icon).paint(&p, QRect(text.left(), text.bottom() - IconSize - 2, IconSize, IconSize));
            text.setLeft(text.left() + IconSize + 4);
        }
        p.setPen(pal.color(QPalette::Text));
        const QString label =
            fm.elidedText(edge.label, Qt::ElideMiddle, 2 * text.width() - fm.averageCharWidth() * 4);
        p.drawText(text, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, label);
    }

    // The boxes.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        const QRect box = nodeRect(i);
        if (node.endpoint) {
            p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
            p.setBrush(pal.color(QPalette::AlternateBase));
        } else {
            p.setPen(QPen(pal.color(QPalette::Text), 1));
            p.setBrush(pal.color(QPalette::Button));
        }
        p.drawRoundedRect(box, 4, 4);
        int textLeft = box.left() + 6;
        if (!node.endpoint) {
            QIcon(QStringLiteral(":/icons/server.svg"))
                .paint(&p, QRect(box.left() + 6, box.top() + 6, IconSize, IconSize));
            textLeft += IconSize + 4;
        }
        p.setPen(pal.color(QPalette::ButtonText));
        p.setFont(bold);
        const int width = box.right() - textLeft - 4;
        p.drawText(QRect(textLeft, box.top() + 4, width, boldMetrics.height() + 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   boldMetrics.elidedText(node.title, Qt::ElideRight, width));
        p.setFont(font());
        int y = box.top() + 6 + boldMetrics.height();
        const int maxLines = (box.bottom() - y) / fm.height();
        for (int l = 0; l < node.lines.size() && l < maxLines; ++l) {
            QString line = node.lines[l];
            if (l == maxLines - 1 && node.lines.size() > maxLines)
                line = tr("%1 and %n more", "", int(node.lines.size() - maxLines)).arg(line);
            p.drawText(QRect(box.left() + 6, y, box.width() - 12, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(line, Qt::ElideRight, box.width() - 12));
            y += fm.height();
        }
    }
}

} // namespace routingui
