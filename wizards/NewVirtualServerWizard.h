#pragma once

// Action › New › SMTP Virtual Server… on a server's SMTP node: the name (suggested as SMTP-<server>),
// one IP address (the server's addresses, one typed, or "(All Unassigned)") and port, and the FQDN
// (the server's by default), on the virtual server's own General tab in create mode; then the summary
// and the result. Finish creates a protocolCfgSMTPServer with the next free instance number and the
// Exchange defaults.

#include "CreationWizard.h"

namespace properties {
class VirtualServerGeneralTab;
}

namespace wizards {

class TabPage;

class NewVirtualServerWizard : public CreationWizard {
    Q_OBJECT
public:
    enum PageId { General = 0 };

    NewVirtualServerWizard(console::DirectorySession *session, const directory::Dn &server,
                           QWidget *parent = nullptr);

    properties::VirtualServerGeneralTab *generalTab() const { return m_tab; }
    // The settings as the pages hold them now.
    topology::CreationPlanner::VirtualServer spec() const;

    std::optional<topology::CreationPlanner::Plan>
    plan(topology::CreationPlanner::Refusal *refusal) const override;
    QString commandLine() const override;
    QStringList summary() const override;

private:
    topology::CreationPlanner::VirtualServer m_defaults;
    properties::VirtualServerGeneralTab *m_tab;
};

} // namespace wizards
