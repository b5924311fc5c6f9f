#include "ConnectorAdvancedTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "MailAddress.h"
#include "OutboundSecurityBox.h"
#include "SmartHostList.h"
#include "SmtpConnector.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace properties {

using topology::SmtpConnector;

ConnectorAdvancedTab::ConnectorAdvancedTab(QWidget *parent)
    : PropertyTab(parent) {
    m_security = new OutboundSecurityBox(this);
    connect(m_security, &OutboundSecurityBox::changed, this, &PropertyTab::changed);

    m_heloCheck = new QCheckBox(tr("Send &HELO instead of EHLO"), this);
    m_heloCheck->setObjectName(QStringLiteral("heloCheck"));
    m_heloCheck->setWhatsThis(tr("Only for old mail servers that do not understand EHLO; HELO rules out TLS "
                                 "and other SMTP extensions."));
    connect(m_heloCheck, &QCheckBox::toggled, this, &PropertyTab::changed);
    auto *heloHint =
        new QLabel(tr("Only for old mail servers that do not understand EHLO; HELO rules out TLS and "
                      "other SMTP extensions."),
                   this);
    heloHint->setWordWrap(true);

    m_etrnCheck = new QCheckBox(tr("&Request ETRN/TURN when sending messages"), this);
    m_etrnCheck->setObjectName(QStringLiteral("etrnCheck"));
    m_etrnCheck->setWhatsThis(tr("After sending, asks the remote server to send the mail it holds for the "
                                 "domains below (ETRN)."));
    m_etrnDomainsEdit = new QLineEdit(this);
    m_etrnDomainsEdit->setObjectName(QStringLiteral("etrnDomainsEdit"));
    m_etrnDomainsEdit->setPlaceholderText(tr("example.com; branch.example.com"));
    m_etrnDomainsEdit->setWhatsThis(
        tr("The domains whose queued mail is asked for, separated by semicolons."));
    m_etrnDomainsMessage = new widgets::FieldMessage(m_etrnDomainsEdit, this);
    m_etrnServerEdit = new QLineEdit(this);
    m_etrnServerEdit->setObjectName(QStringLiteral("etrnServerEdit"));
    m_etrnServerEdit->setPlaceholderText(tr("the smart host"));
    m_etrnServerEdit->setWhatsThis(tr("Ask this server instead of the smart host: a host name or an IP "
                                      "address in square brackets."));
    m_etrnServerMessage = new widgets::FieldMessage(m_etrnServerEdit, this);
    connect(m_etrnCheck, &QCheckBox::toggled, this, &ConnectorAdvancedTab::updateEtrn);
    connect(m_etrnCheck, &QCheckBox::toggled, this, &PropertyTab::changed);
    for (QLineEdit *e : {m_etrnDomainsEdit, m_etrnServerEdit})
        connect(e, &QLineEdit::textChanged, this, &PropertyTab::changed);

    auto *heloBox = new QGroupBox(tr("Outbound connections"), this);
    auto *heloLayout = new QVBoxLayout(heloBox);
    heloLayout->addWidget(m_heloCheck);
    heloLayout->addWidget(heloHint);

    auto *etrnBox = new QGroupBox(tr("Queued mail at the remote server"), this);
    auto *etrnForm = new QFormLayout;
    auto *domainsLabel = new QLabel(tr("&Domains:"), this);
    domainsLabel->setBuddy(m_etrnDomainsEdit);
    auto *serverLabel = new QLabel(tr("From &server:"), this);
    serverLabel->setBuddy(m_etrnServerEdit);
    etrnForm->addRow(domainsLabel, m_etrnDomainsMessage->withField());
    etrnForm->addRow(serverLabel, m_etrnServerMessage->withField());
    auto *etrnLayout = new QVBoxLayout(etrnBox);
    etrnLayout->addWidget(m_etrnCheck);
    etrnLayout->addLayout(etrnForm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_security);
    layout->addWidget(heloBox);
    layout->addWidget(etrnBox);
    layout->addStretch();
    updateEtrn();
}

QString ConnectorAdvancedTab::title() const {
    return tr("Advanced");
}

void ConnectorAdvancedTab::updateEtrn() {
    m_etrnDomainsEdit->setEnabled(m_etrnCheck->isChecked());
    m_etrnServerEdit->setEnabled(m_etrnCheck->isChecked());
    if (!m_etrnCheck->isChecked()) {
        m_etrnDomainsMessage->clear();
        m_etrnServerMessage->clear();
    }
}

QStringList ConnectorAdvancedTab::domains() const {
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    return m_etrnDomainsEdit->text().split(separators, Qt::SkipEmptyParts);
}

void ConnectorAdvancedTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    const auto *connector = dynamic_cast<const SmtpConnector *>(&object);
    if (!connector)
        return;
    m_security->load(object.entry());
    m_heloCheck->setChecked(connector->outboundSecurity().helo());
    m_shownDomains = object.entry().strings(topology::attr::etrnDomains);
    m_shownServer = object.entry().string(topology::attr::trnSmartHost).trimmed();
    m_etrnCheck->setChecked(!m_shownDomains.isEmpty());
    m_etrnDomainsEdit->setText(m_shownDomains.join(QStringLiteral("; ")));
    m_etrnServerEdit->setText(m_shownServer);
    updateEtrn();
    m_etrnDomainsMessage->clear();
    m_etrnServerMessage->clear();
}

std::pair<QString, QString> ConnectorAdvancedTab::etrnProblems() const {
    QString domainProblem;
    QString serverProblem;
    if (m_etrnCheck->isChecked()) {
        const QStringList list = domains();
        if (list.isEmpty())
            domainProblem = tr("Enter at least one domain whose queued mail the remote server should send.");
        for (const QString &d : list) {
            if (!domainProblem.isEmpty())
                break;
            domainProblem = topology::MailAddress::checkDomain(d);
            if (domainProblem.isEmpty() && list.count(d) > 1)
                domainProblem = tr("%1 is listed twice.").arg(d);
        }
        const QString server = m_etrnServerEdit->text().trimmed();
        if (!server.isEmpty()) {
            topology::SmartHostList::SmartHost host;
            serverProblem = topology::SmartHostList::checkEntry(server, &host);
        }
    }
    return {domainProblem, serverProblem};
}

bool ConnectorAdvancedTab::isComplete() const {
    const auto [domainProblem, serverProblem] = etrnProblems();
    return domainProblem.isEmpty() && serverProblem.isEmpty() && m_security->problem().isEmpty();
}

QString ConnectorAdvancedTab::validate() {
    const auto [domainProblem, serverProblem] = etrnProblems();
    m_etrnDomainsMessage->report(domainProblem);
    m_etrnServerMessage->report(serverProblem);
    const QString security = m_security->validate();
    for (widgets::FieldMessage *m : {m_etrnDomainsMessage, m_etrnServerMessage})
        if (!m->text().isEmpty()) {
            m->focusField();
            return m->text();
        }
    return security;
}

void ConnectorAdvancedTab::save(topology::EntryEdit &edit) const {
    topology::OutboundSecurity security = m_security->security();
    security.setHelo(m_heloCheck->isChecked());
    m_security->save(edit, security);
    const bool etrn = m_etrnCheck->isChecked();
    const QStringList list = etrn ? domains() : QStringList();
    if (list != m_shownDomains)
        edit.set(topology::attr::etrnDomains, list);
    const QString server = etrn ? m_etrnServerEdit->text().trimmed() : QString();
    if (server != m_shownServer)
        edit.set(topology::attr::trnSmartHost, server);
}

} // namespace properties
