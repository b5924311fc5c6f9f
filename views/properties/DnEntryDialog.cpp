#include "DnEntryDialog.h"

#include "FieldMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace properties {

DnEntryDialog::DnEntryDialog(const QString &title, std::function<QString(const QString &)> check,
                             QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_edit(new QLineEdit(this)) {
    setObjectName(QStringLiteral("dnEntryDialog"));
    setWindowTitle(title);
    m_edit->setObjectName(QStringLiteral("dnEdit"));
    m_edit->setPlaceholderText(tr("CN=Partner Relay,OU=Contacts,DC=example,DC=com"));
    m_message = new widgets::FieldMessage(m_edit, this);
    auto *label = new QLabel(tr("&Distinguished name of the sender (a user, contact or group):"), this);
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DnEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DnEntryDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(m_message->withField());
    layout->addStretch();
    layout->addWidget(buttons);
    resize(540, sizeHint().height());
}

QString DnEntryDialog::dn() const {
    return m_edit->text().trimmed();
}

void DnEntryDialog::accept() {
    if (!m_message->reportAndFocus(m_check(dn())).isEmpty())
        return;
    QDialog::accept();
}

} // namespace properties
