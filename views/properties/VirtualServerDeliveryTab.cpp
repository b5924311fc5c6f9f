#include "VirtualServerDeliveryTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "ServerBinding.h"
#include "SmartHostList.h"
#include "SmtpVirtualServer.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace properties {

using topology::SmartHostList;

namespace {

// msExchSmtpSmartHostType: Exchange 2003 writes only these two.
const QString NoSmartHostType = QStringLiteral("0");
const QString SmartHostType = QStringLiteral("2");

} // namespace

VirtualServerDeliveryTab::VirtualServerDeliveryTab(QWidget *parent)
    : PropertyTab(parent) {
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("outgoingPortSpin"));
    m_portSpin->setRange(1, 65535);
    m_portMessage = new widgets::FieldMessage(m_portSpin, this);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &PropertyTab::changed);

    m_smartHostEdit = new QLineEdit(this);
    m_smartHostEdit->setObjectName(QStringLiteral("smartHostEdit"));
    m_smartHostEdit->setPlaceholderText(tr("none: deliver with DNS"));
    m_smartHostMessage = new widgets::FieldMessage(m_smartHostEdit, this);
    connect(m_smartHostEdit, &QLineEdit::textChanged, this, &PropertyTab::changed);

    auto *portForm = new QFormLayout;
    auto *portLabel = new QLabel(tr("Outbound &TCP port:"), this);
    portLabel->setBuddy(m_portSpin);
    portForm->addRow(portLabel, m_portMessage->withField());
    auto *portBox = new QGroupBox(tr("Outbound connections"), this);
    portBox->setLayout(portForm);

    auto *smartHostLabel = new QLabel(tr("&Smart host:"), this);
    smartHostLabel->setBuddy(m_smartHostEdit);
    auto *format = new QLabel(tr("Host names and IP addresses in square brackets, separated by semicolons, "
                                 "for example relay.example.net;[192.0.2.10]."),
                              this);
    format->setWordWrap(true);
    auto *note =
        new QLabel(tr("<b>Note:</b> set smart hosts on an SMTP connector instead. A smart host on the "
                      "virtual server applies to all mail it sends, including mail that a connector "
                      "routes elsewhere."),
                   this);
    note->setObjectName(QStringLiteral("smartHostNote"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::RichText);
    auto *smartHostForm = new QFormLayout;
    smartHostForm->addRow(smartHostLabel, m_smartHostMessage->withField());
    smartHostForm->addRow(QString(), format);
    auto *smartHostLayout = new QVBoxLayout;
    smartHostLayout->addLayout(smartHostForm);
    smartHostLayout->addWidget(note);
    auto *smartHostBox = new QGroupBox(tr("Advanced delivery"), this);
    smartHostBox->setLayout(smartHostLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(portBox);
    layout->addWidget(smartHostBox);
    layout->addStretch();
}

QString VirtualServerDeliveryTab::title() const {
    return tr("Delivery");
}

void VirtualServerDeliveryTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    m_portMessage->clear();
    m_smartHostMessage->clear();
    const auto *server = dynamic_cast<const topology::SmtpVirtualServer *>(&object);
    if (!server)
        return;
    m_shownPort = qBound(1, server->outgoingPort(), 65535);
    m_portSpin->setValue(m_shownPort);
    // The stored text, even if it does not parse: the user sees it and validate() says what is wrong.
    m_shownSmartHost = server->rawSmartHost().trimmed();
    m_smartHostEdit->setText(m_shownSmartHost);
    if (!m_shownSmartHost.isEmpty() && !server->smartHostValue().isValid())
        m_smartHostMessage->report(server->smartHostValue().error);
    m_shownSmartHostUsable = server->smartHostValue().isValid();
}

bool VirtualServerDeliveryTab::focusAttribute(const QString &attribute) {
    if (attribute.compare(topology::attr::smartHost, Qt::CaseInsensitive) == 0 ||
        attribute.compare(topology::attr::smartHostType, Qt::CaseInsensitive) == 0) {
        m_smartHostEdit->setFocus();
        return true;
    }
    if (attribute.compare(topology::attr::outgoingPort, Qt::CaseInsensitive) == 0) {
        m_portSpin->setFocus();
        return true;
    }
    return false;
}

QString VirtualServerDeliveryTab::portProblem() const {
    return topology::ServerBinding::validatePort(m_portSpin->value());
}

QString VirtualServerDeliveryTab::smartHostProblem() const {
    QString error;
    return SmartHostList::parse(m_smartHostEdit->text().trimmed(), &error) ? QString() : error;
}

bool VirtualServerDeliveryTab::isComplete() const {
    return portProblem().isEmpty() && smartHostProblem().isEmpty();
}

QString VirtualServerDeliveryTab::validate() {
    m_portMessage->report(portProblem());
    m_smartHostMessage->report(smartHostProblem());
    for (widgets::FieldMessage *message : {m_portMessage, m_smartHostMessage}) {
        if (!message->text().isEmpty()) {
            message->focusField();
            return message->text();
        }
    }
    return QString();
}

void VirtualServerDeliveryTab::save(topology::EntryEdit &edit) const {
    if (m_portSpin->value() != m_shownPort)
        edit.set(topology::attr::outgoingPort, QString::number(m_portSpin->value()));

    const QString text = m_smartHostEdit->text().trimmed();
    if (text == m_shownSmartHost && (m_shownSmartHostUsable || text.isEmpty()))
        return;
    const std::optional<SmartHostList> hosts = SmartHostList::parse(text);
    if (!hosts)
        return; // validate() refuses it; never write what does not parse
    const std::optional<SmartHostList> shown = SmartHostList::parse(m_shownSmartHost);
    if (shown && *shown == *hosts && m_shownSmartHostUsable)
        return; // only spacing or separators changed
    edit.set(topology::attr::smartHost, hosts->toString());
    edit.set(topology::attr::smartHostType, hosts->isEmpty() ? NoSmartHostType : SmartHostType);
}

} // namespace properties
