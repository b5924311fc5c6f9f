#include "ConnectorDeliveryRestrictionsTab.h"

#include "Attributes.h"
#include "DirectoryObject.h"
#include "Dn.h"
#include "DnListBox.h"
#include "EntryEdit.h"
#include "FieldMessage.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace properties {

namespace attr = topology::attr;

namespace {

const QString *const Attributes[4] = {&attr::authOrig, &attr::dlMemSubmitPerms, &attr::unauthOrig,
                                      &attr::dlMemRejectPerms};

} // namespace

ConnectorDeliveryRestrictionsTab::ConnectorDeliveryRestrictionsTab(QWidget *parent)
    : PropertyTab(parent) {
    m_accepted = new QRadioButton(tr("&Accepted"), this);
    m_accepted->setObjectName(QStringLiteral("acceptedByDefaultRadio"));
    m_rejected = new QRadioButton(tr("&Rejected"), this);
    m_rejected->setObjectName(QStringLiteral("rejectedByDefaultRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_accepted);
    group->addButton(m_rejected);
    for (QRadioButton *r : {m_accepted, m_rejected})
        connect(r, &QRadioButton::toggled, this, &PropertyTab::changed);
    m_accepted->setWhatsThis(tr("Messages from every sender go through this connector, except from the "
                                "senders on the reject list."));
    m_rejected->setWhatsThis(
        tr("Messages go through this connector only from the senders on the accept list."));

    m_accept =
        new DnListBox(tr("Accept messages from"), QStringLiteral("acceptSenders"), attr::authOrig, this);
    m_reject =
        new DnListBox(tr("Reject messages from"), QStringLiteral("rejectSenders"), attr::unauthOrig, this);
    m_accept->setWhatsThis(tr("Senders, by distinguished name, whose messages this connector always takes."));
    m_reject->setWhatsThis(tr("Senders, by distinguished name, whose messages this connector never takes."));
    m_accept->setOtherCheck([this](const QString &dn) {
        return m_reject->contains(dn) ? tr("This sender is on the reject list; remove it there first.")
                                      : QString();
    });
    m_reject->setOtherCheck([this](const QString &dn) {
        return m_accept->contains(dn) ? tr("This sender is on the accept list; remove it there first.")
                                      : QString();
    });
    for (DnListBox *box : {m_accept, m_reject})
        connect(box, &DnListBox::changed, this, &PropertyTab::changed);

    auto *defaults = new QHBoxLayout;
    defaults->addWidget(new QLabel(tr("By default, messages from everyone are:"), this));
    defaults->addWidget(m_accepted);
    defaults->addWidget(m_rejected);
    defaults->addStretch();
    auto *hint = new QLabel(tr("Restrictions are checked on the bridgehead servers for the senders of "
                               "messages; other mail takes another route or goes back to the sender."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(defaults);
    layout->addWidget(m_accept, 1);
    layout->addWidget(m_reject, 1);
    layout->addWidget(hint);
    m_accepted->setChecked(true);
}

QString ConnectorDeliveryRestrictionsTab::title() const {
    return tr("Delivery Restrictions");
}

void ConnectorDeliveryRestrictionsTab::load(const topology::Topology &,
                                            const topology::DirectoryObject &object) {
    const directory::Entry &entry = object.entry();
    m_defaultStored = entry.has(attr::dlMemDefault);
    m_shownRejected = entry.integer(attr::dlMemDefault, 0) == 1;
    (m_shownRejected ? m_rejected : m_accepted)->setChecked(true);
    QList<DnListBox::Item> accept, reject;
    for (int i = 0; i < 4; ++i) {
        m_shown[i] = entry.strings(*Attributes[i]);
        for (const QString &dn : std::as_const(m_shown[i]))
            (i < 2 ? accept : reject).append({dn, *Attributes[i]});
    }
    m_accept->setItems(accept);
    m_reject->setItems(reject);
}

QString ConnectorDeliveryRestrictionsTab::problem(DnListBox **where) const {
    // Everything on the lists was checked as it was added; a sender on both lists (stored by
    // another tool) would make the connector's answer depend on which list is read first.
    for (const DnListBox::Item &item : m_accept->items())
        if (m_reject->contains(item.dn)) {
            if (where)
                *where = m_reject;
            return tr("%1 is on both lists. Remove it from one of them.")
                .arg(directory::Dn::parse(item.dn).toDisplayString());
        }
    if (m_rejected->isChecked() && m_accept->items().isEmpty()) {
        if (where)
            *where = m_accept;
        return tr("With messages rejected by default, list the senders to accept; otherwise "
                  "no mail goes through this connector.");
    }
    return QString();
}

QString ConnectorDeliveryRestrictionsTab::validate() {
    m_accept->message()->clear();
    m_reject->message()->clear();
    DnListBox *where = nullptr;
    const QString found = problem(&where);
    if (where)
        where->message()->reportAndFocus(found);
    return found;
}

void ConnectorDeliveryRestrictionsTab::save(topology::EntryEdit &edit) const {
    const bool rejected = m_rejected->isChecked();
    if (rejected != m_shownRejected || (rejected && !m_defaultStored))
        edit.set(attr::dlMemDefault, QString::number(rejected ? 1 : 0));
    for (int i = 0; i < 4; ++i) {
        const QStringList now = (i < 2 ? m_accept : m_reject)->values(*Attributes[i]);
        if (!topology::EntryEdit::sameValues(*Attributes[i], now, m_shown[i]))
            edit.set(*Attributes[i], now);
    }
}

} // namespace properties
