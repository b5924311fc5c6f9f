#pragma once

// Read-only General tab for objects without a property sheet of their own: name, kind, description
// and every attribute of the entry as loaded.

#include "PropertyTab.h"

class QLabel;
class QTreeWidget;

namespace properties {

class GenericTab : public PropertyTab {
    Q_OBJECT
public:
    explicit GenericTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override { return true; } // nothing here is edited
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

private:
    QLabel *m_nameLabel;
    QLabel *m_kindLabel;
    QLabel *m_descriptionLabel;
    QTreeWidget *m_attributesList;
};

} // namespace properties
