#pragma once

// General tab of a routing group connector: the routing group it reaches, its cost (1 to 100, the
// cost attribute), and its local and remote bridgeheads.

#include "PropertyTab.h"

class QLabel;
class QLineEdit;

namespace widgets {
class FieldMessage;
class NumberField;
} // namespace widgets

namespace properties {

class RoutingGroupConnectorGeneralTab : public PropertyTab {
    Q_OBJECT
public:
    explicit RoutingGroupConnectorGeneralTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;

    widgets::NumberField *costSpin() const { return m_cost; }

private:
    QLineEdit *m_name;
    QLabel *m_target;
    widgets::NumberField *m_cost;
    widgets::FieldMessage *m_costMessage;
    QLabel *m_local;
    QLabel *m_remote;
    int m_shownCost = 1;
};

} // namespace properties
