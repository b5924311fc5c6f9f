#pragma once

// General tab of an SMTP connector: DNS or smart-host routing, and the local bridgeheads (SMTP virtual
// servers of the connector's routing group). The name is shown only; renaming is a console action.
// In create mode (the wizards) the name is editable, suggested from the first bridgehead, and every
// field is checked as it is edited; the checks are ConnectorChecks'.

#include "BridgeheadChooserDialog.h"
#include "CreationPlanner.h"
#include "PropertyTab.h"

#include <QPointer>

class QGroupBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace widgets {
class FieldMessage;
}

namespace properties {

class ConnectorGeneralTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorGeneralTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

    // The msExchSourceBridgeheadServersDN values the list holds, in order.
    QStringList bridgeheadDns() const;

    // Create mode: a new connector in defaults.routingGroup, starting from `defaults`; the topology,
    // which must outlive the tab, is asked whether the name is free each time it changes. With
    // `fixedNameAndBridgeheads` (the Internet Mail wizard) only the routing is asked.
    void startCreating(const topology::Topology &topology,
                       const topology::CreationPlanner::Connector &defaults,
                       bool fixedNameAndBridgeheads = false);
    bool isCreating() const { return m_creating; }
    // The fields as a new connector (create mode): name, bridgeheads, smart hosts.
    void fill(topology::CreationPlanner::Connector &spec) const;

Q_SIGNALS:
    void bridgeheadsChanged();

private:
    struct Problems {
        QString name; // create mode
        QString smartHost;
    };
    Problems problems() const;
    void showProblems();
    void suggestName();
    void addBridgeheads();
    void removeBridgehead();
    void appendBridgehead(const QString &dn);
    void routingChanged();
    void updateButtons();

    QLineEdit *m_nameEdit;
    widgets::FieldMessage *m_nameMessage;
    QRadioButton *m_dnsRadio;
    QRadioButton *m_forwardRadio;
    QLineEdit *m_smartHostEdit;
    widgets::FieldMessage *m_smartHostMessage;
    QGroupBox *m_bridgeheadBox;
    QTreeWidget *m_bridgeheadsList;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;

    // The routing group's virtual servers when the sheet was opened (copies: the topology may change).
    QList<BridgeheadChooserDialog::Choice> m_candidates;
    QString m_shownSmartHost; // the stored text, empty when routing by DNS

    QPointer<const topology::Topology> m_topology; // create mode
    directory::Dn m_routingGroup;
    bool m_creating = false;
    bool m_nameTyped = false; // the user typed a name: stop suggesting one
};

} // namespace properties
