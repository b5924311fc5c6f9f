#include "GatewayPage.h"

#include "ExchangeServer.h"
#include "FieldMessage.h"
#include "Topology.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace wizards {

GatewayPage::GatewayPage(const topology::Topology &topology, const directory::Dn &scope, QWidget *parent)
    : QWizardPage(parent)
    , m_topology(topology) {
    setObjectName(QStringLiteral("gatewayPage"));
    setTitle(tr("Internet Mail Gateway"));
    setSubTitle(tr("Choose the server that sends and receives the organization's Internet mail."));

    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("gatewayCombo"));
    m_message = new widgets::FieldMessage(m_combo, this);
    QList<const topology::ExchangeServer *> servers =
        topology.objectsOfKindAs<topology::ExchangeServer>(topology::ObjectKind::Server);
    std::sort(servers.begin(), servers.end(), [](const auto *a, const auto *b) {
        return a->name().compare(b->name(), Qt::CaseInsensitive) < 0;
    });
    for (const topology::ExchangeServer *server : std::as_const(servers)) {
        if (!server->dn().isDescendantOf(scope))
            continue;
        const topology::DirectoryObject *group = topology.find(server->homeRoutingGroup());
        m_combo->addItem(group ? tr("%1 (%2)").arg(server->name(), group->displayName()) : server->name(),
                         QVariant::fromValue(server->dn()));
    }
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("gatewayDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Gateway server:"), this);
    label->setBuddy(m_combo);
    form->addRow(label, m_message->withField());
    form->addRow(QString(), m_details);
    auto *hint =
        new QLabel(tr("The wizard gives it an SMTP connector for all Internet mail (* at cost 1) with "
                      "one of its virtual servers as the only local bridgehead."),
                   this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    connect(m_combo, &QComboBox::currentIndexChanged, this, &GatewayPage::chosen);
    chosen();
}

directory::Dn GatewayPage::gateway() const {
    return m_combo->currentData().value<directory::Dn>();
}

QString GatewayPage::problem() const {
    if (m_combo->count() == 0)
        return tr("There is no Exchange server here.");
    const auto *server = m_topology.findAs<topology::ExchangeServer>(gateway());
    if (!server)
        return tr("This server is no longer in the directory.");
    if (!m_topology.find(server->homeRoutingGroup()))
        return tr("%1 belongs to no routing group, so no connector can send through it.").arg(server->name());
    return QString();
}

void GatewayPage::chosen() {
    const auto *server = m_topology.findAs<topology::ExchangeServer>(gateway());
    m_details->setText(server ? server->description() : QString());
    m_message->report(problem());
    Q_EMIT completeChanged();
}

bool GatewayPage::isComplete() const {
    return problem().isEmpty();
}

} // namespace wizards
