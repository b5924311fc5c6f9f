#pragma once

// Content Restrictions tab of an SMTP connector: the largest message the connector sends
// (delivContLength, KB, 1 to 2,097,151 as in ESM).

#include "PropertyTab.h"

class QCheckBox;

namespace widgets {
class FieldMessage;
class NumberField;
} // namespace widgets

namespace properties {

class ConnectorContentRestrictionsTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorContentRestrictionsTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;

private:
    QCheckBox *m_limitCheck;
    widgets::NumberField *m_sizeSpin;
    widgets::FieldMessage *m_sizeMessage;
    bool m_shownLimited = false;
    qint64 m_shownKb = 0;
};

} // namespace properties
