#include "RoutingGroupConnectorGeneralTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "Limit.h"
#include "NumberField.h"
#include "ReadOnlyLook.h"
#include "RoutingGroupConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace properties {

namespace {

QString virtualServerNames(const topology::Topology &topology, const QList<directory::Dn> &dns) {
    QStringList names;
    for (const directory::Dn &dn : dns) {
        const auto *vs = topology.findAs<topology::SmtpVirtualServer>(dn);
        const topology::DirectoryObject *server = vs ? topology.find(vs->serverDn()) : nullptr;
        names << (vs && server
                      ? RoutingGroupConnectorGeneralTab::tr("%1 – %2").arg(server->name(), vs->displayName())
                      : RoutingGroupConnectorGeneralTab::tr("%1 (not found)").arg(dn.toDisplayString()));
    }
    return names.join(QLatin1Char('\n'));
}

} // namespace

RoutingGroupConnectorGeneralTab::RoutingGroupConnectorGeneralTab(QWidget *parent)
    : PropertyTab(parent)
    , m_name(new QLineEdit(this))
    , m_target(new QLabel(this))
    , m_cost(new widgets::NumberField(topology::limits::Cost, this))
    , m_local(new QLabel(this))
    , m_remote(new QLabel(this)) {
    m_name->setObjectName(QStringLiteral("nameEdit"));
    widgets::ReadOnlyLook::apply(m_name,
                                 tr("To change the name, close this sheet and use Action › Rename (F2)."));
    m_target->setObjectName(QStringLiteral("targetLabel"));
    m_cost->setObjectName(QStringLiteral("costSpin"));
    m_cost->setWhatsThis(tr("From 1 to 100. Routing prefers the route with the lowest total cost."));
    m_costMessage = new widgets::FieldMessage(m_cost, this);
    connect(m_cost, &QSpinBox::valueChanged, this, &PropertyTab::changed);
    m_local->setObjectName(QStringLiteral("localBridgeheadsLabel"));
    m_remote->setObjectName(QStringLiteral("remoteBridgeheadsLabel"));
    for (QLabel *l : {m_target, m_local, m_remote})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *costLabel = new QLabel(tr("&Cost:"), this);
    costLabel->setBuddy(m_cost);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Connects to routing group:"), m_target);
    form->addRow(costLabel, m_costMessage->withField());
    form->addRow(tr("Local bridgeheads:"), m_local);
    form->addRow(tr("Remote bridgeheads:"), m_remote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
}

QString RoutingGroupConnectorGeneralTab::title() const {
    return tr("General");
}

void RoutingGroupConnectorGeneralTab::load(const topology::Topology &topology,
                                           const topology::DirectoryObject &object) {
    const auto *rgc = dynamic_cast<const topology::RoutingGroupConnector *>(&object);
    if (!rgc)
        return;
    m_name->setText(rgc->displayName());
    const topology::DirectoryObject *target = topology.find(rgc->destinationRoutingGroup());
    m_target->setText(target ? target->displayName() : rgc->destinationRoutingGroup().toDisplayString());
    m_shownCost = rgc->cost();
    m_cost->setStoredValue(m_shownCost);
    m_costMessage->clear();
    m_local->setText(rgc->bridgeheads().isEmpty() ? tr("(any server in the routing group)")
                                                  : virtualServerNames(topology, rgc->bridgeheads()));
    m_remote->setText(rgc->targetBridgeheads().isEmpty()
                          ? tr("(any server in the remote routing group)")
                          : virtualServerNames(topology, rgc->targetBridgeheads()));
}

bool RoutingGroupConnectorGeneralTab::isComplete() const {
    return m_cost->problem().isEmpty();
}

QString RoutingGroupConnectorGeneralTab::validate() {
    return m_costMessage->reportAndFocus(m_cost->problem());
}

void RoutingGroupConnectorGeneralTab::save(topology::EntryEdit &edit) const {
    if (m_cost->value() != m_shownCost && m_cost->problem().isEmpty())
        edit.set(topology::attr::cost, QString::number(m_cost->value()));
}

} // namespace properties
