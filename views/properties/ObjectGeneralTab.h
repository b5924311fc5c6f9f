#pragma once

// General tab of the organization, an administrative group and the fixed containers (Servers,
// Routing Groups, Connectors …): what the object is and what it holds, counted from the
// organization as the console knows it; for the organization also its operation mode.

#include "PropertyTab.h"

class QFormLayout;
class QLabel;
class QLineEdit;

namespace properties {

class ObjectGeneralTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ObjectGeneralTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override { return QString(); }
    bool isComplete() const override { return true; }
    void save(topology::EntryEdit &) const override {}

    QLabel *contentsLabel() const { return m_contents; }

private:
    QLineEdit *m_name;
    QLabel *m_kind;
    QLabel *m_mode;
    QLabel *m_modeLabel;
    QLabel *m_contents;
};

} // namespace properties
