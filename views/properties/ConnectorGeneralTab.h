#pragma once

// General tab of an SMTP connector: DNS or smart-host routing, and the local bridgeheads (SMTP virtual
// servers of the connector's routing group). The name is shown only; renaming is a console action.

#include "BridgeheadChooserDialog.h"
#include "PropertyTab.h"

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
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

    // The msExchSourceBridgeheadServersDN values the list holds, in order.
    QStringList bridgeheadDns() const;

private:
    void addBridgeheads();
    void removeBridgehead();
    void appendBridgehead(const QString &dn);
    void routingChanged();
    void updateButtons();

    QLineEdit *m_nameEdit;
    QRadioButton *m_dnsRadio;
    QRadioButton *m_forwardRadio;
    QLineEdit *m_smartHostEdit;
    widgets::FieldMessage *m_smartHostMessage;
    QTreeWidget *m_bridgeheadsList;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;

    // The routing group's virtual servers when the sheet was opened (copies: the topology may change).
    QList<BridgeheadChooserDialog::Choice> m_candidates;
    QString m_shownSmartHost; // the stored text, empty when routing by DNS
};

} // namespace properties
