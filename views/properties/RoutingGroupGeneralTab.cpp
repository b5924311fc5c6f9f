#include "RoutingGroupGeneralTab.h"

#include "Attributes.h"
#include "EntryEdit.h"
#include "ExchangeServer.h"
#include "FieldMessage.h"
#include "ReadOnlyLook.h"
#include "RoutingGroup.h"
#include "Topology.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace properties {

namespace {
constexpr int DnRole = Qt::UserRole;
}

RoutingGroupGeneralTab::RoutingGroupGeneralTab(QWidget *parent)
    : PropertyTab(parent)
    , m_name(new QLineEdit(this))
    , m_master(new QComboBox(this))
    , m_members(new QTreeWidget(this)) {
    m_name->setObjectName(QStringLiteral("nameEdit"));
    widgets::ReadOnlyLook::apply(m_name,
                                 tr("To change the name, close this sheet and use Action › Rename (F2)."));
    m_master->setObjectName(QStringLiteral("masterCombo"));
    m_master->setWhatsThis(
        tr("The member server that keeps the routing state of this group. Every routing "
           "group with members needs one; the Exchange Server Analyzer warns when it names "
           "no valid server."));
    m_masterMessage = new widgets::FieldMessage(m_master, this);
    connect(m_master, &QComboBox::currentIndexChanged, this, &PropertyTab::changed);
    connect(m_master, &QComboBox::currentIndexChanged, this, &RoutingGroupGeneralTab::updateRoles);
    m_members->setObjectName(QStringLiteral("membersList"));
    m_members->setHeaderLabels({tr("Server"), tr("Role"), tr("Version")});
    m_members->setRootIsDecorated(false);
    m_members->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *masterLabel = new QLabel(tr("Routing group &master:"), this);
    masterLabel->setBuddy(m_master);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(masterLabel, m_masterMessage->withField());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Members (servers whose home routing group this is):"), this));
    layout->addWidget(m_members, 1);
}

QString RoutingGroupGeneralTab::title() const {
    return tr("General");
}

void RoutingGroupGeneralTab::load(const topology::Topology &topology,
                                  const topology::DirectoryObject &object) {
    const auto *rg = dynamic_cast<const topology::RoutingGroup *>(&object);
    if (!rg)
        return;
    m_name->setText(rg->displayName());
    m_shownMaster = object.entry().string(topology::attr::routingMaster);
    const directory::Dn master = directory::Dn::parse(m_shownMaster);
    QList<const topology::ExchangeServer *> members = topology.members(rg->dn());
    std::sort(members.begin(), members.end(),
              [](auto *a, auto *b) { return a->displayName().localeAwareCompare(b->displayName()) < 0; });
    const QSignalBlocker blocker(m_master);
    m_master->clear();
    m_members->clear();
    m_master->addItem(tr("(none)"), QString());
    bool masterListed = m_shownMaster.isEmpty();
    for (const topology::ExchangeServer *server : std::as_const(members)) {
        m_master->addItem(server->displayName(), server->dn().toString());
        auto *item = new QTreeWidgetItem(m_members);
        item->setText(0, server->displayName());
        item->setText(2, server->version());
        item->setData(0, DnRole, server->dn().toString());
        if (server->dn() == master) {
            m_master->setCurrentIndex(m_master->count() - 1);
            masterListed = true;
        }
    }
    if (!masterListed) {
        // Kept as stored, so nothing changes unless chosen. A server deleted in Active Directory
        // reads as its name in Deleted Objects: shown by the name it had.
        const QString deleted = master.deletedObjectName();
        m_master->addItem(
            !deleted.isEmpty()
                ? tr("%1 (deleted)").arg(deleted)
                : tr("%1 (not a member)").arg(master.isValid() ? master.toDisplayString() : m_shownMaster),
            m_shownMaster);
        m_master->setCurrentIndex(m_master->count() - 1);
        m_masterMessage->note(tr("The stored master is not a member of this routing group; choose one of the "
                                 "members."));
    } else {
        m_masterMessage->clear();
    }
    updateRoles();
}

void RoutingGroupGeneralTab::updateRoles() {
    const directory::Dn master = directory::Dn::parse(m_master->currentData().toString());
    for (int i = 0; i < m_members->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_members->topLevelItem(i);
        item->setText(1, directory::Dn::parse(item->data(0, DnRole).toString()) == master ? tr("Master")
                                                                                          : tr("Member"));
    }
}

bool RoutingGroupGeneralTab::isComplete() const {
    return m_members->topLevelItemCount() == 0 || !m_master->currentData().toString().isEmpty();
}

QString RoutingGroupGeneralTab::validate() {
    if (m_members->topLevelItemCount() > 0 && m_master->currentData().toString().isEmpty())
        return m_masterMessage->reportAndFocus(
            tr("Choose the routing group master; a routing group with members needs one."));
    m_masterMessage->clear();
    return QString();
}

void RoutingGroupGeneralTab::save(topology::EntryEdit &edit) const {
    const QString chosen = m_master->currentData().toString();
    if (!topology::EntryEdit::sameValues(
            topology::attr::routingMaster, chosen.isEmpty() ? QStringList() : QStringList{chosen},
            m_shownMaster.isEmpty() ? QStringList() : QStringList{m_shownMaster}))
        edit.set(topology::attr::routingMaster, chosen);
}

} // namespace properties
