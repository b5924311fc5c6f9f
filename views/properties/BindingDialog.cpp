#include "BindingDialog.h"

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

using topology::ServerBinding;

namespace {

// "(All Unassigned)" exactly as ServerBinding shows it, so the combo and the list agree.
QString allUnassignedText() {
    return ServerBinding().displayAddress();
}

} // namespace

BindingDialog::BindingDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("bindingDialog"));
    setWindowTitle(tr("Identification"));

    m_addressCombo = new QComboBox(this);
    m_addressCombo->setObjectName(QStringLiteral("addressCombo"));
    m_addressCombo->setEditable(true);
    m_addressCombo->setInsertPolicy(QComboBox::NoInsert);
    m_addressCombo->addItem(allUnassignedText());
    m_addressCombo->setMinimumContentsLength(24);
    m_addressMessage = new widgets::FieldMessage(m_addressCombo, this);

    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(ServerBinding::DefaultPort);
    m_portMessage = new widgets::FieldMessage(m_portSpin, this);

    auto *form = new QFormLayout;
    auto *addressLabel = new QLabel(tr("&IP address:"), this);
    addressLabel->setBuddy(m_addressCombo);
    form->addRow(addressLabel, m_addressMessage->withField());
    auto *portLabel = new QLabel(tr("&TCP port:"), this);
    portLabel->setBuddy(m_portSpin);
    form->addRow(portLabel, m_portMessage->withField());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dialogOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("dialogCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BindingDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void BindingDialog::setBinding(const ServerBinding &binding) {
    m_addressCombo->setCurrentText(binding.displayAddress());
    m_portSpin->setValue(binding.port());
    m_binding = binding;
}

QString BindingDialog::enteredAddress() const {
    const QString text = m_addressCombo->currentText().trimmed();
    return text == allUnassignedText() ? QString() : text;
}

void BindingDialog::accept() {
    const QString address = enteredAddress();
    const QString addressProblem = m_addressMessage->reportAndFocus(ServerBinding::validateAddress(address));
    const QString portProblem = m_portMessage->report(ServerBinding::validatePort(m_portSpin->value()));
    if (!addressProblem.isEmpty())
        return;
    if (!portProblem.isEmpty()) {
        m_portSpin->setFocus(Qt::OtherFocusReason);
        return;
    }
    QString error;
    const std::optional<ServerBinding> binding =
        ServerBinding::create(address, m_portSpin->value(), m_binding.hostHeader(), &error);
    if (!binding) {
        m_addressMessage->reportAndFocus(error);
        return;
    }
    m_binding = *binding;
    QDialog::accept();
}

} // namespace properties
