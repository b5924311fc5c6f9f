#pragma once

// Action › New › SMTP Connector… on a routing group's Connectors node: the connector's General tab
// in create mode (name, suggested once a bridgehead is chosen; local bridgeheads from the routing
// group's virtual servers; DNS or smart hosts), then its Address Space tab (SMTP:*;1 to start with,
// the scope), the summary and the result. Choosing no bridgehead is allowed only once the user has
// read what it means and said so. Finish creates the connector, and the routing group's
// CN=Connections first when it has none, as one ChangeSet.

#include "CreationWizard.h"

class QCheckBox;
class QLabel;

namespace properties {
class ConnectorAddressSpaceTab;
class ConnectorGeneralTab;
} // namespace properties

namespace wizards {

class TabPage;

class NewConnectorWizard : public CreationWizard {
    Q_OBJECT
public:
    enum PageId { General = 0, AddressSpace = 1 };

    // `bridgeheads` are chosen already (the analyzer's fix for a gateway without a connector).
    NewConnectorWizard(console::DirectorySession *session, const directory::Dn &routingGroup,
                       const QList<directory::Dn> &bridgeheads = {}, QWidget *parent = nullptr);

    properties::ConnectorGeneralTab *generalTab() const { return m_generalTab; }
    properties::ConnectorAddressSpaceTab *addressSpaceTab() const { return m_addressSpaceTab; }
    QCheckBox *noBridgeheadCheck() const { return m_noBridgeheadCheck; }
    topology::CreationPlanner::Connector spec() const;

    std::optional<topology::CreationPlanner::Plan>
    plan(topology::CreationPlanner::Refusal *refusal) const override;
    QString commandLine() const override;
    QStringList summary() const override;

private:
    void bridgeheadsChanged();

    topology::CreationPlanner::Connector m_defaults;
    properties::ConnectorGeneralTab *m_generalTab;
    properties::ConnectorAddressSpaceTab *m_addressSpaceTab;
    TabPage *m_generalPage;
    QLabel *m_noBridgeheadNote;
    QCheckBox *m_noBridgeheadCheck;
};

} // namespace wizards
