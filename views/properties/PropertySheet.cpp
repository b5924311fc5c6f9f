#include "PropertySheet.h"

#include "ObjectFactory.h"

#include "ConflictDialog.h"
#include "Connection.h"
#include "ConnectorAddressSpaceTab.h"
#include "ConnectorAdvancedTab.h"
#include "ConnectorContentRestrictionsTab.h"
#include "ConnectorDetailsTab.h"
#include "ConnectorGeneralTab.h"
#include "GenericTab.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"
#include "VirtualServerDeliveryTab.h"
#include "VirtualServerGeneralTab.h"
#include "VirtualServerMessagesTab.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace properties {

using topology::ObjectKind;

namespace {

// `basis` with the edit's new values: what the directory holds after the edit was written over it.
directory::Entry withEdit(directory::Entry basis, const topology::EntryEdit &edit) {
    for (const QString &attribute : edit.changedAttributes())
        basis.setStrings(attribute, edit.value(attribute));
    return basis;
}

} // namespace

PropertySheet::PropertySheet(directory::Connection *connection, const topology::Topology *topology,
                             const directory::Dn &dn, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_topology(topology)
    , m_dn(dn) {
    setObjectName(QStringLiteral("propertySheet"));

    const topology::DirectoryObject *object = topology ? topology->find(dn) : nullptr;
    if (object) {
        m_kind = object->kind();
        m_loaded = object->entry(); // a copy: the topology may drop or change the object meanwhile
    }

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName(QStringLiteral("propertyTabs"));
    m_tabWidget->setUsesScrollButtons(false); // every tab title visible, as in ESM: the sheet widens instead

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_applyButton = buttons->button(QDialogButtonBox::Apply);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &PropertySheet::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PropertySheet::reject);
    connect(m_applyButton, &QPushButton::clicked, this, &PropertySheet::apply);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabWidget, 1);
    layout->addLayout(bottom);

    if (object) {
        buildTabs();
        loadTabs(m_loaded);
    } else {
        setWindowTitle(tr("Properties"));
        auto *gone = new QLabel(tr("%1 is no longer in the directory.").arg(dn.toDisplayString()), this);
        gone->setWordWrap(true);
        gone->setAlignment(Qt::AlignCenter);
        m_tabWidget->addTab(gone, tr("General"));
    }
    // The generic sheet lists raw attributes, whose values (DNs) need the width.
    const bool typed = m_kind == ObjectKind::VirtualServer || m_kind == ObjectKind::SmtpConnector;
    resize(typed ? 480 : 680, 540);
}

PropertySheet::~PropertySheet() = default;

void PropertySheet::buildTabs() {
    switch (m_kind) {
    case ObjectKind::VirtualServer:
        m_tabs = {new VirtualServerGeneralTab, new VirtualServerMessagesTab, new VirtualServerDeliveryTab};
        break;
    case ObjectKind::SmtpConnector:
        m_tabs = {new ConnectorGeneralTab, new ConnectorAddressSpaceTab, new ConnectorContentRestrictionsTab,
                  new ConnectorAdvancedTab, new ConnectorDetailsTab};
        break;
    default:
        m_tabs = {new GenericTab};
        break;
    }
    for (PropertyTab *tab : std::as_const(m_tabs)) {
        m_tabWidget->addTab(tab, tab->title());
        connect(tab, &PropertyTab::changed, this, &PropertySheet::tabChanged);
    }
}

void PropertySheet::loadTabs(const directory::Entry &entry) {
    m_loaded = entry;
    const std::unique_ptr<topology::DirectoryObject> object = topology::makeObject(m_dn, entry);
    // Context (sibling virtual servers, bridgehead candidates) comes from the topology if it is still
    // there; the tabs copy what they need.
    const topology::Topology empty;
    const topology::Topology &context = m_topology ? *m_topology : empty;
    m_loading = true;
    for (PropertyTab *tab : std::as_const(m_tabs))
        tab->load(context, *object);
    m_loading = false;
    setWindowTitle(tr("%1 Properties").arg(object->displayName()));
    m_applyButton->setEnabled(false);
}

void PropertySheet::tabChanged() {
    if (!m_loading && !m_saving)
        m_applyButton->setEnabled(true);
}

bool PropertySheet::showAttribute(const QString &attribute) {
    for (PropertyTab *tab : std::as_const(m_tabs)) {
        m_tabWidget->setCurrentWidget(tab); // first, so the field can take the focus
        if (tab->focusAttribute(attribute))
            return true;
    }
    if (!m_tabs.isEmpty())
        m_tabWidget->setCurrentWidget(m_tabs.first());
    return false;
}

topology::EntryEdit PropertySheet::pendingEdit() const {
    topology::EntryEdit edit(m_loaded);
    for (const PropertyTab *tab : m_tabs)
        tab->save(edit);
    return edit;
}

bool PropertySheet::validateTabs() {
    // Every tab marks its own fields; the sheet shows the first tab that refused something.
    int firstBad = -1;
    for (int i = 0; i < m_tabs.size(); ++i) {
        if (!m_tabs.at(i)->validate().isEmpty() && firstBad < 0)
            firstBad = i;
    }
    if (firstBad < 0)
        return true;
    m_tabWidget->setCurrentWidget(m_tabs.at(firstBad));
    m_tabs.at(firstBad)->validate(); // again, now that it is visible, so its first bad field gets the focus
    return false;
}

