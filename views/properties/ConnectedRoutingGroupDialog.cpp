#include "ConnectedRoutingGroupDialog.h"

#include "FieldMessage.h"
#include "Limit.h"
#include "NumberField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace properties {

ConnectedRoutingGroupDialog::ConnectedRoutingGroupDialog(const QList<Choice> &choices,
                                                         const QString &fixedName, int cost, QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
    , m_cost(new widgets::NumberField(topology::limits::Cost, this)) {
    setObjectName(QStringLiteral("connectedRoutingGroupDialog"));
    setWindowTitle(choices.isEmpty() ? tr("Modify Connected Routing Group")
                                     : tr("Add Connected Routing Group"));
    m_combo->setObjectName(QStringLiteral("routingGroupCombo"));
    if (choices.isEmpty()) {
        m_combo->addItem(fixedName);
        m_combo->setEnabled(false);
    }
    for (const Choice &c : choices)
        m_combo->addItem(c.name, c.key);
    m_comboMessage = new widgets::FieldMessage(m_combo, this);
    m_cost->setObjectName(QStringLiteral("costSpin"));
    m_cost->setValue(cost);
    m_cost->setWhatsThis(tr("From 1 to 100. Routing prefers the route with the lowest total cost."));
    m_costMessage = new widgets::FieldMessage(m_cost, this);

    auto *form = new QFormLayout;
    auto *rgLabel = new QLabel(tr("&Routing group:"), this);
    rgLabel->setBuddy(m_combo);
    auto *costLabel = new QLabel(tr("&Cost:"), this);
    costLabel->setBuddy(m_cost);
    form->addRow(rgLabel, m_comboMessage->withField());
    form->addRow(costLabel, m_costMessage->withField());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectedRoutingGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectedRoutingGroupDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ConnectedRoutingGroupDialog::chosenKey() const {
    return m_combo->currentData().toString();
}

int ConnectedRoutingGroupDialog::cost() const {
    return m_cost->value();
}

void ConnectedRoutingGroupDialog::accept() {
    if (m_combo->isEnabled() && m_combo->count() == 0) {
        m_comboMessage->reportAndFocus(tr("Every other routing group is on the list already."));
        return;
    }
    if (!m_costMessage->reportAndFocus(m_cost->problem()).isEmpty())
        return;
    QDialog::accept();
}

} // namespace properties
