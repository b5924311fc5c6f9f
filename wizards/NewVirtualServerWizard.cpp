#include "NewVirtualServerWizard.h"

#include "EquivalentCommand.h"
#include "TabPage.h"
#include "Topology.h"
#include "VirtualServerChecks.h"
#include "VirtualServerGeneralTab.h"

namespace wizards {

using topology::CreationPlanner;

NewVirtualServerWizard::NewVirtualServerWizard(console::DirectorySession *session,
                                               const directory::Dn &server, QWidget *parent)
    : CreationWizard(session, parent)
    , m_defaults(CreationPlanner::defaultVirtualServer(topology(), server))
    , m_tab(new properties::VirtualServerGeneralTab) {
    setObjectName(QStringLiteral("newVirtualServerWizard"));
    setWindowTitle(tr("New SMTP Virtual Server"));
    m_tab->startCreating(topology(), m_defaults);
    auto *page =
        new TabPage(m_tab, tr("SMTP Virtual Server"),
                    tr("Name the new virtual server of %1 and say where it listens.").arg(server.rdnValue()));
    page->setObjectName(QStringLiteral("generalPage"));
    setPage(General, page);
    addClosingPages();
}

CreationPlanner::VirtualServer NewVirtualServerWizard::spec() const {
    CreationPlanner::VirtualServer spec = m_defaults;
    m_tab->fill(spec);
    return spec;
}

std::optional<CreationPlanner::Plan> NewVirtualServerWizard::plan(CreationPlanner::Refusal *refusal) const {
    return CreationPlanner::plan(topology(), spec(), refusal);
}

QString NewVirtualServerWizard::commandLine() const {
    return topology::EquivalentCommand::toShell(
        topology::EquivalentCommand::virtualServer(topology(), connectionArguments(), spec()));
}

QStringList NewVirtualServerWizard::summary() const {
    const CreationPlanner::VirtualServer s = spec();
    return {
        tr("Server: %1").arg(s.server.rdnValue()), tr("Name: %1").arg(s.name),
        tr("Listens on: %1").arg(topology::VirtualServerChecks::describe(s.binding)),
        tr("Fully qualified domain name: %1").arg(s.fqdn.isEmpty() ? tr("the server's DNS name") : s.fqdn)};
}

} // namespace wizards