void PropertySheet::accept() {
    if (!m_saving)
        save(true);
}

bool PropertySheet::apply() {
    return !m_saving && save(false);
}

void PropertySheet::reject() {
    // A write in flight cannot be taken back; closing now would hide its outcome.
    if (!m_saving)
        QDialog::reject();
}

bool PropertySheet::save(bool closeWhenWritten) {
    if (!validateTabs())
        return false;
    const topology::EntryEdit edit = pendingEdit();
    if (edit.isEmpty()) {
        m_applyButton->setEnabled(false);
        if (closeWhenWritten)
            QDialog::accept();
        return true;
    }
    write(edit.toModify(), edit, m_loaded, closeWhenWritten);
    return true;
}

void PropertySheet::write(const directory::ChangeRequest &request, const topology::EntryEdit &edit,
                          const directory::Entry &basis, bool closeWhenWritten) {
    if (!m_connection) {
        showError(tr("The connection to the directory was closed. Nothing was saved."));
        return;
    }
    setSaving(true);
    if (request.modifications.isEmpty()) {
        // Overwriting with values the directory already holds: nothing to send.
        readBackSaved(withEdit(basis, edit), closeWhenWritten);
        return;
    }
    m_connection->apply(request)->then(
        this, [this, edit, basis, closeWhenWritten](directory::DirectoryReply *reply) {
            const directory::LdapResult result = reply->result();
            if (result.ok()) {
                readBackSaved(withEdit(basis, edit), closeWhenWritten);
            } else if (result.isConflict()) {
                readCurrentAndResolve(edit, closeWhenWritten);
            } else {
                setSaving(false);
                showError(result.text());
            }
        });
}

void PropertySheet::readBackSaved(const directory::Entry &expected, bool closeWhenWritten) {
    const auto finish = [this, closeWhenWritten](const directory::Entry &entry) {
        setSaving(false);
        loadTabs(entry);
        Q_EMIT saved();
        if (closeWhenWritten)
            QDialog::accept();
    };
    // The directory may store a value in its own spelling (slapd rewrites DN values as "cn=…"), and the
    // next save asserts what the sheet loaded: so the sheet continues from what the server now holds.
    if (!m_connection) {
        finish(expected);
        return;
    }
    m_connection->searchBase(m_dn.toString())
        ->then(this, [finish, expected](directory::DirectoryReply *reply) {
            const bool read = reply->result().ok() && !reply->entries().isEmpty();
            finish(read ? reply->entries().first() : expected);
        });
}

void PropertySheet::readCurrentAndResolve(const topology::EntryEdit &edit, bool closeWhenWritten) {
    if (!m_connection) {
        setSaving(false);
        showError(tr("The connection to the directory was closed. Nothing was saved."));
        return;
    }
    m_statusLabel->setText(tr("Reading the current values…"));
    m_connection->searchBase(m_dn.toString())
        ->then(this, [this, edit, closeWhenWritten](directory::DirectoryReply *reply) {
            setSaving(false);
            const directory::LdapResult result = reply->result();
            if (!result.ok() || reply->entries().isEmpty()) {
                showError(result.ok() ? tr("%1 is no longer in the directory. Nothing was saved.")
                                            .arg(m_dn.toDisplayString())
                                      : result.text());
                return;
            }
            showConflict(edit, reply->entries().first(), closeWhenWritten);
        });
}

void PropertySheet::showConflict(const topology::EntryEdit &edit, const directory::Entry &current,
                                 bool closeWhenWritten) {
    QList<ConflictDialog::Row> rows;
    for (const QString &attribute : edit.conflictsWith(current))
        rows.append(
            {attribute, edit.loaded().strings(attribute), current.strings(attribute), edit.value(attribute)});
    const std::unique_ptr<topology::DirectoryObject> object = topology::makeObject(m_dn, current);
    auto *dialog = new ConflictDialog(object->displayName(), rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, edit, current, closeWhenWritten](int result) {
        if (result == ConflictDialog::Reload) {
            loadTabs(current); // the user's edits are discarded, as the button says
        } else if (result == ConflictDialog::Overwrite) {
            write(edit.toModifyOver(current), edit, current, closeWhenWritten);
        }
        // Cancel: back to the sheet with the edits intact; Apply stays enabled.
    });
    dialog->open();
    Q_EMIT conflictShown();
}

void PropertySheet::showError(const QString &message) {
    auto *box =
        new QMessageBox(QMessageBox::Warning, windowTitle(),
                        tr("The changes could not be saved.\n\n%1").arg(message), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("saveErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT saveFailed(message);
}

void PropertySheet::setSaving(bool saving) {
    m_saving = saving;
    m_tabWidget->setEnabled(!saving);
    m_okButton->setEnabled(!saving);
    m_cancelButton->setEnabled(!saving);
    m_applyButton->setEnabled(!saving && !pendingEdit().isEmpty());
    m_statusLabel->setText(saving ? tr("Saving…") : QString());
}

} // namespace properties
