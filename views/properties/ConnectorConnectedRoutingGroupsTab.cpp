#include "ConnectorConnectedRoutingGroupsTab.h"

#include "Attributes.h"
#include "ConnectedRoutingGroupDialog.h"
#include "EntryEdit.h"
#include "SmtpConnector.h"
#include "Topology.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

using topology::ConnectedRoutingGroup;

namespace {
constexpr int ValueRole = Qt::UserRole;
constexpr int ReadableRole = Qt::UserRole + 1;
} // namespace

ConnectorConnectedRoutingGroupsTab::ConnectorConnectedRoutingGroupsTab(QWidget *parent)
    : PropertyTab(parent)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("A&dd…"), this))
    , m_modify(new QPushButton(tr("&Modify…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    m_list->setObjectName(QStringLiteral("connectedRoutingGroupsList"));
    m_list->setHeaderLabels({tr("Routing group"), tr("Cost")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setWhatsThis(tr("Routing groups this connector carries mail to, with the cost routing adds for "
                            "the hop."));
    m_add->setObjectName(QStringLiteral("addConnectedButton"));
    m_modify->setObjectName(QStringLiteral("modifyConnectedButton"));
    m_remove->setObjectName(QStringLiteral("removeConnectedButton"));
    connect(m_add, &QPushButton::clicked, this, &ConnectorConnectedRoutingGroupsTab::add);
    connect(m_modify, &QPushButton::clicked, this, &ConnectorConnectedRoutingGroupsTab::modify);
    connect(m_remove, &QPushButton::clicked, this, &ConnectorConnectedRoutingGroupsTab::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            &ConnectorConnectedRoutingGroupsTab::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ConnectorConnectedRoutingGroupsTab::modify);

    auto *hint = new QLabel(tr("Leave the list empty for a connector to the Internet. For a connector that "
                               "links routing groups, list the routing groups it reaches."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_modify);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

QString ConnectorConnectedRoutingGroupsTab::title() const {
    return tr("Connected Routing Groups");
}

QString ConnectorConnectedRoutingGroupsTab::nameFor(const ConnectedRoutingGroup &group) const {
    for (const Candidate &c : m_candidates)
        if (c.id.compare(group.routingGroupId(), Qt::CaseInsensitive) == 0 ||
            c.name.compare(group.routingGroupId(), Qt::CaseInsensitive) == 0)
            return c.name;
    return tr("%1 (not found in this organization)").arg(group.routingGroupId());
}

void ConnectorConnectedRoutingGroupsTab::appendRow(const QString &value, const QString &name, int cost,
                                                   bool readable) {
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(0, name);
    item->setText(1, readable ? QString::number(cost) : QString());
    item->setData(0, ValueRole, value);
    item->setData(0, ReadableRole, readable);
    item->setToolTip(0, value);
}

void ConnectorConnectedRoutingGroupsTab::load(const topology::Topology &topology,
                                              const topology::DirectoryObject &object) {
    m_list->clear();
    m_candidates.clear();
    const auto *connector = dynamic_cast<const topology::SmtpConnector *>(&object);
    if (!connector)
        return;
    for (const topology::DirectoryObject *rg : topology.objectsOfKind(topology::ObjectKind::RoutingGroup)) {
        if (rg->dn() == connector->routingGroupDn())
            continue;
        QString id = rg->entry().string(topology::attr::objectGuid);
        if (id.isEmpty() || id.toUtf8() != rg->entry().values(topology::attr::objectGuid).value(0))
            id = rg->entry().string(
                topology::attr::entryUuid); // objectGUID is binary on AD; entryUUID is text
        const directory::Dn ag = rg->dn().parent().parent();
        m_candidates.append({rg->dn().toString(), rg->displayName(), id.isEmpty() ? rg->name() : id,
                             ag.parent().parent().rdnValue(), ag.rdnValue()});
    }
    std::sort(m_candidates.begin(), m_candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_shown.clear();
    for (const auto &value : connector->connectedRoutingGroupValues()) {
        m_shown << value.raw;
        if (value.isValid())
            appendRow(value.raw, nameFor(*value.value), value.value->cost(), true);
        else
            appendRow(value.raw, tr("(cannot be read) %1").arg(value.raw), 0, false);
    }
    updateButtons();
}

QStringList ConnectorConnectedRoutingGroupsTab::values() const {
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->data(0, ValueRole).toString();
    return out;
}

void ConnectorConnectedRoutingGroupsTab::addRoutingGroup(const QString &routingGroupDn, int cost) {
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (directory::Dn::parse(c.dn) != directory::Dn::parse(routingGroupDn))
            continue;
        const ConnectedRoutingGroup group(c.organization, c.adminGroup, c.id, cost);
        appendRow(group.toString(), c.name, cost, true);
        updateButtons();
        Q_EMIT changed();
        return;
    }
}

void ConnectorConnectedRoutingGroupsTab::setCost(int row, int cost) {
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item || !item->data(0, ReadableRole).toBool())
        return;
    std::optional<ConnectedRoutingGroup> group =
        ConnectedRoutingGroup::parse(item->data(0, ValueRole).toString());
    if (!group)
        return;
    group->setCost(cost);
    item->setData(0, ValueRole, group->toString());
    item->setText(1, QString::number(cost));
    item->setToolTip(0, group->toString());
    Q_EMIT changed();
}

void ConnectorConnectedRoutingGroupsTab::add() {
    QList<ConnectedRoutingGroupDialog::Choice> choices;
    const QStringList listed = values();
    for (const Candidate &c : std::as_const(m_candidates)) {
        const bool already = std::any_of(listed.begin(), listed.end(), [&c](const QString &v) {
            const std::optional<ConnectedRoutingGroup> g = ConnectedRoutingGroup::parse(v);
            return g && (g->routingGroupId().compare(c.id, Qt::CaseInsensitive) == 0 ||
                         g->routingGroupId().compare(c.name, Qt::CaseInsensitive) == 0);
        });
        if (!already)
            choices.append({c.name, c.dn});
    }
    auto *dialog = new ConnectedRoutingGroupDialog(choices, QString(), 1, this);
    if (choices.isEmpty())
        dialog->setWindowTitle(tr("Add Connected Routing Group"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addRoutingGroup(dialog->chosenKey(), dialog->cost()); });
    dialog->open();
}

void ConnectorConnectedRoutingGroupsTab::modify() {
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, ReadableRole).toBool())
        return;
    const int row = m_list->indexOfTopLevelItem(item);
    auto *dialog = new ConnectedRoutingGroupDialog({}, item->text(0), item->text(1).toInt(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] { setCost(row, dialog->cost()); });
    dialog->open();
}

void ConnectorConnectedRoutingGroupsTab::removeSelected() {
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    updateButtons();
    Q_EMIT changed();
}

void ConnectorConnectedRoutingGroupsTab::updateButtons() {
    QTreeWidgetItem *current = m_list->currentItem();
    const bool selected = !m_list->selectedItems().isEmpty();
    m_modify->setEnabled(selected && current && current->data(0, ReadableRole).toBool());
    m_remove->setEnabled(selected);
}

QString ConnectorConnectedRoutingGroupsTab::validate() {
    return QString(); // every row was checked when it was added; unreadable rows stay as stored
}

void ConnectorConnectedRoutingGroupsTab::save(topology::EntryEdit &edit) const {
    const QStringList now = values();
    if (now != m_shown)
        edit.set(topology::attr::connectedDomains, now);
}

} // namespace properties
