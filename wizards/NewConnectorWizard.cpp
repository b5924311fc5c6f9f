#include "NewConnectorWizard.h"

#include "ConnectorAddressSpaceTab.h"
#include "ConnectorChecks.h"
#include "ConnectorGeneralTab.h"
#include "EquivalentCommand.h"
#include "FieldMessage.h"
#include "SmtpVirtualServer.h"
#include "TabPage.h"
#include "Topology.h"

#include <QCheckBox>
#include <QLabel>

namespace wizards {

using topology::CreationPlanner;

NewConnectorWizard::NewConnectorWizard(console::DirectorySession *session, const directory::Dn &routingGroup,
                                       const QList<directory::Dn> &bridgeheads, QWidget *parent)
    : CreationWizard(session, parent)
    , m_defaults(CreationPlanner::defaultConnector(routingGroup))
    , m_generalTab(new properties::ConnectorGeneralTab)
    , m_addressSpaceTab(new properties::ConnectorAddressSpaceTab) {
    setObjectName(QStringLiteral("newConnectorWizard"));
    setWindowTitle(tr("New SMTP Connector"));
    m_defaults.bridgeheads = bridgeheads;
    const topology::DirectoryObject *group = topology().find(routingGroup);
    const QString groupName = group ? group->displayName() : routingGroup.rdnValue();

    m_generalTab->startCreating(topology(), m_defaults);
    m_generalPage =
        new TabPage(m_generalTab, tr("SMTP Connector"),
                    tr("Name the connector for %1, choose the virtual servers that send through it "
                       "and how it routes.")
                        .arg(groupName));
    m_generalPage->setObjectName(QStringLiteral("generalPage"));
    m_noBridgeheadNote = new QLabel(topology::ConnectorChecks::noBridgeheadRisk(), m_generalPage);
    m_noBridgeheadNote->setObjectName(QStringLiteral("noBridgeheadNote"));
    m_noBridgeheadNote->setWordWrap(true);
    QPalette palette = m_noBridgeheadNote->palette();
    palette.setColor(QPalette::WindowText, widgets::FieldMessage::errorColor());
    m_noBridgeheadNote->setPalette(palette);
    m_noBridgeheadCheck =
        new QCheckBox(tr("&Let any server of the routing group send through this connector"), m_generalPage);
    m_noBridgeheadCheck->setObjectName(QStringLiteral("noBridgeheadCheck"));
    m_generalPage->addBelow(m_noBridgeheadNote);
    m_generalPage->addBelow(m_noBridgeheadCheck);
    m_generalPage->setExtraCondition(
        [this] { return !m_generalTab->bridgeheadDns().isEmpty() || m_noBridgeheadCheck->isChecked(); });
    connect(m_noBridgeheadCheck, &QCheckBox::toggled, m_generalPage, &QWizardPage::completeChanged);
    connect(m_generalTab, &properties::ConnectorGeneralTab::bridgeheadsChanged, this,
            &NewConnectorWizard::bridgeheadsChanged);
    setPage(General, m_generalPage);

    m_addressSpaceTab->startCreating(m_defaults);
    auto *spacesPage =
        new TabPage(m_addressSpaceTab, tr("Address Space"),
                    tr("Mail to these domains goes through the connector. * is every domain."));
    spacesPage->setObjectName(QStringLiteral("addressSpacePage"));
    setPage(AddressSpace, spacesPage);
    addClosingPages();
    bridgeheadsChanged();
}

void NewConnectorWizard::bridgeheadsChanged() {
    const bool none = m_generalTab->bridgeheadDns().isEmpty();
    m_noBridgeheadNote->setVisible(none);
    m_noBridgeheadCheck->setVisible(none);
    if (!none)
        m_noBridgeheadCheck->setChecked(false); // asked again if the list is emptied later
    Q_EMIT m_generalPage->completeChanged();
}

CreationPlanner::Connector NewConnectorWizard::spec() const {
    CreationPlanner::Connector spec = m_defaults;
    m_generalTab->fill(spec);
    m_addressSpaceTab->fill(spec);
    spec.allowNoBridgehead = spec.bridgeheads.isEmpty() && m_noBridgeheadCheck->isChecked();
    return spec;
}

std::optional<CreationPlanner::Plan> NewConnectorWizard::plan(CreationPlanner::Refusal *refusal) const {
    return CreationPlanner::plan(topology(), spec(), refusal);
}

QString NewConnectorWizard::commandLine() const {
    return topology::EquivalentCommand::toShell(
        topology::EquivalentCommand::connector(topology(), connectionArguments(), spec()));
}

QStringList NewConnectorWizard::summary() const {
    const CreationPlanner::Connector s = spec();
    const topology::DirectoryObject *group = topology().find(s.routingGroup);
    QStringList bridgeheads;
    for (const directory::Dn &dn : s.bridgeheads) {
        const auto *vs = topology().findAs<topology::SmtpVirtualServer>(dn);
        bridgeheads << (vs ? tr("%1 – %2").arg(vs->serverDn().rdnValue(), vs->displayName())
                           : dn.toDisplayString());
    }
    QStringList spaces;
    for (const topology::AddressSpace &space : s.addressSpaces)
        spaces << tr("%1:%2 (cost %3)").arg(space.type(), space.address()).arg(space.cost());
    return {tr("Routing group: %1").arg(group ? group->displayName() : s.routingGroup.rdnValue()),
            tr("Name: %1").arg(s.name),
            tr("Local bridgeheads: %1")
                .arg(bridgeheads.isEmpty() ? tr("none (any server of the routing group may send)")
                                           : bridgeheads.join(QStringLiteral(", "))),
            tr("Address spaces: %1").arg(spaces.join(QStringLiteral(", "))),
            tr("Scope: %1")
                .arg(s.scope == topology::AddressSpace::Scope::RoutingGroup ? tr("Routing group")
                                                                            : tr("Entire organization")),
            tr("Routing: %1")
                .arg(s.smartHosts.isEmpty() ? tr("DNS") : tr("smart hosts %1").arg(s.smartHosts.toString()))};
}

} // namespace wizards
