#include "ConnectorAdvancedTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "SmtpConnector.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace properties {

using topology::SmtpConnector;

ConnectorAdvancedTab::ConnectorAdvancedTab(QWidget *parent)
    : PropertyTab(parent) {
    m_heloCheck = new QCheckBox(tr("Send &HELO instead of EHLO"), this);
    m_heloCheck->setObjectName(QStringLiteral("heloCheck"));
    m_requireTlsCheck = new QCheckBox(tr("Require &TLS (encrypt outbound connections)"), this);
    m_requireTlsCheck->setObjectName(QStringLiteral("requireTlsCheck"));
    for (QCheckBox *check : {m_heloCheck, m_requireTlsCheck})
        connect(check, &QCheckBox::toggled, this, &PropertyTab::changed);

    auto *heloHint =
        new QLabel(tr("Only for old mail servers that do not understand EHLO; HELO rules out TLS and "
                      "other SMTP extensions."),
                   this);
    heloHint->setWordWrap(true);
    auto *tlsHint =
        new QLabel(tr("Mail waits in the queue when the remote server does not offer TLS."), this);
    tlsHint->setWordWrap(true);

    auto *boxLayout = new QVBoxLayout;
    boxLayout->addWidget(m_heloCheck);
    boxLayout->addWidget(heloHint);
    boxLayout->addSpacing(8);
    boxLayout->addWidget(m_requireTlsCheck);
    boxLayout->addWidget(tlsHint);
    auto *box = new QGroupBox(tr("Outbound connections"), this);
    box->setLayout(boxLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addStretch();
}

QString ConnectorAdvancedTab::title() const {
    return tr("Advanced");
}

void ConnectorAdvancedTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    const auto *connector = dynamic_cast<const SmtpConnector *>(&object);
    if (!connector)
        return;
    m_loadedFlags = connector->outboundSecurityFlags();
    m_heloCheck->setChecked(connector->heloInsteadOfEhlo());
    m_requireTlsCheck->setChecked(connector->requireTls());
}

QString ConnectorAdvancedTab::validate() {
    return QString();
}

void ConnectorAdvancedTab::save(topology::EntryEdit &edit) const {
    qint64 flags = m_loadedFlags & ~(SmtpConnector::HeloInsteadOfEhloFlag | SmtpConnector::RequireTlsFlag);
    if (m_heloCheck->isChecked())
        flags |= SmtpConnector::HeloInsteadOfEhloFlag;
    if (m_requireTlsCheck->isChecked())
        flags |= SmtpConnector::RequireTlsFlag;
    if (flags != m_loadedFlags) // an absent flag reads as 0 and stays absent when nothing is set
        edit.set(topology::attr::outboundSecurityFlag, QString::number(flags));
}

} // namespace properties
