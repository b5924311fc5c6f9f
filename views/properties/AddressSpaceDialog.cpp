#include "AddressSpaceDialog.h"

#include "FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace properties {

using topology::AddressSpace;

AddressSpaceDialog::AddressSpaceDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("addressSpaceDialog"));
    setWindowTitle(tr("Address Space Properties"));

    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("typeCombo"));
    m_typeCombo->setEditable(true); // other types are accepted as typed
    m_typeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_typeCombo->addItems(AddressSpace::knownTypes());
    m_typeMessage = new widgets::FieldMessage(m_typeCombo, this);

    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setMinimumWidth(260);
    m_addressMessage = new widgets::FieldMessage(m_addressEdit, this);

    // Wider than the valid range on purpose: a typed 0 or 101 is refused with the reason rather
    // than silently clamped.
    m_costSpin = new QSpinBox(this);
    m_costSpin->setObjectName(QStringLiteral("costSpin"));
    m_costSpin->setRange(0, 999);
    m_costMessage = new widgets::FieldMessage(m_costSpin, this);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &text, QWidget *field, widgets::FieldMessage *message) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, message->withField());
    };
    addRow(tr("&Type:"), m_typeCombo, m_typeMessage);
    addRow(tr("&Address:"), m_addressEdit, m_addressMessage);
    addRow(tr("&Cost:"), m_costSpin, m_costMessage);

    auto *hint = new QLabel(tr("For SMTP, type a domain such as contoso.com (its subdomains are included) or "
                               "* for all domains. Lower costs are preferred; the cost is from 1 to 100."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dialogOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("dialogCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddressSpaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddressSpaceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addWidget(buttons);

    setAddressSpace(AddressSpace());
}

void AddressSpaceDialog::setAddressSpace(const AddressSpace &space) {
    m_typeCombo->setCurrentText(space.type());
    m_addressEdit->setText(space.address());
    m_costSpin->setValue(space.cost());
    m_space = space;
}

void AddressSpaceDialog::accept() {
    const QString type = m_typeCombo->currentText().trimmed();
    const QString address = m_addressEdit->text().trimmed();
    const int cost = m_costSpin->value();

    // Every field shows its own reason; focus goes to the first one that is wrong.
    m_typeMessage->report(AddressSpace::validateType(type));
    m_addressMessage->report(m_typeMessage->text().isEmpty() ? AddressSpace::validateAddress(type, address)
                                                             : QString());
    m_costMessage->report(AddressSpace::validateCost(cost));
    for (widgets::FieldMessage *message : {m_typeMessage, m_addressMessage, m_costMessage}) {
        if (!message->text().isEmpty()) {
            message->focusField();
            return;
        }
    }

    QString error;
    const std::optional<AddressSpace> space =
        AddressSpace::create(type, address, cost, AddressSpace::Scope::Organization, &error);
    if (!space) {
        m_addressMessage->reportAndFocus(error);
        return;
    }
    m_space = *space;
    QDialog::accept();
}

} // namespace properties
