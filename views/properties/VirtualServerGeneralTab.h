#pragma once

// General tab of an SMTP virtual server: its display name, the IP addresses and ports it listens on
// (refusing one that another virtual server of the same server already uses) and the FQDN it
// announces. In create mode (the wizards) it shows one IP address and port instead of the list and
// checks every field against the topology as it is edited; the checks are VirtualServerChecks'.

#include "CreationPlanner.h"
#include "PropertyTab.h"
#include "ServerBinding.h"
#include "VirtualServerChecks.h"

#include <QPointer>

#include <optional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace widgets {
class FieldMessage;
}

namespace properties {

class VirtualServerGeneralTab : public PropertyTab {
    Q_OBJECT
public:
    explicit VirtualServerGeneralTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

    // The msExchServerBindings values the list holds, in order (unreadable loaded values kept as is).
    QStringList bindingValues() const;

    // Create mode: the fields start from `defaults` (a new virtual server of defaults.server), and
    // the topology, which must outlive the tab, is asked about the other virtual servers each time.
    void startCreating(const topology::Topology &topology,
                       const topology::CreationPlanner::VirtualServer &defaults);
    bool isCreating() const { return m_creating; }
    // The fields as a new virtual server (create mode); `spec` keeps what does not parse.
    void fill(topology::CreationPlanner::VirtualServer &spec) const;

private:
    struct Problems {
        QString name;
        QString bindings; // create mode: the address (or the address and port together)
        QString port;     // create mode
        QString fqdn;
    };

    void addBinding();
    void editBinding();
    void removeBinding();
    void setItem(QTreeWidgetItem *item, const QString &value,
                 const std::optional<topology::ServerBinding> &binding);
    void bindingsEdited();
    void updateButtons();
    QList<topology::VirtualServerChecks::Neighbour> neighbours() const;
    std::optional<topology::ServerBinding> enteredBinding() const;
    QString enteredAddress() const;
    Problems problems() const;
    QString bindingsProblem() const;
    // Create mode: the reasons at every field, without moving the focus.
    void showProblems();

    QLineEdit *m_nameEdit;
    widgets::FieldMessage *m_nameMessage;
    QGroupBox *m_bindingsBox;
    QTreeWidget *m_bindingsList;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    widgets::FieldMessage *m_bindingsMessage;
    QGroupBox *m_newBindingBox;
    QComboBox *m_addressCombo;
    widgets::FieldMessage *m_addressMessage;
    QSpinBox *m_portSpin;
    widgets::FieldMessage *m_portMessage;
    QLineEdit *m_fqdnEdit;
    widgets::FieldMessage *m_fqdnMessage;

    // Edit mode: copies, taken when the sheet was opened. Create mode: asked of m_topology.
    QList<topology::VirtualServerChecks::Neighbour> m_neighbours;
    QPointer<const topology::Topology> m_topology;
    directory::Dn m_server;
    bool m_creating = false;
    QString m_shownName;
    QString m_shownFqdn;
};

} // namespace properties
