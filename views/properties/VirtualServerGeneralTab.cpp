#include "VirtualServerGeneralTab.h"

#include "Attributes.h"
#include "BindingDialog.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

using topology::ServerBinding;
using topology::VirtualServerChecks;

namespace {

constexpr int ValueRole = Qt::UserRole;       // the msExchServerBindings value to write
constexpr int BindingRole = Qt::UserRole + 1; // the parsed ServerBinding, absent when unreadable

// "(All Unassigned)" exactly as ServerBinding shows it, so the combo and the list agree.
QString allUnassignedText() {
    return ServerBinding().displayAddress();
}

std::optional<ServerBinding> bindingOf(const QTreeWidgetItem *item) {
    const QVariant data = item->data(0, BindingRole);
    if (!data.isValid())
        return std::nullopt;
    return data.value<ServerBinding>();
}

} // namespace

VirtualServerGeneralTab::VirtualServerGeneralTab(QWidget *parent)
    : PropertyTab(parent) {
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameMessage = new widgets::FieldMessage(m_nameEdit, this);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &PropertyTab::changed);

    m_bindingsList = new QTreeWidget(this);
    m_bindingsList->setObjectName(QStringLiteral("bindingsList"));
    m_bindingsList->setHeaderLabels({tr("IP address"), tr("Port")});
    m_bindingsList->setRootIsDecorated(false);
    m_bindingsList->setUniformRowHeights(true);
    m_bindingsList->header()->setStretchLastSection(false);
    m_bindingsList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_bindingsList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_bindingsMessage = new widgets::FieldMessage(m_bindingsList, this);
    connect(m_bindingsList, &QTreeWidget::itemSelectionChanged, this,
            &VirtualServerGeneralTab::updateButtons);
    connect(m_bindingsList, &QTreeWidget::itemDoubleClicked, this, &VirtualServerGeneralTab::editBinding);

    m_addButton = new QPushButton(tr("A&dd…"), this);
    m_addButton->setObjectName(QStringLiteral("addBindingButton"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editBindingButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeBindingButton"));
    connect(m_addButton, &QPushButton::clicked, this, &VirtualServerGeneralTab::addBinding);
    connect(m_editButton, &QPushButton::clicked, this, &VirtualServerGeneralTab::editBinding);
    connect(m_removeButton, &QPushButton::clicked, this, &VirtualServerGeneralTab::removeBinding);

    // Create mode: one address and port instead of the list, as the New SMTP Virtual Server wizard asks.
    m_addressCombo = new QComboBox(this);
    m_addressCombo->setObjectName(QStringLiteral("addressCombo"));
    m_addressCombo->setEditable(true); // any address of the server, typed
    m_addressCombo->setInsertPolicy(QComboBox::NoInsert);
    m_addressCombo->setMinimumContentsLength(24);
    m_addressMessage = new widgets::FieldMessage(m_addressCombo, this);
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(ServerBinding::DefaultPort);
    m_portMessage = new widgets::FieldMessage(m_portSpin, this);

    m_fqdnEdit = new QLineEdit(this);
    m_fqdnEdit->setObjectName(QStringLiteral("fqdnEdit"));
    m_fqdnEdit->setPlaceholderText(tr("the server's own DNS name"));
    m_fqdnMessage = new widgets::FieldMessage(m_fqdnEdit, this);
    connect(m_fqdnEdit, &QLineEdit::textChanged, this, &PropertyTab::changed);

    auto *nameForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    nameForm->addRow(nameLabel, m_nameMessage->withField());

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addLayout(m_bindingsMessage->withField(), 1);
    listRow->addLayout(buttons);
    m_bindingsBox = new QGroupBox(tr("IP addresses and ports this virtual server listens on"), this);
    m_bindingsBox->setLayout(listRow);

    auto *newBindingForm = new QFormLayout;
    auto *addressLabel = new QLabel(tr("&IP address:"), this);
    addressLabel->setBuddy(m_addressCombo);
    newBindingForm->addRow(addressLabel, m_addressMessage->withField());
    auto *portLabel = new QLabel(tr("&TCP port:"), this);
    portLabel->setBuddy(m_portSpin);
    newBindingForm->addRow(portLabel, m_portMessage->withField());
    auto *newBindingHint =
        new QLabel(tr("Another virtual server of this server may not listen on the same address and port. "
                      "(All Unassigned) takes the port on every address, so it shares that port with none."),
                   this);
    newBindingHint->setWordWrap(true);
    newBindingForm->addRow(QString(), newBindingHint);
    m_newBindingBox = new QGroupBox(tr("IP address and port this virtual server listens on"), this);
    m_newBindingBox->setLayout(newBindingForm);
    m_newBindingBox->hide();

    auto *fqdnForm = new QFormLayout;
    auto *fqdnLabel = new QLabel(tr("&Fully qualified domain name:"), this);
    fqdnLabel->setBuddy(m_fqdnEdit);
    fqdnForm->addRow(fqdnLabel, m_fqdnMessage->withField());
    auto *fqdnHint =
        new QLabel(tr("Announced in HELO and EHLO. Leave it empty to use the server's DNS name."), this);
    fqdnHint->setWordWrap(true);
    fqdnForm->addRow(QString(), fqdnHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addWidget(m_bindingsBox, 1);
    layout->addWidget(m_newBindingBox);
    layout->addLayout(fqdnForm);
    layout->addStretch(); // create mode has no list to take the room
    updateButtons();
}

QString VirtualServerGeneralTab::title() const {
    return tr("General");
}

void VirtualServerGeneralTab::load(const topology::Topology &topology,
                                   const topology::DirectoryObject &object) {
    m_neighbours.clear();
    m_bindingsList->clear();
    for (widgets::FieldMessage *message : {m_nameMessage, m_bindingsMessage, m_fqdnMessage})
        message->clear();

    const auto *server = dynamic_cast<const topology::SmtpVirtualServer *>(&object);
    if (!server)
        return;
    m_shownName = server->displayName();
    m_nameEdit->setText(m_shownName);
    m_shownFqdn = server->fqdn().trimmed();
    m_fqdnEdit->setText(m_shownFqdn);

    QStringList problems;
    for (const QString &value : server->rawBindings()) {
        QString error;
        auto *item = new QTreeWidgetItem(m_bindingsList);
        setItem(item, value, ServerBinding::parse(value, &error));
        if (!error.isEmpty()) {
            item->setToolTip(1, error);
            problems << tr("“%1” is not valid: %2").arg(value, error);
        }
    }
    if (!problems.isEmpty())
        m_bindingsMessage->report(problems.join(QLatin1Char('\n')));

    // Copies, not pointers: the topology may change while the sheet is open.
    m_neighbours = VirtualServerChecks::neighbours(topology, server->serverDn(), server->dn());
    updateButtons();
}

void VirtualServerGeneralTab::startCreating(const topology::Topology &topology,
                                            const topology::CreationPlanner::VirtualServer &defaults) {
    m_creating = true;
    m_topology = &topology;
    m_server = defaults.server;
    m_shownName.clear();
    m_shownFqdn.clear();
    m_bindingsBox->hide();
    m_newBindingBox->show();
    m_addressCombo->clear();
    m_addressCombo->addItem(allUnassignedText());
    m_addressCombo->addItems(topology::CreationPlanner::serverAddresses(topology, defaults.server));
    m_addressCombo->setCurrentText(defaults.binding.displayAddress());
    m_portSpin->setValue(defaults.binding.port());
    m_nameEdit->setText(defaults.name);
    m_fqdnEdit->setText(defaults.fqdn);
    // Every field says what is wrong with it as it is edited; the FieldMessage clears first.
    connect(m_nameEdit, &QLineEdit::textChanged, this, &VirtualServerGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &VirtualServerGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_fqdnEdit, &QLineEdit::textChanged, this, &VirtualServerGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_fqdnEdit, &QLineEdit::textEdited, this, &VirtualServerGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_addressCombo, &QComboBox::currentTextChanged, this, &VirtualServerGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &VirtualServerGeneralTab::showProblems,
            Qt::UniqueConnection);
    connect(m_addressCombo, &QComboBox::currentTextChanged, this, &PropertyTab::changed,
            Qt::UniqueConnection);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &PropertyTab::changed, Qt::UniqueConnection);
    showProblems();
}

void VirtualServerGeneralTab::fill(topology::CreationPlanner::VirtualServer &spec) const {
    spec.name = m_nameEdit->text();
    if (const std::optional<ServerBinding> binding = enteredBinding())
        spec.binding = *binding;
    spec.fqdn = m_fqdnEdit->text().trimmed();
}

QString VirtualServerGeneralTab::enteredAddress() const {
    const QString text = m_addressCombo->currentText().trimmed();
    return text == allUnassignedText() ? QString() : text;
}

std::optional<ServerBinding> VirtualServerGeneralTab::enteredBinding() const {
    return ServerBinding::create(enteredAddress(), m_portSpin->value());
}

QList<VirtualServerChecks::Neighbour> VirtualServerGeneralTab::neighbours() const {
    if (!m_creating)
        return m_neighbours;
    return m_topology ? VirtualServerChecks::neighbours(*m_topology, m_server, directory::Dn())
                      : m_neighbours;
}

void VirtualServerGeneralTab::setItem(QTreeWidgetItem *item, const QString &value,
                                      const std::optional<ServerBinding> &binding) {
    item->setData(0, ValueRole, value);
    if (binding) {
        item->setData(0, BindingRole, QVariant::fromValue(*binding));
        item->setText(0, binding->displayAddress());
        item->setText(1, QString::number(binding->port()));
        item->setToolTip(0, QString());
    } else {
        item->setData(0, BindingRole, QVariant());
        item->setText(0, value);
        item->setText(1, tr("(invalid)"));
        item->setIcon(0, QIcon(QStringLiteral(":/icons/error.svg")));
        item->setToolTip(0, tr("This value is kept as it is. Edit it to replace it with a valid binding."));
    }
}

void VirtualServerGeneralTab::addBinding() {
    auto *dialog = new BindingDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *item = new QTreeWidgetItem(m_bindingsList);
        setItem(item, dialog->binding().toValue(), dialog->binding());
        m_bindingsList->setCurrentItem(item);
        bindingsEdited();
    });
    dialog->open();
}

