#pragma once

// Content Restrictions tab of an SMTP connector: the largest message the connector sends (delivContLength,
// KB).

#include "PropertyTab.h"

class QCheckBox;
class QSpinBox;

namespace properties {

class ConnectorContentRestrictionsTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorContentRestrictionsTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override { return true; } // the spin box only holds valid values
    void save(topology::EntryEdit &edit) const override;

private:
    QCheckBox *m_limitCheck;
    QSpinBox *m_sizeSpin;
    bool m_shownLimited = false;
    int m_shownKb = 0;
};

} // namespace properties
