#pragma once

// Connected Routing Groups tab of an SMTP connector: the routing groups the connector reaches when
// it links routing groups rather than leading to the Internet, each with a cost (connectedDomains).
// Values that cannot be read are listed as such and kept unless removed.

#include "ConnectedRoutingGroup.h"
#include "PropertyTab.h"

class QPushButton;
class QTreeWidget;

namespace properties {

class ConnectorConnectedRoutingGroupsTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorConnectedRoutingGroupsTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override { return true; } // rows are checked as they are added
    void save(topology::EntryEdit &edit) const override;

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *modifyButton() const { return m_modify; }
    QPushButton *removeButton() const { return m_remove; }
    // What Add… does once the user chose a routing group (by its DN) and a cost.
    void addRoutingGroup(const QString &routingGroupDn, int cost);
    // What Modify… does for the selected row.
    void setCost(int row, int cost);
    // The connectedDomains values as listed.
    QStringList values() const;

private:
    struct Candidate {
        QString dn;
        QString name;
        QString id; // its GUID when known, else its name
        QString organization;
        QString adminGroup;
    };

    void add();
    void modify();
    void removeSelected();
    void updateButtons();
    void appendRow(const QString &value, const QString &name, int cost, bool readable);
    QString nameFor(const topology::ConnectedRoutingGroup &group) const;

    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_modify;
    QPushButton *m_remove;
    QList<Candidate> m_candidates; // the organization's other routing groups
    QStringList m_shown;
};

} // namespace properties
