#pragma once

// The Internet Mail wizard (Action on the organization or an administrative group), for the common
// case in one flow: the gateway server, one of its SMTP virtual servers or a new one, DNS or smart
// hosts; then an SMTP connector in the gateway's routing group with * at cost 1, that virtual server
// as its only local bridgehead and the entire organization as scope. Everything it creates is one
// ChangeSet.

#include "CreationWizard.h"

namespace properties {
class ConnectorGeneralTab;
class VirtualServerGeneralTab;
} // namespace properties

namespace wizards {

class GatewayPage;
class TabPage;
class VirtualServerChoicePage;

class InternetMailWizard : public CreationWizard {
    Q_OBJECT
public:
    enum PageId { Gateway = 0, VirtualServer = 1, NewVirtualServer = 2, Routing = 3 };

    // `scope`: the organization or the administrative group whose servers are offered.
    InternetMailWizard(console::DirectorySession *session, const directory::Dn &scope,
                       QWidget *parent = nullptr);

    GatewayPage *gatewayPage() const { return m_gatewayPage; }
    VirtualServerChoicePage *virtualServerPage() const { return m_virtualServerPage; }
    properties::VirtualServerGeneralTab *virtualServerTab() const { return m_virtualServerTab; }
    properties::ConnectorGeneralTab *routingTab() const { return m_routingTab; }
    topology::CreationPlanner::InternetMail spec() const;

    int nextId() const override;
    std::optional<topology::CreationPlanner::Plan>
    plan(topology::CreationPlanner::Refusal *refusal) const override;
    QString commandLine() const override;
    QStringList summary() const override;

private:
    GatewayPage *m_gatewayPage;
    VirtualServerChoicePage *m_virtualServerPage;
    properties::VirtualServerGeneralTab *m_virtualServerTab;
    properties::ConnectorGeneralTab *m_routingTab;
    topology::CreationPlanner::VirtualServer m_virtualServerDefaults;
};

} // namespace wizards
