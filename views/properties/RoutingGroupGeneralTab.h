#pragma once

// General tab of a routing group: its member servers with their roles, and which of them is the
// routing group master (msExchRoutingMasterDN), which the administrator chooses here.

#include "PropertyTab.h"

class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace widgets {
class FieldMessage;
}

namespace properties {

class RoutingGroupGeneralTab : public PropertyTab {
    Q_OBJECT
public:
    explicit RoutingGroupGeneralTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;

    QComboBox *masterCombo() const { return m_master; }
    QTreeWidget *membersList() const { return m_members; }

private:
    void updateRoles();

    QLineEdit *m_name;
    QComboBox *m_master;
    widgets::FieldMessage *m_masterMessage;
    QTreeWidget *m_members;
    QString m_shownMaster; // DN as stored
};

} // namespace properties
