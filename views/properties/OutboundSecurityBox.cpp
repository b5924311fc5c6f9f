#include "OutboundSecurityBox.h"

#include "Attributes.h"
#include "Entry.h"
#include "EntryEdit.h"
#include "FieldMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace properties {

using topology::OutboundSecurity;

OutboundSecurityBox::OutboundSecurityBox(QWidget *parent)
    : QGroupBox(tr("Outbound security"), parent) {
    m_anonymous = new QRadioButton(tr("&Anonymous access"), this);
    m_anonymous->setObjectName(QStringLiteral("anonymousRadio"));
    m_basic = new QRadioButton(tr("&Basic authentication (password sent in clear text)"), this);
    m_basic->setObjectName(QStringLiteral("basicRadio"));
    m_integrated = new QRadioButton(tr("&Integrated Windows authentication"), this);
    m_integrated->setObjectName(QStringLiteral("integratedRadio"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_anonymous, m_basic, m_integrated}) {
        group->addButton(r);
        connect(r, &QRadioButton::toggled, this, &OutboundSecurityBox::updateFields);
        connect(r, &QRadioButton::toggled, this, &OutboundSecurityBox::changed);
    }
    m_anonymous->setWhatsThis(tr("Connects to the remote server without authenticating."));
    m_basic->setWhatsThis(tr("Authenticates with an account name and password, sent unencrypted unless TLS "
                             "is on as well."));
    m_integrated->setWhatsThis(tr("Authenticates with a Windows account (NTLM or Kerberos)."));

    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("outboundAccountEdit"));
    m_account->setWhatsThis(
        tr("The account the remote server knows, such as DOMAIN\\relay or relay@example.com."));
    m_accountMessage = new widgets::FieldMessage(m_account, this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("outboundPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setWhatsThis(tr("Stored in the directory with the object, as Exchange stores it; anyone who "
                                "may read the object may read it."));
    for (QLineEdit *e : {m_account, m_password})
        connect(e, &QLineEdit::textChanged, this, &OutboundSecurityBox::changed);

    m_tls = new QCheckBox(tr("&TLS encryption (mail waits when the remote server does not offer it)"), this);
    m_tls->setObjectName(QStringLiteral("requireTlsCheck"));
    m_tls->setWhatsThis(tr("Requires TLS for outbound connections. Mail waits in the queue when the remote "
                           "server does not offer TLS."));
    connect(m_tls, &QCheckBox::toggled, this, &OutboundSecurityBox::changed);

    auto *accountForm = new QFormLayout;
    accountForm->setContentsMargins(20, 0, 0, 0);
    auto *accountLabel = new QLabel(tr("A&ccount:"), this);
    accountLabel->setBuddy(m_account);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    accountForm->addRow(accountLabel, m_accountMessage->withField());
    accountForm->addRow(passwordLabel, m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_anonymous);
    layout->addWidget(m_basic);
    layout->addWidget(m_integrated);
    layout->addLayout(accountForm);
    layout->addWidget(m_tls);
    m_anonymous->setChecked(true);
    updateFields();
}

void OutboundSecurityBox::updateFields() {
    const bool account = !m_anonymous->isChecked();
    m_account->setEnabled(account);
    m_password->setEnabled(account);
    if (!account)
        m_accountMessage->clear();
}

void OutboundSecurityBox::load(const directory::Entry &entry) {
    m_accountMessage->clear();
    m_loadedFlags = entry.integer(topology::attr::outboundSecurityFlag, 0);
    m_loadedAccount = entry.string(topology::attr::outboundSecurityUserName);
    m_loadedPassword = entry.string(topology::attr::outboundSecurityPassword);
    const OutboundSecurity s = OutboundSecurity::fromFlags(m_loadedFlags);
    switch (s.authentication()) {
    case OutboundSecurity::Authentication::Anonymous:
        m_anonymous->setChecked(true);
        break;
    case OutboundSecurity::Authentication::Basic:
        m_basic->setChecked(true);
        break;
    case OutboundSecurity::Authentication::Integrated:
        m_integrated->setChecked(true);
        break;
    }
    m_account->setText(m_loadedAccount);
    m_password->setText(m_loadedPassword);
    m_tls->setChecked(s.tls());
    updateFields();
}

OutboundSecurity OutboundSecurityBox::security() const {
    OutboundSecurity s = OutboundSecurity::fromFlags(m_loadedFlags);
    s.setAuthentication(m_basic->isChecked()        ? OutboundSecurity::Authentication::Basic
                        : m_integrated->isChecked() ? OutboundSecurity::Authentication::Integrated
                                                    : OutboundSecurity::Authentication::Anonymous);
    s.setTls(m_tls->isChecked());
    return s;
}

QString OutboundSecurityBox::problem() const {
    return OutboundSecurity::checkAccount(security().authentication(), m_account->text());
}

QString OutboundSecurityBox::validate() {
    return m_accountMessage->reportAndFocus(problem());
}

void OutboundSecurityBox::save(topology::EntryEdit &edit, const OutboundSecurity &s) const {
    const qint64 flags = s.toFlags(m_loadedFlags);
    if (flags != m_loadedFlags)
        edit.set(topology::attr::outboundSecurityFlag, QString::number(flags));
    // Anonymous needs no account: what was stored goes, so no password stays behind.
    const bool anonymous = s.authentication() == OutboundSecurity::Authentication::Anonymous;
    const QString account = anonymous ? QString() : m_account->text().trimmed();
    const QString password = anonymous ? QString() : m_password->text();
    if (account != m_loadedAccount)
        edit.set(topology::attr::outboundSecurityUserName, account);
    if (password != m_loadedPassword)
        edit.set(topology::attr::outboundSecurityPassword, password);
}

} // namespace properties
