#pragma once

// Add… on an access list of the Access tab: a single computer (its IP address) or a group of
// computers (network address and subnet mask), checked by topology::IpAccessList at the fields.

#include "IpAccessList.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QRadioButton;

namespace widgets {
class FieldMessage;
}

namespace properties {

class IpAccessEntryDialog : public QDialog {
    Q_OBJECT
public:
    // `taken` says why an entry cannot be added to the list ("" when it can).
    IpAccessEntryDialog(std::function<QString(const topology::IpAccessList::Entry &)> taken,
                        QWidget *parent = nullptr);

    QRadioButton *singleRadio() const { return m_single; }
    QRadioButton *groupRadio() const { return m_group; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *maskEdit() const { return m_mask; }
    topology::IpAccessList::Entry entry() const { return m_entry; }
    void accept() override;

private:
    std::function<QString(const topology::IpAccessList::Entry &)> m_taken;
    QRadioButton *m_single;
    QRadioButton *m_group;
    QLineEdit *m_address;
    widgets::FieldMessage *m_addressMessage;
    QLineEdit *m_mask;
    widgets::FieldMessage *m_maskMessage;
    topology::IpAccessList::Entry m_entry;
};

} // namespace properties
