#pragma once

// The Properties dialog of one directory object (ESM style): builds the tabs for the object's kind,
// validates them all before anything is written, writes one asserted modify, and on a concurrent change
// lets the user reload or overwrite. Works on its own copy of the entry, so the topology may change
// (even lose the object) while it is open.

#include "Connection.h"
#include "DirectoryObject.h"
#include "Dn.h"
#include "Entry.h"
#include "EntryEdit.h"
#include "Topology.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;

namespace properties {

class PropertyTab;

class PropertySheet : public QDialog {
    Q_OBJECT
public:
    PropertySheet(directory::Connection *connection, const topology::Topology *topology,
                  const directory::Dn &dn, QWidget *parent = nullptr);
    ~PropertySheet() override;

    const directory::Dn &dn() const { return m_dn; }
    topology::ObjectKind kind() const { return m_kind; }
    // The entry the tabs were last loaded from: as opened, as last saved, or as reloaded.
    const directory::Entry &loadedEntry() const { return m_loaded; }

    QTabWidget *tabWidget() const { return m_tabWidget; }
    QList<PropertyTab *> tabs() const { return m_tabs; }
    template <class T> T *tab() const {
        for (PropertyTab *tab : m_tabs)
            if (auto *typed = qobject_cast<T *>(tab))
                return typed;
        return nullptr;
    }
    QPushButton *okButton() const { return m_okButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    bool isSaving() const { return m_saving; }

    // Brings the tab and field that edit `attribute` to the front; false when no tab has it.
    bool showAttribute(const QString &attribute);

    // What the tabs would write now (empty when nothing changed); does not validate.
    topology::EntryEdit pendingEdit() const;

public Q_SLOTS:
    // OK: validate, write if anything changed, close once written.
    void accept() override;
    // Apply: validate and write, stay open. Returns false when a tab refused its input.
    bool apply();
    void reject() override;

Q_SIGNALS:
    void saved();         // a write succeeded; loadedEntry() is the entry as the directory now holds it
    void conflictShown(); // the ConflictDialog is open
    void saveFailed(const QString &message);

private:
    void buildTabs();
    void loadTabs(const directory::Entry &entry);
    bool validateTabs();
    bool save(bool closeWhenWritten);
    void write(const directory::ChangeRequest &request, const topology::EntryEdit &edit,
               const directory::Entry &basis, bool closeWhenWritten);
    void readBackSaved(const directory::Entry &expected, bool closeWhenWritten);
    void readCurrentAndResolve(const topology::EntryEdit &edit, bool closeWhenWritten);
    void showConflict(const topology::EntryEdit &edit, const directory::Entry &current,
                      bool closeWhenWritten);
    void showError(const QString &message);
    void setSaving(bool saving);
    void tabChanged();

    QPointer<directory::Connection> m_connection;
    QPointer<const topology::Topology> m_topology;
    directory::Dn m_dn;
    directory::Entry m_loaded;
    topology::ObjectKind m_kind = topology::ObjectKind::Other;

    QTabWidget *m_tabWidget;
    QList<PropertyTab *> m_tabs;
    QLabel *m_statusLabel;
    QPushButton *m_okButton;
    QPushButton *m_cancelButton;
    QPushButton *m_applyButton;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace properties
