#include "ConnectorAddressSpaceTab.h"

#include "AddressSpaceDialog.h"
#include "Attributes.h"
#include "ConnectorChecks.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "SmtpConnector.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

using topology::AddressSpace;

namespace {

constexpr int SpaceRole = Qt::UserRole;   // the AddressSpace; absent when the stored value is unreadable
constexpr int RawRole = Qt::UserRole + 1; // the stored routingList value, for unreadable ones

std::optional<AddressSpace> spaceOf(const QTreeWidgetItem *item) {
    const QVariant data = item->data(0, SpaceRole);
    if (!data.isValid())
        return std::nullopt;
    return data.value<AddressSpace>();
}

} // namespace

ConnectorAddressSpaceTab::ConnectorAddressSpaceTab(QWidget *parent)
    : PropertyTab(parent) {
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("addressSpaceList"));
    m_list->setHeaderLabels({tr("Type"), tr("Address"), tr("Cost")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_listMessage = new widgets::FieldMessage(m_list, this);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConnectorAddressSpaceTab::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &ConnectorAddressSpaceTab::editAddressSpace);

    m_addButton = new QPushButton(tr("A&dd…"), this);
    m_addButton->setObjectName(QStringLiteral("addAddressSpaceButton"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editAddressSpaceButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAddressSpaceButton"));
    connect(m_addButton, &QPushButton::clicked, this, &ConnectorAddressSpaceTab::addAddressSpace);
    connect(m_editButton, &QPushButton::clicked, this, &ConnectorAddressSpaceTab::editAddressSpace);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectorAddressSpaceTab::removeAddressSpace);

    m_organizationRadio = new QRadioButton(tr("Entire &organization"), this);
    m_organizationRadio->setObjectName(QStringLiteral("organizationScopeRadio"));
    m_routingGroupRadio = new QRadioButton(tr("Routing &group"), this);
    m_routingGroupRadio->setObjectName(QStringLiteral("routingGroupScopeRadio"));
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_organizationRadio);
    scopeGroup->addButton(m_routingGroupRadio);
    m_organizationRadio->setChecked(true);
    connect(m_routingGroupRadio, &QRadioButton::toggled, this, &PropertyTab::changed);

    auto *intro = new QLabel(tr("Mail to these addresses is sent through this connector; lower costs are "
                                "preferred."),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *scopeLayout = new QHBoxLayout;
    scopeLayout->addWidget(m_organizationRadio);
    scopeLayout->addWidget(m_routingGroupRadio);
    scopeLayout->addStretch();
    auto *scopeBox = new QGroupBox(tr("Connector scope"), this);
    scopeBox->setLayout(scopeLayout);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_listMessage->withField(), 1);
    layout->addLayout(buttons);
    layout->addWidget(scopeBox);
    updateButtons();
}

QString ConnectorAddressSpaceTab::title() const {
    return tr("Address Space");
}

void ConnectorAddressSpaceTab::load(const topology::Topology &, const topology::DirectoryObject &object) {
    m_list->clear();
    m_listMessage->clear();
    m_loadedValues.clear();
    const auto *connector = dynamic_cast<const topology::SmtpConnector *>(&object);
    if (!connector)
        return;
    m_loadedValues = connector->rawAddressSpaces();
    QStringList problems;
    for (const QString &value : m_loadedValues) {
        QString error;
        auto *item = new QTreeWidgetItem(m_list);
        setItem(item, AddressSpace::parse(value, &error), value);
        if (!error.isEmpty()) {
            item->setToolTip(0, error);
            item->setToolTip(1, error);
            problems << tr("“%1” is not valid: %2").arg(value, error);
        }
    }
    if (!problems.isEmpty())
        m_listMessage->report(problems.join(QLatin1Char('\n')));
    (connector->scope() == AddressSpace::Scope::RoutingGroup ? m_routingGroupRadio : m_organizationRadio)
        ->setChecked(true);
    updateButtons();
}

void ConnectorAddressSpaceTab::startCreating(const topology::CreationPlanner::Connector &defaults) {
    m_creating = true;
    m_list->clear();
    m_loadedValues.clear();
    for (const AddressSpace &space : defaults.addressSpaces)
        setItem(new QTreeWidgetItem(m_list), space.withScope(AddressSpace::Scope::Organization), QString());
    (defaults.scope == AddressSpace::Scope::RoutingGroup ? m_routingGroupRadio : m_organizationRadio)
        ->setChecked(true);
    m_listMessage->report(listProblem());
    updateButtons();
}

void ConnectorAddressSpaceTab::fill(topology::CreationPlanner::Connector &spec) const {
    spec.addressSpaces.clear();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (const std::optional<AddressSpace> space = spaceOf(m_list->topLevelItem(row)))
            spec.addressSpaces << *space;
    spec.scope = scope();
}

