#include "IpAccessEntryDialog.h"

#include "FieldMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace properties {

using topology::IpAccessList;

IpAccessEntryDialog::IpAccessEntryDialog(std::function<QString(const IpAccessList::Entry &)> taken,
                                         QWidget *parent)
    : QDialog(parent)
    , m_taken(std::move(taken))
    , m_single(new QRadioButton(tr("&Single computer"), this))
    , m_group(new QRadioButton(tr("&Group of computers"), this))
    , m_address(new QLineEdit(this))
    , m_mask(new QLineEdit(this)) {
    setObjectName(QStringLiteral("ipAccessEntryDialog"));
    setWindowTitle(tr("Computer"));
    m_single->setObjectName(QStringLiteral("singleComputerRadio"));
    m_group->setObjectName(QStringLiteral("groupOfComputersRadio"));
    m_address->setObjectName(QStringLiteral("ipAddressEdit"));
    m_address->setPlaceholderText(tr("192.0.2.10"));
    m_mask->setObjectName(QStringLiteral("subnetMaskEdit"));
    m_mask->setPlaceholderText(tr("255.255.255.0"));
    m_addressMessage = new widgets::FieldMessage(m_address, this);
    m_maskMessage = new widgets::FieldMessage(m_mask, this);
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_single);
    kind->addButton(m_group);
    m_single->setChecked(true);
    m_mask->setEnabled(false);
    connect(m_group, &QRadioButton::toggled, m_mask, &QWidget::setEnabled);
    connect(m_group, &QRadioButton::toggled, m_maskMessage, &widgets::FieldMessage::clear);

    auto *form = new QFormLayout;
    auto *addressLabel = new QLabel(tr("IP &address:"), this);
    addressLabel->setBuddy(m_address);
    auto *maskLabel = new QLabel(tr("Subnet &mask:"), this);
    maskLabel->setBuddy(m_mask);
    form->addRow(addressLabel, m_addressMessage->withField());
    form->addRow(maskLabel, m_maskMessage->withField());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IpAccessEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IpAccessEntryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_single);
    layout->addWidget(m_group);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void IpAccessEntryDialog::accept() {
    const bool group = m_group->isChecked();
    if (group && m_mask->text().trimmed().isEmpty()) {
        m_maskMessage->reportAndFocus(tr("Enter the subnet mask of the group, such as 255.255.255.0."));
        return;
    }
    QString problem;
    const std::optional<IpAccessList::Entry> entry =
        IpAccessList::parseEntry(m_address->text(), group ? m_mask->text() : QString(), &problem);
    if (!entry) {
        // A mask that is no mask on its own is the mask's fault; anything else is the address's.
        const bool maskProblem =
            group && !IpAccessList::parseEntry(QStringLiteral("0.0.0.0"), m_mask->text());
        (maskProblem ? m_maskMessage : m_addressMessage)->reportAndFocus(problem);
        return;
    }
    if (const QString why = m_taken(*entry); !why.isEmpty()) {
        m_addressMessage->reportAndFocus(why);
        return;
    }
    m_entry = *entry;
    QDialog::accept();
}

} // namespace properties
