#include "VirtualServerGeneralTab.h"

#include "Attributes.h"
#include "BindingDialog.h"
#include "EntryEdit.h"
#include "FieldMessage.h"
#include "IpAddress.h"
#include "SmartHostList.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

using topology::ServerBinding;

namespace {

constexpr int ValueRole = Qt::UserRole;       // the msExchServerBindings value to write
constexpr int BindingRole = Qt::UserRole + 1; // the parsed ServerBinding, absent when unreadable

// "10.1.0.5:25", "[2001:db8::1]:25", "(All Unassigned):25": how messages name a binding.
QString describe(const ServerBinding &binding) {
    const QString address = binding.displayAddress();
    const bool ipv6 = !binding.isAllUnassigned() && address.contains(QLatin1Char(':'));
    return (ipv6 ? QLatin1Char('[') + address + QLatin1Char(']') : address) + QLatin1Char(':') +
           QString::number(binding.port());
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
    auto *bindingsBox = new QGroupBox(tr("IP addresses and ports this virtual server listens on"), this);
    bindingsBox->setLayout(listRow);

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
    layout->addWidget(bindingsBox, 1);
    layout->addLayout(fqdnForm);
    updateButtons();
}

QString VirtualServerGeneralTab::title() const {
    return tr("General");
}

void VirtualServerGeneralTab::load(const topology::Topology &topology,
                                   const topology::DirectoryObject &object) {
    m_siblings.clear();
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
    for (const topology::SmtpVirtualServer *other : topology.virtualServersOf(server->serverDn())) {
        if (other->dn() != server->dn())
            m_siblings.append(Sibling{other->displayName(), other->bindings()});
    }
    updateButtons();
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
    const int count = m_bindingsList->topLevelItemCount();
    if (count == 0)
        return tr("Add at least one IP address and port for the virtual server to listen on.");
    QList<ServerBinding> seen;
    for (int row = 0; row < count; ++row) {
        const std::optional<ServerBinding> binding = bindingOf(m_bindingsList->topLevelItem(row));
        if (!binding)
            continue;
        if (seen.contains(*binding))
            return tr("%1 is listed more than once.").arg(describe(*binding));
        seen << *binding;
        for (const Sibling &sibling : m_siblings) {
            for (const ServerBinding &other : sibling.bindings) {
                if (!binding->conflictsWith(other))
                    continue;
                if (other.isAllUnassigned() && !binding->isAllUnassigned())
                    return tr("%1 is already used by “%2” on this server, which listens on port %3 of all "
                              "unassigned addresses.")
                        .arg(describe(*binding), sibling.name)
                        .arg(other.port());
                return tr("%1 is already used by “%2” on this server.").arg(describe(*binding), sibling.name);
            }
        }
    }
    return QString();
}

QString VirtualServerGeneralTab::fqdnProblem(const QString &fqdn) {
    if (fqdn.isEmpty())
        return QString();
    if (topology::IpAddress::canonical(fqdn))
        return tr("Type a host name such as mail.example.com, not an IP address.");
    QString error;
    const std::optional<topology::SmartHostList> hosts = topology::SmartHostList::parse(fqdn, &error);
    if (!hosts)
        return error;
    if (hosts->size() != 1 || hosts->hosts().first().isLiteral)
        return tr("Type one host name, such as mail.example.com.");
    return QString();
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
    const QString name = m_nameEdit->text().trimmed();
    m_nameMessage->report(name.isEmpty() ? tr("Type a name for the virtual server.") : QString());
    m_bindingsMessage->report(bindingsProblem());
    m_fqdnMessage->report(fqdnProblem(m_fqdnEdit->text().trimmed()));
    for (widgets::FieldMessage *message : {m_nameMessage, m_bindingsMessage, m_fqdnMessage}) {
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
