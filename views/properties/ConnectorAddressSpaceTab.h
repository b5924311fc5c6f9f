#pragma once

// Address Space tab of an SMTP connector: the address spaces (type, address, cost) and the connector
// scope, written back as routingList values with or without the Local: prefix.

#include "AddressSpace.h"
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
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

    // The routingList values save() would write.
    QStringList routingListValues() const;

private:
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
};

} // namespace properties