void ConnectorAddressSpaceTab::setItem(QTreeWidgetItem *item, const std::optional<AddressSpace> &space,
                                       const QString &raw) {
    item->setData(0, RawRole, raw);
    if (space) {
        item->setData(0, SpaceRole, QVariant::fromValue(*space));
        item->setText(0, space->type());
        item->setText(1, space->address());
        item->setText(2, QString::number(space->cost()));
    } else {
        item->setData(0, SpaceRole, QVariant());
        item->setText(0, tr("(invalid)"));
        item->setIcon(0, QIcon(QStringLiteral(":/icons/error.svg")));
        item->setText(1, raw);
        item->setText(2, QString());
        item->setToolTip(1, tr("This value is kept as it is. Edit it to replace it."));
    }
}

AddressSpace::Scope ConnectorAddressSpaceTab::scope() const {
    return m_routingGroupRadio->isChecked() ? AddressSpace::Scope::RoutingGroup
                                            : AddressSpace::Scope::Organization;
}

void ConnectorAddressSpaceTab::addAddressSpace() {
    auto *dialog = new AddressSpaceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *item = new QTreeWidgetItem(m_list);
        setItem(item, dialog->addressSpace(), QString());
        m_list->setCurrentItem(item);
        listEdited();
    });
    dialog->open();
}

void ConnectorAddressSpaceTab::editAddressSpace() {
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    auto *dialog = new AddressSpaceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<AddressSpace> current = spaceOf(item);
    if (current)
        dialog->setAddressSpace(current->withScope(AddressSpace::Scope::Organization));
    // By row, not by pointer: reloading the sheet while the dialog is open deletes the items.
    const int row = m_list->indexOfTopLevelItem(item);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        QTreeWidgetItem *target = m_list->topLevelItem(row);
        if (!target)
            return;
        const std::optional<AddressSpace> before = spaceOf(target);
        if (before && before->withScope(AddressSpace::Scope::Organization) == dialog->addressSpace())
            return;
        setItem(target, dialog->addressSpace(), QString());
        listEdited();
    });
    dialog->open();
}

void ConnectorAddressSpaceTab::removeAddressSpace() {
    delete m_list->currentItem();
    listEdited();
}

void ConnectorAddressSpaceTab::listEdited() {
    // A wizard says at once what is wrong with the list; a property sheet waits for OK.
    m_listMessage->report(m_creating ? listProblem() : QString());
    updateButtons();
    Q_EMIT changed();
}

void ConnectorAddressSpaceTab::updateButtons() {
    const bool selected = m_list->currentItem() != nullptr;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

QStringList ConnectorAddressSpaceTab::routingListValues() const {
    QStringList values;
    QList<AddressSpace> spaces;
    bool allReadable = true;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (const std::optional<AddressSpace> space = spaceOf(item)) {
            // The scope belongs to the connector: every value carries it.
            spaces << space->withScope(scope());
            values << spaces.last().toRoutingListValue();
        } else {
            allReadable = false;
            values << item->data(0, RawRole).toString();
        }
    }
    // Nothing changed but the spelling (case, spaces, a missing cost): keep the stored values.
    if (allReadable && spaces.size() == m_loadedValues.size()) {
        bool same = true;
        for (qsizetype i = 0; same && i < spaces.size(); ++i)
            same = AddressSpace::parse(m_loadedValues.at(i)) == spaces.at(i);
        if (same)
            return m_loadedValues;
    }
    return values;
}

bool ConnectorAddressSpaceTab::focusAttribute(const QString &attribute) {
    if (attribute.compare(topology::attr::routingList, Qt::CaseInsensitive) != 0)
        return false;
    // The first value that needs attention, else the first one.
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (!spaceOf(m_list->topLevelItem(row))) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            break;
        }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
    return true;
}

QString ConnectorAddressSpaceTab::listProblem() const {
    // Unreadable stored values are kept as they are and take no part in the checks.
    QList<AddressSpace> spaces;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (const std::optional<AddressSpace> space = spaceOf(m_list->topLevelItem(row)))
            spaces << *space;
    if (spaces.isEmpty() && m_list->topLevelItemCount() > 0)
        return QString();
    return topology::ConnectorChecks::addressSpacesProblem(spaces);
}

bool ConnectorAddressSpaceTab::isComplete() const {
    return listProblem().isEmpty();
}

QString ConnectorAddressSpaceTab::validate() {
    return m_listMessage->reportAndFocus(listProblem());
}

void ConnectorAddressSpaceTab::save(topology::EntryEdit &edit) const {
    edit.set(topology::attr::routingList, routingListValues());
}

} // namespace properties
