#pragma once

// Adds or edits one address space of an SMTP connector: type, address and cost, each checked by
// AddressSpace with the reason shown at the field. The scope is set for the whole connector on the tab.

#include "AddressSpace.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace widgets {
class FieldMessage;
}

namespace properties {

class AddressSpaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddressSpaceDialog(QWidget *parent = nullptr);

    void setAddressSpace(const topology::AddressSpace &space);
    // The address space as entered (organization scope); only meaningful after accept.
    topology::AddressSpace addressSpace() const { return m_space; }

    void accept() override;

private:
    QComboBox *m_typeCombo;
    QLineEdit *m_addressEdit;
    QSpinBox *m_costSpin;
    widgets::FieldMessage *m_typeMessage;
    widgets::FieldMessage *m_addressMessage;
    widgets::FieldMessage *m_costMessage;
    topology::AddressSpace m_space;
};

} // namespace properties
