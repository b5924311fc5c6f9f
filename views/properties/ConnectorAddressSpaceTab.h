#pragma once

// Address Space tab of an SMTP connector: the address spaces (type, address, cost) and the connector
// scope, written back as routingList values with or without the Local: prefix. In create mode (the
// wizards) it starts from SMTP:*;1 and says at once what is wrong with the list; the checks are
// ConnectorChecks'.

#include "AddressSpace.h"
#include "CreationPlanner.h"
#include "PropertyTab.h"

#include <optional>

class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace widgets {
class FieldMessage;
}

namespace properties {

class ConnectorAddressSpaceTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorAddressSpaceTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

    // The routingList values save() would write.
    QStringList routingListValues() const;

    // Create mode: the list and scope start from `defaults`.
    void startCreating(const topology::CreationPlanner::Connector &defaults);
    // The address spaces (organization scope, as entered) and the scope.
    void fill(topology::CreationPlanner::Connector &spec) const;

private:
    QString listProblem() const;
    void addAddressSpace();
    void editAddressSpace();
    void removeAddressSpace();
    void setItem(QTreeWidgetItem *item, const std::optional<topology::AddressSpace> &space,
                 const QString &raw);
    void listEdited();
    void updateButtons();
    topology::AddressSpace::Scope scope() const;

    QTreeWidget *m_list;
    widgets::FieldMessage *m_listMessage;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QRadioButton *m_organizationRadio;
    QRadioButton *m_routingGroupRadio;

    QStringList m_loadedValues;
    bool m_creating = false;
};

} // namespace properties
