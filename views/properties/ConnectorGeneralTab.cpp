#include "ConnectorGeneralTab.h"

#include "Attributes.h"
#include "ConnectorChecks.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "SmartHostList.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

using topology::SmartHostList;

namespace {

constexpr int DnRole = Qt::UserRole;

} // namespace

ConnectorGeneralTab::ConnectorGeneralTab(QWidget *parent)
    : PropertyTab(parent) {
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setReadOnly(true);
    m_nameMessage = new widgets::FieldMessage(m_nameEdit, this);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });

    m_dnsRadio = new QRadioButton(tr("&Use DNS to route to each address space"), this);
    m_dnsRadio->setObjectName(QStringLiteral("useDnsRadio"));
    m_forwardRadio =
        new QRadioButton(tr("&Forward all mail through this connector to the following smart hosts"), this);
    m_forwardRadio->setObjectName(QStringLiteral("forwardRadio"));
    auto *routing = new QButtonGroup(this);
    routing->addButton(m_dnsRadio);
    routing->addButton(m_forwardRadio);
    connect(m_forwardRadio, &QRadioButton::toggled, this, &ConnectorGeneralTab::routingChanged);

    m_smartHostEdit = new QLineEdit(this);
    m_smartHostEdit->setObjectName(QStringLiteral("smartHostEdit"));
    m_smartHostEdit->setPlaceholderText(tr("relay.example.net;[192.0.2.10]"));
    m_smartHostMessage = new widgets::FieldMessage(m_smartHostEdit, this);
    connect(m_smartHostEdit, &QLineEdit::textChanged, this, &PropertyTab::changed);

    m_bridgeheadsList = new QTreeWidget(this);
    m_bridgeheadsList->setObjectName(QStringLiteral("bridgeheadsList"));
    m_bridgeheadsList->setHeaderLabels({tr("Server"), tr("Virtual server")});
    m_bridgeheadsList->setRootIsDecorated(false);
    m_bridgeheadsList->setUniformRowHeights(true);
    m_bridgeheadsList->header()->setStretchLastSection(true);
    m_bridgeheadsList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_bridgeheadsList, &QTreeWidget::itemSelectionChanged, this, &ConnectorGeneralTab::updateButtons);

    m_addButton = new QPushButton(tr("A&dd…"), this);
    m_addButton->setObjectName(QStringLiteral("addBridgeheadButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeBridgeheadButton"));
    connect(m_addButton, &QPushButton::clicked, this, &ConnectorGeneralTab::addBridgeheads);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectorGeneralTab::removeBridgehead);

    auto *nameForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    nameForm->addRow(nameLabel, m_nameMessage->withField());

    auto *smartHostCell = new QHBoxLayout;
    smartHostCell->addSpacing(20); // indented under its radio button, as in ESM
    smartHostCell->addLayout(m_smartHostMessage->withField());
    auto *routingLayout = new QVBoxLayout;
    routingLayout->addWidget(m_dnsRadio);
    routingLayout->addWidget(m_forwardRadio);
    routingLayout->addLayout(smartHostCell);
    auto *routingBox = new QGroupBox(tr("Routing"), this);
    routingBox->setLayout(routingLayout);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *bridgeheadRow = new QHBoxLayout;
    bridgeheadRow->addWidget(m_bridgeheadsList, 1);
    bridgeheadRow->addLayout(buttons);
    m_bridgeheadBox = new QGroupBox(tr("Local bridgeheads"), this);
    m_bridgeheadBox->setLayout(bridgeheadRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addWidget(routingBox);
    layout->addWidget(m_bridgeheadBox, 1);
    layout->addStretch(); // the room the bridgeheads take, when they are not asked (Internet Mail wizard)
    m_dnsRadio->setChecked(true);
    routingChanged();
}

QString ConnectorGeneralTab::title() const {
    return tr("General");
}

void ConnectorGeneralTab::load(const topology::Topology &topology, const topology::DirectoryObject &object) {
    m_candidates.clear();
    m_bridgeheadsList->clear();
    m_smartHostMessage->clear();
    const auto *connector = dynamic_cast<const topology::SmtpConnector *>(&object);
    if (!connector)
        return;
    m_nameEdit->setText(connector->name());

    // The raw text, so a value that does not parse is shown (and refused by validate()) rather than
    // silently turned into DNS routing.
    m_shownSmartHost = connector->rawSmartHosts();
    m_smartHostEdit->setText(m_shownSmartHost);
    (m_shownSmartHost.isEmpty() ? m_dnsRadio : m_forwardRadio)->setChecked(true);
    routingChanged();
    if (!m_shownSmartHost.isEmpty() && !connector->smartHostValue().isValid())
        m_smartHostMessage->report(connector->smartHostValue().error); // shown as it is, with the reason

    for (const topology::SmtpVirtualServer *server :
         topology.virtualServersInRoutingGroup(connector->routingGroupDn())) {
        const topology::DirectoryObject *host = topology.find(server->serverDn());
        const QString serverName = host ? host->name() : server->serverDn().rdnValue();
        m_candidates.append({server->dn().toString(), serverName, server->displayName()});
    }
    // Every stored value is kept, including DNs the topology does not know.
    for (const QString &dn : object.entry().strings(topology::attr::sourceBridgeheads))
        appendBridgehead(dn);
    updateButtons();
}

