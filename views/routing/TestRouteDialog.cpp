#include "TestRouteDialog.h"

#include "ExchangeServer.h"
#include "FieldMessage.h"
#include "RecipientAddress.h"
#include "RouteDiagram.h"
#include "RouteResolver.h"
#include "Topology.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace routingui {

namespace {

// QTreeView sizes rows without knowing the column width, so wrapped text would be cut: give each
// row of `view` the height its text in `column` needs at the column's current width.
void fitRowsToWrappedText(QTreeWidget *view, int column) {
    const int width = view->header()->sectionSize(column) - 8;
    if (width <= 0)
        return;
    const QFontMetrics metrics(view->font());
    for (int row = 0; row < view->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = view->topLevelItem(row);
        const QRect needed =
            metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, item->text(column));
        item->setSizeHint(column, QSize(width, needed.height() + 6)); // an invalid size would be dropped
    }
}

void makeWrapping(QTreeWidget *view, int column) {
    view->setRootIsDecorated(false);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->header()->setStretchLastSection(true);
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, [view, column](int section) {
        if (section == column)
            fitRowsToWrappedText(view, column);
    });
}

} // namespace

TestRouteDialog::TestRouteDialog(topology::Topology *topology, const directory::Dn &server, QWidget *parent)
    : QDialog(parent)
    , m_topology(topology)
    , m_server(server) {
    setObjectName(QStringLiteral("testRouteDialog"));
    const auto *source = topology->findAs<topology::ExchangeServer>(server);
    const QString serverName = source ? source->displayName() : server.rdnValue();
    setWindowTitle(tr("Test Route from %1").arg(serverName));

    auto *from = new QLabel(serverName, this);
    from->setObjectName(QStringLiteral("fromLabel"));
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_recipient->setPlaceholderText(tr("user@contoso.com"));
    m_recipientMessage = new widgets::FieldMessage(m_recipient, this);
    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(QStringLiteral("testRouteButton"));
    m_testButton->setDefault(true);
    auto *recipientRow = new QWidget(this);
    auto *recipientLayout = new QHBoxLayout(recipientRow);
    recipientLayout->setContentsMargins(0, 0, 0, 0);
    recipientLayout->addWidget(m_recipient, 1);
    recipientLayout->addWidget(m_testButton);
    auto *form = new QFormLayout;
    form->addRow(tr("From:"), from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_recipient);
    form->addRow(toLabel, m_recipientMessage->withField(recipientRow));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("routeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(
        tr("Enter a recipient address and choose Test to see the route a message from %1 takes.")
            .arg(serverName));

    m_diagram = new RouteDiagram(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("routeDiagramArea"));
    scroll->setWidget(m_diagram);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedHeight(m_diagram->sizeHint().height() +
                           scroll->horizontalScrollBar()->sizeHint().height() + 4);

    m_hops = new QTreeWidget(this);
    m_hops->setObjectName(QStringLiteral("hopsView"));
    m_hops->setHeaderLabels({tr("Step"), tr("Server"), tr("Leaves by"), tr("Next hop"), tr("Why")});
    makeWrapping(m_hops, 4);

    m_rejected = new QTreeWidget(this);
    m_rejected->setObjectName(QStringLiteral("rejectedView"));
    m_rejected->setHeaderLabels({tr("Connector"), tr("Why not")});
    makeWrapping(m_rejected, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("dialogCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &TestRouteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(scroll);
    layout->addWidget(new QLabel(tr("Hops:"), this));
    layout->addWidget(m_hops, 2);
    layout->addWidget(new QLabel(tr("Connectors not taken:"), this));
    layout->addWidget(m_rejected, 1);
    layout->addWidget(buttons);
    resize(980, 640);

    connect(m_testButton, &QPushButton::clicked, this, &TestRouteDialog::test);
    connect(m_recipient, &QLineEdit::returnPressed, this, &TestRouteDialog::test);
    // The route shown is the directory's current one: work it out again after each change.
    connect(topology, &topology::Topology::changed, this, [this] {
        if (m_tested)
            display(routing::RouteResolver(*m_topology).resolve(m_server, m_route.recipient));
    });
    connect(topology, &topology::Topology::destroyed, this, &TestRouteDialog::close);
}

void TestRouteDialog::setRecipient(const QString &recipient) {
    m_recipient->setText(recipient);
}

bool TestRouteDialog::test() {
    QString error;
    if (!routing::RecipientAddress::parse(m_recipient->text(), &error)) {
        m_recipientMessage->reportAndFocus(error);
        return false;
    }
    m_recipientMessage->clear();
    if (!m_topology)
        return false;
    m_tested = true;
    display(routing::RouteResolver(*m_topology).resolve(m_server, m_recipient->text()));
    return true;
}

void TestRouteDialog::display(const routing::Route &route) {
    m_route = route;
    m_summary->setText(summary(route));
    m_diagram->setRoute(route);
    m_hops->clear();
    int step = 0;
    for (const routing::RouteHop &hop : route.hops) {
        QString leavesBy = hop.connectorName;
        if (hop.via == routing::RouteHop::Via::Bridgehead)
            leavesBy = tr("(to a bridgehead)");
        else if (hop.via == routing::RouteHop::Via::VirtualServer)
            leavesBy = tr("(no connector)");
        auto *item = new QTreeWidgetItem(
            m_hops, {QString::number(++step), hop.serverName, leavesBy, hop.nextHop.toString(), hop.reason});
        item->setToolTip(4, hop.reason);
    }
    m_rejected->clear();
    for (const routing::RejectedConnector &r : route.rejected) {
        auto *item = new QTreeWidgetItem(
            m_rejected, {r.fallback ? tr("%1 (fallback)").arg(r.connectorName) : r.connectorName, r.reason});
        item->setToolTip(1, r.reason);
    }
    for (QTreeWidget *view : {m_hops, m_rejected}) {
        for (int column = 0; column + 1 < view->columnCount(); ++column)
            view->resizeColumnToContents(column);
        fitRowsToWrappedText(view, view->columnCount() - 1);
    }
    Q_EMIT routeChanged();
}

QString TestRouteDialog::summary(const routing::Route &route) const {
    if (!route.isValid())
        return route.error;
    if (!route.usesConnector())
        return tr("No connector routes %1 from %2: its virtual server delivers the message itself.")
            .arg(route.domain, route.sourceName);
    const routing::RouteCandidate &chosen = route.candidates.first();
    QString text = tr("Mail from %1 to %2 leaves through %3, at cost %4.")
                       .arg(route.sourceName, route.recipient, chosen.connectorName)
                       .arg(chosen.totalCost());
    if (route.candidates.size() > 1)
        text += QLatin1Char(' ') + tr("If it cannot deliver: %1.").arg(route.candidates.at(1).connectorName);
    return text;
}

} // namespace routingui
