#include "BridgeheadChooserDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace properties {

BridgeheadChooserDialog::BridgeheadChooserDialog(const QList<Choice> &choices, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("bridgeheadChooserDialog"));
    setWindowTitle(tr("Add Bridgehead"));

    auto *intro = new QLabel(tr("&Select the SMTP virtual servers to add as local bridgeheads:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("bridgeheadChoices"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    intro->setBuddy(m_list);
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(label(choice), m_list);
        item->setData(Qt::UserRole, choice.dn);
        item->setToolTip(choice.dn);
    }
    auto *empty =
        new QLabel(tr("Every SMTP virtual server of this routing group is already a bridgehead."), this);
    empty->setWordWrap(true);
    empty->setVisible(choices.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("dialogOkButton"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("dialogCancelButton"));
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this, ok] { ok->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &BridgeheadChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &BridgeheadChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BridgeheadChooserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    resize(420, 300);
}

QString BridgeheadChooserDialog::label(const Choice &choice) {
    return tr("%1 – %2").arg(choice.serverName, choice.virtualServerName);
}

QStringList BridgeheadChooserDialog::chosenDns() const {
    QStringList dns;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->isSelected())
            dns << item->data(Qt::UserRole).toString();
    }
    return dns;
}

} // namespace properties