void ConnectorGeneralTab::startCreating(const topology::Topology &topology,
                                        const topology::CreationPlanner::Connector &defaults,
                                        bool fixedNameAndBridgeheads) {
    m_creating = true;
    m_topology = &topology;
    m_routingGroup = defaults.routingGroup;
    m_candidates.clear();
    m_bridgeheadsList->clear();
    m_nameEdit->setReadOnly(fixedNameAndBridgeheads);
    m_nameEdit->setText(defaults.name);
    m_nameTyped = !defaults.name.isEmpty();
    m_shownSmartHost.clear();
    m_smartHostEdit->setText(defaults.smartHosts.toString());
    (defaults.smartHosts.isEmpty() ? m_dnsRadio : m_forwardRadio)->setChecked(true);
    for (const topology::SmtpVirtualServer *server : topology.virtualServersInRoutingGroup(m_routingGroup)) {
        const topology::DirectoryObject *host = topology.find(server->serverDn());
        const QString serverName = host ? host->name() : server->serverDn().rdnValue();
        m_candidates.append({server->dn().toString(), serverName, server->displayName()});
    }
    for (const directory::Dn &dn : defaults.bridgeheads)
        appendBridgehead(dn.toString());
    m_bridgeheadBox->setVisible(!fixedNameAndBridgeheads);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ConnectorGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &ConnectorGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &PropertyTab::changed, Qt::UniqueConnection);
    connect(m_smartHostEdit, &QLineEdit::textChanged, this, &ConnectorGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_smartHostEdit, &QLineEdit::textEdited, this, &ConnectorGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_forwardRadio, &QRadioButton::toggled, this, &ConnectorGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(this, &ConnectorGeneralTab::bridgeheadsChanged, this, &ConnectorGeneralTab::suggestName,
            Qt::UniqueConnection);
    suggestName();
    updateButtons();
    showProblems();
}

void ConnectorGeneralTab::suggestName() {
    // "SMTP Connector for GW1" once a bridgehead is chosen, until the user types a name of their own.
    if (!m_creating || m_nameTyped || !m_topology || m_nameEdit->isReadOnly())
        return;
    const QStringList dns = bridgeheadDns();
    if (dns.isEmpty())
        return;
    const directory::Dn first = directory::Dn::parse(dns.first());
    const topology::DirectoryObject *server = m_topology->find(first.parent().parent().parent());
    const QString serverName = server ? server->name() : first.parent().parent().parent().rdnValue();
    m_nameEdit->setText(
        topology::CreationPlanner::suggestedConnectorName(*m_topology, m_routingGroup, serverName));
}

void ConnectorGeneralTab::fill(topology::CreationPlanner::Connector &spec) const {
    spec.name = m_nameEdit->text();
    spec.bridgeheads.clear();
    for (const QString &dn : bridgeheadDns())
        spec.bridgeheads.append(directory::Dn::parse(dn));
    spec.smartHosts = SmartHostList();
    if (m_forwardRadio->isChecked())
        if (const std::optional<SmartHostList> hosts =
                SmartHostList::parse(m_smartHostEdit->text().trimmed()))
            spec.smartHosts = *hosts;
}

void ConnectorGeneralTab::appendBridgehead(const QString &dn) {
    auto *item = new QTreeWidgetItem(m_bridgeheadsList);
    item->setData(0, DnRole, dn);
    item->setToolTip(0, dn);
    item->setToolTip(1, dn);
    const directory::Dn parsed = directory::Dn::parse(dn);
    for (const BridgeheadChooserDialog::Choice &candidate : m_candidates) {
        if (parsed.isValid() && directory::Dn::parse(candidate.dn) == parsed) {
            item->setText(0, candidate.serverName);
            item->setText(1, candidate.virtualServerName);
            return;
        }
    }
    // Not a virtual server of this routing group (moved, deleted, or another group's): keep it and say so.
    const topology::SmtpVirtualServer unknown(topology::ObjectKind::VirtualServer, parsed,
                                              directory::Entry(dn));
    item->setText(0, parsed.isValid() && parsed.depth() > 3 ? unknown.serverDn().rdnValue() : dn);
    item->setText(1, tr("(not a virtual server of this routing group)"));
}

