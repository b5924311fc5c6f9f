#include "VirtualServerChoicePage.h"

#include "CreationPlanner.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"
#include "VirtualServerChecks.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>


namespace wizards {

VirtualServerChoicePage::VirtualServerChoicePage(const topology::Topology &topology,
                                                 std::function<directory::Dn()> gateway, QWidget *parent)
    : QWizardPage(parent)
    , m_topology(topology)
    , m_gateway(std::move(gateway)) {
    setObjectName(QStringLiteral("virtualServerPage"));
    setTitle(tr("SMTP Virtual Server"));
    setSubTitle(tr("Choose the virtual server of the gateway that sends the mail."));
    m_existingRadio = new QRadioButton(tr("&Use an existing virtual server:"), this);
    m_existingRadio->setObjectName(QStringLiteral("existingVirtualServerRadio"));
    m_newRadio = new QRadioButton(tr("&Create a new SMTP virtual server"), this);
    m_newRadio->setObjectName(QStringLiteral("newVirtualServerRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_existingRadio);
    group->addButton(m_newRadio);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("virtualServerCombo"));
    connect(m_existingRadio, &QRadioButton::toggled, m_combo, &QWidget::setEnabled);
    connect(m_existingRadio, &QRadioButton::toggled, this, &QWizardPage::completeChanged);

    auto *comboRow = new QHBoxLayout;
    comboRow->addSpacing(20);
    comboRow->addWidget(m_combo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_existingRadio);
    layout->addLayout(comboRow);
    layout->addWidget(m_newRadio);
    layout->addStretch();
}

void VirtualServerChoicePage::initializePage() {
    const directory::Dn gateway = m_gateway();
    if (gateway == m_filledFor && m_combo->count() > 0)
        return; // the same gateway: keep the choice
    m_filledFor = gateway;
    m_combo->clear();
    QList<const topology::SmtpVirtualServer *> servers = m_topology.virtualServersOf(gateway);
    topology::SmtpVirtualServer::sortByInstance(servers);
    for (const topology::SmtpVirtualServer *vs : std::as_const(servers)) {
        QStringList bindings;
        for (const topology::ServerBinding &binding : vs->bindings())
            bindings << topology::VirtualServerChecks::describe(binding);
        m_combo->addItem(tr("%1 (%2)").arg(vs->displayName(), bindings.join(QStringLiteral(", "))),
                         QVariant::fromValue(vs->dn()));
    }
    // One of them rather than a new one, as an administrator expects: a gateway's virtual servers
    // usually hold port 25 already, so a new one would need an address or port of its own.
    const directory::Dn preferred = topology::CreationPlanner::preferredVirtualServer(m_topology, gateway);
    for (int i = 0; i < m_combo->count(); ++i)
        if (m_combo->itemData(i).value<directory::Dn>() == preferred)
            m_combo->setCurrentIndex(i);
    m_existingRadio->setEnabled(!servers.isEmpty());
    (servers.isEmpty() ? m_newRadio : m_existingRadio)->setChecked(true);
    m_combo->setEnabled(m_existingRadio->isChecked());
    Q_EMIT completeChanged();
}

bool VirtualServerChoicePage::isComplete() const {
    return m_newRadio->isChecked() || (m_existingRadio->isChecked() && m_combo->currentIndex() >= 0);
}

bool VirtualServerChoicePage::createsNew() const {
    return m_newRadio->isChecked();
}

directory::Dn VirtualServerChoicePage::virtualServer() const {
    return createsNew() ? directory::Dn() : m_combo->currentData().value<directory::Dn>();
}

} // namespace wizards
