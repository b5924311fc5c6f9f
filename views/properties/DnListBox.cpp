#include "DnListBox.h"

#include "Dn.h"
#include "DnEntryDialog.h"
#include "FieldMessage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace properties {

namespace {
constexpr int AttributeRole = Qt::UserRole;
constexpr int DnRole = Qt::UserRole + 1;
} // namespace

DnListBox::DnListBox(const QString &title, const QString &objectName, const QString &addAttribute,
                     QWidget *parent)
    : QGroupBox(title, parent)
    , m_addAttribute(addAttribute)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("A&dd…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this)) {
    setObjectName(objectName);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_message = new widgets::FieldMessage(m_list, this);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    connect(m_add, &QPushButton::clicked, this, &DnListBox::askForDn);
    connect(m_remove, &QPushButton::clicked, this, &DnListBox::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &DnListBox::updateButtons);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    updateButtons();
}

void DnListBox::setItems(const QList<Item> &items) {
    m_list->clear();
    m_message->clear();
    for (const Item &item : items) {
        const directory::Dn dn = directory::Dn::parse(item.dn);
        auto *row = new QListWidgetItem(dn.isValid() ? dn.toDisplayString() : item.dn, m_list);
        row->setData(AttributeRole, item.attribute);
        row->setData(DnRole, item.dn);
        row->setToolTip(item.dn);
    }
    updateButtons();
}

QList<DnListBox::Item> DnListBox::items() const {
    QList<Item> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(
            {m_list->item(i)->data(DnRole).toString(), m_list->item(i)->data(AttributeRole).toString()});
    return out;
}

QStringList DnListBox::values(const QString &attribute) const {
    QStringList out;
    for (const Item &item : items())
        if (item.attribute.compare(attribute, Qt::CaseInsensitive) == 0)
            out << item.dn;
    return out;
}

bool DnListBox::contains(const QString &dn) const {
    const directory::Dn wanted = directory::Dn::parse(dn);
    for (const Item &item : items())
        if (directory::Dn::parse(item.dn) == wanted)
            return true;
    return false;
}

QString DnListBox::check(const QString &text) const {
    const QString trimmed = text.trimmed();
    const directory::Dn dn = directory::Dn::parse(trimmed);
    if (trimmed.isEmpty())
        return tr("Enter the distinguished name of a sender, such as CN=Partner "
                  "Relay,OU=Contacts,DC=example,DC=com.");
    if (!dn.isValid() || dn.isEmpty())
        return tr("“%1” is not a distinguished name (attribute=value pairs separated by commas).")
            .arg(trimmed);
    if (contains(trimmed))
        return tr("%1 is on the list already.").arg(dn.toDisplayString());
    if (m_otherCheck)
        return m_otherCheck(trimmed);
    return QString();
}

QString DnListBox::addDn(const QString &text) {
    if (const QString problem = check(text); !problem.isEmpty()) {
        m_message->report(problem);
        return problem;
    }
    const directory::Dn dn = directory::Dn::parse(text.trimmed());
    m_message->clear();
    auto *row = new QListWidgetItem(dn.toDisplayString(), m_list);
    row->setData(AttributeRole, m_addAttribute);
    row->setData(DnRole, dn.toString());
    row->setToolTip(dn.toString());
    Q_EMIT changed();
    return QString();
}

void DnListBox::askForDn() {
    auto *dialog = new DnEntryDialog(
        title(), [this](const QString &text) { return check(text); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addDn(dialog->dn()); });
    dialog->open();
}

void DnListBox::removeSelected() {
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    m_message->clear();
    updateButtons();
    Q_EMIT changed();
}

void DnListBox::updateButtons() {
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace properties