void ConnectorGeneralTab::addBridgeheads() {
    QList<BridgeheadChooserDialog::Choice> available;
    const QStringList chosen = bridgeheadDns();
    for (const BridgeheadChooserDialog::Choice &candidate : m_candidates) {
        const directory::Dn dn = directory::Dn::parse(candidate.dn);
        const bool already = std::any_of(chosen.cbegin(), chosen.cend(), [&dn](const QString &value) {
            return directory::Dn::parse(value) == dn;
        });
        if (!already)
            available.append(candidate);
    }
    auto *dialog = new BridgeheadChooserDialog(available, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList dns = dialog->chosenDns();
        for (const QString &dn : dns)
            appendBridgehead(dn);
        if (!dns.isEmpty()) {
            updateButtons();
            Q_EMIT bridgeheadsChanged();
            Q_EMIT changed();
        }
    });
    dialog->open();
}

void ConnectorGeneralTab::removeBridgehead() {
    delete m_bridgeheadsList->currentItem();
    updateButtons();
    Q_EMIT bridgeheadsChanged();
    Q_EMIT changed();
}

void ConnectorGeneralTab::routingChanged() {
    const bool forward = m_forwardRadio->isChecked();
    m_smartHostEdit->setEnabled(forward);
    if (!forward)
        m_smartHostMessage->clear();
    Q_EMIT changed();
}

void ConnectorGeneralTab::updateButtons() {
    m_removeButton->setEnabled(m_bridgeheadsList->currentItem() != nullptr);
}

bool ConnectorGeneralTab::focusAttribute(const QString &attribute) {
    if (attribute.compare(topology::attr::smartHost, Qt::CaseInsensitive) == 0) {
        if (!m_smartHostEdit->isEnabled())
            m_forwardRadio->setFocus();
        else
            m_smartHostEdit->setFocus();
        return true;
    }
    if (attribute.compare(topology::attr::sourceBridgeheads, Qt::CaseInsensitive) == 0) {
        m_bridgeheadsList->setFocus();
        return true;
    }
    return false;
}

QStringList ConnectorGeneralTab::bridgeheadDns() const {
    QStringList dns;
    for (int row = 0; row < m_bridgeheadsList->topLevelItemCount(); ++row)
        dns << m_bridgeheadsList->topLevelItem(row)->data(0, DnRole).toString();
    return dns;
}

ConnectorGeneralTab::Problems ConnectorGeneralTab::problems() const {
    Problems p;
    if (m_creating && m_topology)
        p.name = topology::ConnectorChecks::newNameProblem(
            *m_topology, topology::CreationPlanner::connectionsOf(*m_topology, m_routingGroup),
            m_nameEdit->text());
    if (m_forwardRadio->isChecked())
        p.smartHost = topology::ConnectorChecks::smartHostsProblem(m_smartHostEdit->text());
    return p;
}

bool ConnectorGeneralTab::isComplete() const {
    const Problems p = problems();
    return p.name.isEmpty() && p.smartHost.isEmpty();
}

void ConnectorGeneralTab::showProblems() {
    const Problems p = problems();
    m_nameMessage->report(p.name);
    m_smartHostMessage->report(p.smartHost);
}

QString ConnectorGeneralTab::validate() {
    showProblems();
    for (widgets::FieldMessage *message : {m_nameMessage, m_smartHostMessage}) {
        if (!message->text().isEmpty()) {
            message->focusField();
            return message->text();
        }
    }
    return QString();
}

void ConnectorGeneralTab::save(topology::EntryEdit &edit) const {
    if (m_dnsRadio->isChecked()) {
        edit.set(topology::attr::smartHost, QStringList()); // DNS routing: no smart host at all
    } else {
        const QString text = m_smartHostEdit->text().trimmed();
        const std::optional<SmartHostList> hosts = SmartHostList::parse(text);
        const std::optional<SmartHostList> shown = SmartHostList::parseStored(m_shownSmartHost);
        // Unchanged hosts keep their stored spelling, unless Exchange could not use it as it was;
        // validate() refuses anything that does not parse.
        if (hosts && !hosts->isEmpty() && !(shown && *shown == *hosts))
            edit.set(topology::attr::smartHost, hosts->toString());
    }
    edit.set(topology::attr::sourceBridgeheads, bridgeheadDns());
}

} // namespace properties
