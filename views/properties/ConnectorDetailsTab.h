#pragma once

// Details tab of an SMTP connector: the administrator's description (adminDescription) and, read-only,
// where the connector lives in the directory (DN and object classes).

#include "PropertyTab.h"

class QLineEdit;
class QPlainTextEdit;

namespace properties {

class ConnectorDetailsTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorDetailsTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override { return true; } // any description is accepted
    void save(topology::EntryEdit &edit) const override;

private:
    QPlainTextEdit *m_descriptionEdit;
    QLineEdit *m_dnEdit;
    QLineEdit *m_objectClassEdit;
    QString m_shownDescription;
};

} // namespace properties
