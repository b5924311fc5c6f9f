#include "VirtualServerAccessTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "IpAccessListBox.h"
#include "SmtpVirtualServer.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace properties {

namespace attr = topology::attr;

VirtualServerAccessTab::VirtualServerAccessTab(QWidget *parent)
    : PropertyTab(parent) {
    m_anonymous = new QCheckBox(tr("&Anonymous access"), this);
    m_anonymous->setObjectName(QStringLiteral("anonymousAccessCheck"));
    m_anonymous->setWhatsThis(tr("Other mail servers connect without authenticating. Needed to receive mail "
                                 "from the Internet."));
    m_basic = new QCheckBox(tr("&Basic authentication (password sent in clear text)"), this);
    m_basic->setObjectName(QStringLiteral("basicAuthCheck"));
    m_basic->setWhatsThis(
        tr("Clients authenticate with a name and password, unencrypted unless they use TLS. "
           "The Exchange Server Analyzer warns about this on servers that are not Small "
           "Business Servers."));
    m_integrated = new QCheckBox(tr("&Integrated Windows authentication"), this);
    m_integrated->setObjectName(QStringLiteral("integratedAuthCheck"));
    m_integrated->setWhatsThis(tr("Clients authenticate with their Windows account (NTLM or Kerberos)."));
    m_authMessage = new QLabel(this);
    m_authMessage->setObjectName(QStringLiteral("authenticationMessage"));
    m_authMessage->setWordWrap(true);
    QPalette palette = m_authMessage->palette();
    palette.setColor(QPalette::WindowText, widgets::FieldMessage::errorColor());
    m_authMessage->setPalette(palette);
    m_authMessage->hide();
    for (QCheckBox *c : {m_anonymous, m_basic, m_integrated}) {
        connect(c, &QCheckBox::toggled, this, &PropertyTab::changed);
        connect(c, &QCheckBox::toggled, m_authMessage, &QLabel::hide);
    }

    m_connection = new IpAccessListBox(tr("Connection control"), QStringLiteral("connectionControl"),
                                       tr("&Only the list below"), tr("All e&xcept the list below"), this);
    m_connection->setWhatsThis(tr("Which computers may connect to this virtual server."));
    m_relay = new IpAccessListBox(tr("Relay restrictions"), QStringLiteral("relayRestrictions"),
                                  tr("O&nly the list below"), tr("All exc&ept the list below"), this);
    m_relay->setWhatsThis(tr("Which computers may send mail through this virtual server to other domains. "
                             "“All except the list below” with an empty list makes an open relay."));
    m_relayForAuth = new QCheckBox(
        tr("Allow all computers which successfully authenticate to &relay, regardless of the list"), this);
    m_relayForAuth->setObjectName(QStringLiteral("relayForAuthCheck"));
    for (IpAccessListBox *box : {m_connection, m_relay})
        connect(box, &IpAccessListBox::changed, this, &PropertyTab::changed);
    connect(m_relayForAuth, &QCheckBox::toggled, this, &PropertyTab::changed);

    auto *auth = new QGroupBox(tr("Authentication"), this);
    auto *authLayout = new QVBoxLayout(auth);
    authLayout->addWidget(m_anonymous);
    authLayout->addWidget(m_basic);
    authLayout->addWidget(m_integrated);
    authLayout->addWidget(m_authMessage);
    m_relay->layout()->addWidget(m_relayForAuth);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(auth);
    layout->addWidget(m_connection);
    layout->addWidget(m_relay);
    layout->addStretch();
}

QString VirtualServerAccessTab::title() const {
    return tr("Access");
}

qint64 VirtualServerAccessTab::flags() const {
    qint64 f = m_loadedFlags & ~DefaultFlags;
    if (m_anonymous->isChecked())
        f |= AnonymousFlag;
    if (m_basic->isChecked())
        f |= BasicFlag;
    if (m_integrated->isChecked())
        f |= IntegratedFlag;
    return f;
}

void VirtualServerAccessTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    const auto *server = dynamic_cast<const topology::SmtpVirtualServer *>(&object);
    if (!server)
        return;
    m_authMessage->hide();
    m_loadedFlags = object.entry().integer(attr::authenticationFlags, DefaultFlags);
    m_anonymous->setChecked(m_loadedFlags & AnonymousFlag);
    m_basic->setChecked(m_loadedFlags & BasicFlag);
    m_integrated->setChecked(m_loadedFlags & IntegratedFlag);
    m_connection->load(server->connectionControl());
    m_relay->load(server->relayRestrictions());
    // Absent means TRUE, Exchange's default.
    m_loadedRelayForAuth = object.entry()
                               .string(attr::relayForAuth, QStringLiteral("TRUE"))
                               .compare(QLatin1String("FALSE"), Qt::CaseInsensitive) != 0;
    m_relayForAuth->setChecked(m_loadedRelayForAuth);
}

bool VirtualServerAccessTab::isComplete() const {
    return m_anonymous->isChecked() || m_basic->isChecked() || m_integrated->isChecked();
}

QString VirtualServerAccessTab::validate() {
    if (!m_anonymous->isChecked() && !m_basic->isChecked() && !m_integrated->isChecked()) {
        const QString problem =
            tr("Choose at least one way for clients to connect; with none, nobody can send "
               "mail to this virtual server.");
        m_authMessage->setText(problem);
        m_authMessage->show();
        m_anonymous->setFocus();
        return problem;
    }
    m_authMessage->hide();
    return QString();
}

void VirtualServerAccessTab::save(topology::EntryEdit &edit) const {
    if (flags() != m_loadedFlags)
        edit.set(attr::authenticationFlags, QString::number(flags()));
    auto saveList = [&edit](const IpAccessListBox *box, const QString &attribute) {
        if (const std::optional<topology::IpAccessList> list = box->list(); list && box->isChanged())
            edit.setBytes(attribute, {list->toValue()});
    };
    saveList(m_connection, attr::ipSecurity);
    saveList(m_relay, attr::relayIpList);
    if (m_relayForAuth->isChecked() != m_loadedRelayForAuth)
        edit.set(attr::relayForAuth,
                 m_relayForAuth->isChecked() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
}

} // namespace properties
