#pragma once

// Adds or edits one listening address of an SMTP virtual server (ESM's "Identification" dialog):
// IP address or "(All Unassigned)" and a TCP port, checked by ServerBinding before it closes.

#include "ServerBinding.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace widgets {
class FieldMessage;
}

namespace properties {

class BindingDialog : public QDialog {
    Q_OBJECT
public:
    explicit BindingDialog(QWidget *parent = nullptr);

    void setBinding(const topology::ServerBinding &binding);
    // The binding as entered; only meaningful after the dialog was accepted.
    topology::ServerBinding binding() const { return m_binding; }

    void accept() override;

private:
    QString enteredAddress() const;

    QComboBox *m_addressCombo;
    QSpinBox *m_portSpin;
    widgets::FieldMessage *m_addressMessage;
    widgets::FieldMessage *m_portMessage;
    topology::ServerBinding m_binding;
};

} // namespace properties
