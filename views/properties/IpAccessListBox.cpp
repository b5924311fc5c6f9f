#include "IpAccessListBox.h"

#include "FieldMessage.h"
#include "IpAccessEntryDialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace properties {

using topology::IpAccessList;

IpAccessListBox::IpAccessListBox(const QString &title, const QString &objectName, const QString &onlyText,
                                 const QString &exceptText, QWidget *parent)
    : QGroupBox(title, parent)
    , m_only(new QRadioButton(onlyText, this))
    , m_except(new QRadioButton(exceptText, this))
    , m_entries(new QListWidget(this))
    , m_add(new QPushButton(tr("A&dd…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_unreadable(new QLabel(this)) {
    setObjectName(objectName);
    m_only->setObjectName(objectName + QStringLiteral("Only"));
    m_except->setObjectName(objectName + QStringLiteral("Except"));
    m_entries->setObjectName(objectName + QStringLiteral("List"));
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_only);
    group->addButton(m_except);
    connect(m_only, &QRadioButton::toggled, this, [this](bool only) {
        m_list.setMode(only ? IpAccessList::Mode::OnlyListed : IpAccessList::Mode::AllExceptListed);
        Q_EMIT changed();
    });
    connect(m_add, &QPushButton::clicked, this, &IpAccessListBox::add);
    connect(m_remove, &QPushButton::clicked, this, &IpAccessListBox::removeSelected);
    connect(m_entries, &QListWidget::itemSelectionChanged, this, &IpAccessListBox::updateButtons);
    m_unreadable->setWordWrap(true);
    QPalette palette = m_unreadable->palette();
    palette.setColor(QPalette::WindowText, widgets::FieldMessage::errorColor());
    m_unreadable->setPalette(palette);
    m_unreadable->hide();

    auto *radios = new QHBoxLayout;
    radios->addWidget(m_only);
    radios->addWidget(m_except);
    radios->addStretch();
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_entries, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(radios);
    layout->addLayout(row);
    layout->addWidget(m_unreadable);
    m_entries->setMaximumHeight(90);
}

void IpAccessListBox::load(const topology::Parsed<IpAccessList> &stored) {
    m_readable = stored.isValid();
    m_list = stored.value.value_or(IpAccessList());
    m_loaded = m_list;
    {
        const QSignalBlocker a(m_only), b(m_except);
        (m_list.mode() == IpAccessList::Mode::OnlyListed ? m_only : m_except)->setChecked(true);
    }
    m_unreadable->setText(stored.error);
    m_unreadable->setVisible(!m_readable);
    refresh();
}

std::optional<IpAccessList> IpAccessListBox::list() const {
    if (!m_readable)
        return std::nullopt;
    return m_list;
}

bool IpAccessListBox::isChanged() const {
    return m_readable && m_list != m_loaded;
}

QString IpAccessListBox::addEntry(const IpAccessList::Entry &entry) {
    const QString problem = m_list.add(entry);
    if (problem.isEmpty()) {
        refresh();
        Q_EMIT changed();
    }
    return problem;
}

void IpAccessListBox::add() {
    auto *dialog = new IpAccessEntryDialog(
        [this](const IpAccessList::Entry &e) {
            return m_list.entries().contains(e) ? tr("%1 is on the list already.").arg(e.toString())
                                                : QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addEntry(dialog->entry()); });
    dialog->open();
}

void IpAccessListBox::removeSelected() {
    const int row = m_entries->currentRow();
    if (row < 0 || m_entries->selectedItems().isEmpty())
        return;
    m_list.removeAt(row);
    refresh();
    Q_EMIT changed();
}

void IpAccessListBox::refresh() {
    {
        const QSignalBlocker blocker(m_entries);
        m_entries->clear();
        for (const IpAccessList::Entry &e : m_list.entries())
            m_entries->addItem(e.isGroup() ? tr("%1 (subnet mask %2)").arg(e.address, e.mask) : e.address);
    }
    updateButtons();
}

void IpAccessListBox::updateButtons() {
    for (QWidget *w : {static_cast<QWidget *>(m_only), static_cast<QWidget *>(m_except),
                       static_cast<QWidget *>(m_entries), static_cast<QWidget *>(m_add)})
        w->setEnabled(m_readable);
    m_remove->setEnabled(m_readable && !m_entries->selectedItems().isEmpty());
}

} // namespace properties
