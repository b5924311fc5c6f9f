#include "InternetMailWizard.h"

#include "ConnectorGeneralTab.h"
#include "EquivalentCommand.h"
#include "ExchangeServer.h"
#include "GatewayPage.h"
#include "SmtpVirtualServer.h"
#include "TabPage.h"
#include "Topology.h"
#include "VirtualServerChecks.h"
#include "VirtualServerChoicePage.h"
#include "VirtualServerGeneralTab.h"

namespace wizards {

using topology::CreationPlanner;

InternetMailWizard::InternetMailWizard(console::DirectorySession *session, const directory::Dn &scope,
                                       QWidget *parent)
    : CreationWizard(session, parent)
    , m_virtualServerTab(new properties::VirtualServerGeneralTab)
    , m_routingTab(new properties::ConnectorGeneralTab) {
    setObjectName(QStringLiteral("internetMailWizard"));
    setWindowTitle(tr("Internet Mail Wizard"));

    m_gatewayPage = new GatewayPage(topology(), scope, this);
    setPage(Gateway, m_gatewayPage);
    m_virtualServerPage = new VirtualServerChoicePage(
        topology(), [this] { return m_gatewayPage->gateway(); }, this);
    setPage(VirtualServer, m_virtualServerPage);

    // The later pages start again only when the gateway changes, so going back keeps what was typed.
    const auto gatewayKey = [this] { return m_gatewayPage->gateway().key(); };
    auto *newServerPage = new TabPage(m_virtualServerTab, tr("New SMTP Virtual Server"),
                                      tr("Name the new virtual server and say where it listens."));
    newServerPage->setObjectName(QStringLiteral("newVirtualServerPage"));
    newServerPage->setStarter(gatewayKey, [this] {
        m_virtualServerDefaults = CreationPlanner::defaultVirtualServer(topology(), m_gatewayPage->gateway());
        m_virtualServerTab->startCreating(topology(), m_virtualServerDefaults);
    });
    setPage(NewVirtualServer, newServerPage);

    auto *routingPage = new TabPage(m_routingTab, tr("Routing"),
                                    tr("Send Internet mail straight to each domain (DNS), or through your "
                                       "provider's smart hosts."));
    routingPage->setObjectName(QStringLiteral("routingPage"));
    routingPage->setStarter(gatewayKey, [this] {
        const directory::Dn gateway = m_gatewayPage->gateway();
        const auto *server = topology().findAs<topology::ExchangeServer>(gateway);
        CreationPlanner::Connector defaults =
            CreationPlanner::defaultConnector(server ? server->homeRoutingGroup() : directory::Dn());
        defaults.name =
            CreationPlanner::internetMailConnectorName(topology(), defaults.routingGroup, gateway.rdnValue());
        m_routingTab->startCreating(topology(), defaults, true);
    });
    setPage(Routing, routingPage);
    addClosingPages();
}

int InternetMailWizard::nextId() const {
    switch (currentId()) {
    case VirtualServer:
        return m_virtualServerPage->createsNew() ? NewVirtualServer : Routing;
    case Routing:
        return Summary;
    default:
        return CreationWizard::nextId();
    }
}

CreationPlanner::InternetMail InternetMailWizard::spec() const {
    CreationPlanner::InternetMail spec;
    spec.gateway = m_gatewayPage->gateway();
    spec.virtualServer = m_virtualServerPage->virtualServer();
    if (spec.virtualServer.isEmpty()) {
        spec.newVirtualServer = m_virtualServerDefaults;
        m_virtualServerTab->fill(spec.newVirtualServer);
    }
    CreationPlanner::Connector connector;
    m_routingTab->fill(connector);
    spec.smartHosts = connector.smartHosts;
    return spec;
}

std::optional<CreationPlanner::Plan> InternetMailWizard::plan(CreationPlanner::Refusal *refusal) const {
    return CreationPlanner::plan(topology(), spec(), refusal);
}

QString InternetMailWizard::commandLine() const {
    return topology::EquivalentCommand::toShell(
        topology::EquivalentCommand::internetMail(topology(), connectionArguments(), spec()));
}

QStringList InternetMailWizard::summary() const {
    const CreationPlanner::InternetMail s = spec();
    QString virtualServer;
    if (const auto *vs = topology().findAs<topology::SmtpVirtualServer>(s.virtualServer))
        virtualServer = vs->displayName();
    else
        virtualServer = tr("a new one, “%1”, listening on %2")
                            .arg(s.newVirtualServer.name,
                                 topology::VirtualServerChecks::describe(s.newVirtualServer.binding));
    const auto *server = topology().findAs<topology::ExchangeServer>(s.gateway);
    const topology::DirectoryObject *group = server ? topology().find(server->homeRoutingGroup()) : nullptr;
    CreationPlanner::Refusal ignored;
    const std::optional<CreationPlanner::Plan> planned = plan(&ignored);
    return {tr("Gateway: %1").arg(s.gateway.rdnValue()),
            tr("Virtual server: %1").arg(virtualServer),
            tr("Connector: %1 in %2")
                .arg(planned ? planned->connectorName : QString(), group ? group->displayName() : QString()),
            tr("Address space: SMTP:* (cost 1) for the entire organization"),
            tr("Local bridgehead: that virtual server only"),
            tr("Routing: %1")
                .arg(s.smartHosts.isEmpty() ? tr("DNS") : tr("smart hosts %1").arg(s.smartHosts.toString()))};
}

} // namespace wizards
