#include "ServerGeneralTab.h"

#include "ExchangeServer.h"
#include "ReadOnlyLook.h"
#include "RoutingGroup.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

ServerGeneralTab::ServerGeneralTab(QWidget *parent)
    : PropertyTab(parent)
    , m_name(new QLineEdit(this))
    , m_version(new QLabel(this))
    , m_fqdn(new QLabel(this))
    , m_routingGroup(new QLabel(this))
    , m_role(new QLabel(this))
    , m_description(new QLabel(this))
    , m_virtualServers(new QTreeWidget(this)) {
    m_name->setObjectName(QStringLiteral("nameEdit"));
    widgets::ReadOnlyLook::apply(m_name, tr("An Exchange server keeps the name it was installed with."));
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_fqdn->setObjectName(QStringLiteral("fqdnLabel"));
    m_routingGroup->setObjectName(QStringLiteral("routingGroupLabel"));
    m_role->setObjectName(QStringLiteral("roleLabel"));
    m_description->setObjectName(QStringLiteral("descriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_version, m_fqdn, m_routingGroup, m_role, m_description})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role->setWhatsThis(tr("The routing group master keeps the routing state of its group and passes it to "
                            "the other members."));
    m_virtualServers->setObjectName(QStringLiteral("virtualServersList"));
    m_virtualServers->setHeaderLabels({tr("SMTP virtual server"), tr("IP address and port")});
    m_virtualServers->setRootIsDecorated(false);
    m_virtualServers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("DNS name:"), m_fqdn);
    form->addRow(tr("Routing group:"), m_routingGroup);
    form->addRow(tr("Role in the routing group:"), m_role);
    form->addRow(tr("Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_virtualServers, 1);
}

QString ServerGeneralTab::title() const {
    return tr("General");
}

void ServerGeneralTab::load(const topology::Topology &topology, const topology::DirectoryObject &object) {
    const auto *server = dynamic_cast<const topology::ExchangeServer *>(&object);
    if (!server)
        return;
    m_name->setText(server->displayName());
    m_version->setText(server->version().isEmpty() ? tr("(not recorded)") : server->version());
    m_fqdn->setText(server->fqdn().isEmpty() ? tr("(not recorded)") : server->fqdn());
    const auto *rg = topology.findAs<topology::RoutingGroup>(server->homeRoutingGroup());
    m_routingGroup->setText(rg ? rg->displayName()
                            : server->homeRoutingGroup().isEmpty()
                                ? tr("(none)")
                                : tr("%1 (not found)").arg(server->homeRoutingGroup().toDisplayString()));
    m_role->setText(!rg                              ? tr("(no routing group)")
                    : rg->masterDn() == server->dn() ? tr("Master")
                                                     : tr("Member"));
    m_description->setText(server->description());
    m_virtualServers->clear();
    for (const topology::SmtpVirtualServer *vs : topology.virtualServersOf(server->dn())) {
        QStringList bindings;
        for (const topology::ServerBinding &b : vs->bindings())
            bindings << tr("%1 port %2").arg(b.displayAddress()).arg(b.port());
        auto *item = new QTreeWidgetItem(m_virtualServers);
        item->setText(0, vs->displayName());
        item->setText(1, bindings.join(QStringLiteral(", ")));
        item->setToolTip(1, item->text(1));
    }
    m_virtualServers->sortItems(0, Qt::AscendingOrder);
}

} // namespace properties