void VirtualServerGeneralTab::editBinding() {
    QTreeWidgetItem *item = m_bindingsList->currentItem();
    if (!item)
        return;
    auto *dialog = new BindingDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const std::optional<ServerBinding> binding = bindingOf(item))
        dialog->setBinding(*binding);
    // By row, not by pointer: reloading the sheet while the dialog is open deletes the items.
    const int row = m_bindingsList->indexOfTopLevelItem(item);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        QTreeWidgetItem *target = m_bindingsList->topLevelItem(row);
        if (!target || bindingOf(target) == dialog->binding())
            return; // unchanged: keep the value exactly as it was stored
        setItem(target, dialog->binding().toValue(), dialog->binding());
        bindingsEdited();
    });
    dialog->open();
}

void VirtualServerGeneralTab::removeBinding() {
    delete m_bindingsList->currentItem();
    bindingsEdited();
}

void VirtualServerGeneralTab::bindingsEdited() {
    m_bindingsMessage->report(bindingsProblem());
    updateButtons();
    Q_EMIT changed();
}

void VirtualServerGeneralTab::updateButtons() {
    const bool selected = m_bindingsList->currentItem() != nullptr;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

QStringList VirtualServerGeneralTab::bindingValues() const {
    QStringList values;
    for (int row = 0; row < m_bindingsList->topLevelItemCount(); ++row)
        values << m_bindingsList->topLevelItem(row)->data(0, ValueRole).toString();
    return values;
}

QString VirtualServerGeneralTab::bindingsProblem() const {
    QList<ServerBinding> bindings;
    for (int row = 0; row < m_bindingsList->topLevelItemCount(); ++row)
        if (const std::optional<ServerBinding> binding = bindingOf(m_bindingsList->topLevelItem(row)))
            bindings << *binding;
    // Unreadable values alone are kept as they are; they are not "no binding at all".
    if (bindings.isEmpty() && m_bindingsList->topLevelItemCount() > 0)
        return QString();
    return VirtualServerChecks::bindingsProblem(bindings, m_neighbours);
}

VirtualServerGeneralTab::Problems VirtualServerGeneralTab::problems() const {
    Problems p;
    const QString name = m_creating ? m_nameEdit->text() : m_nameEdit->text().trimmed();
    // An unchanged name is not checked against the others again: only a new one has to be free.
    if (m_creating || name != m_shownName)
        p.name = VirtualServerChecks::nameProblem(name, neighbours());
    if (m_creating) {
        p.bindings = ServerBinding::validateAddress(enteredAddress());
        p.port = ServerBinding::validatePort(m_portSpin->value());
        if (p.bindings.isEmpty() && p.port.isEmpty())
            if (const std::optional<ServerBinding> binding = enteredBinding())
                p.bindings = VirtualServerChecks::bindingsProblem({*binding}, neighbours());
    } else {
        p.bindings = bindingsProblem();
    }
    p.fqdn = VirtualServerChecks::fqdnProblem(m_fqdnEdit->text());
    return p;
}

bool VirtualServerGeneralTab::isComplete() const {
    const Problems p = problems();
    return p.name.isEmpty() && p.bindings.isEmpty() && p.port.isEmpty() && p.fqdn.isEmpty();
}

void VirtualServerGeneralTab::showProblems() {
    const Problems p = problems();
    m_nameMessage->report(p.name);
    (m_creating ? m_addressMessage : m_bindingsMessage)->report(p.bindings);
    m_portMessage->report(p.port);
    m_fqdnMessage->report(p.fqdn);
}

bool VirtualServerGeneralTab::focusAttribute(const QString &attribute) {
    if (attribute.compare(topology::attr::serverBindings, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_bindingsList->currentItem() && m_bindingsList->topLevelItemCount() > 0)
        m_bindingsList->setCurrentItem(m_bindingsList->topLevelItem(0));
    m_bindingsList->setFocus();
    return true;
}

QString VirtualServerGeneralTab::validate() {
    showProblems();
    const QList<widgets::FieldMessage *> order =
        m_creating
            ? QList<widgets::FieldMessage *>{m_nameMessage, m_addressMessage, m_portMessage, m_fqdnMessage}
            : QList<widgets::FieldMessage *>{m_nameMessage, m_bindingsMessage, m_fqdnMessage};
    for (widgets::FieldMessage *message : order) {
        if (!message->text().isEmpty()) {
            message->focusField();
            return message->text();
        }
    }
    return QString();
}

void VirtualServerGeneralTab::save(topology::EntryEdit &edit) const {
    // Only what the user changed is written, so an unset adminDisplayName shown as the cn stays unset.
    const QString name = m_nameEdit->text().trimmed();
    if (name != m_shownName)
        edit.set(topology::attr::adminDisplayName, name);
    edit.set(topology::attr::serverBindings, bindingValues());
    const QString fqdn = m_fqdnEdit->text().trimmed();
    if (fqdn != m_shownFqdn)
        edit.set(topology::attr::fqdn, fqdn);
}

} // namespace properties
