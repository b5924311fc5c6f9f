#pragma once

// Delivery Restrictions tab of an SMTP connector: whether messages are accepted or rejected by
// default (dLMemDefault: 0 accepted, 1 rejected; inferred), and the senders accepted (authOrig)
// and rejected (unauthOrig) whatever the default, by DN. Groups already listed in
// dLMemSubmitPerms / dLMemRejectPerms are shown with the senders and kept there.

#include "PropertyTab.h"

class QRadioButton;

namespace properties {

class DnListBox;

class ConnectorDeliveryRestrictionsTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorDeliveryRestrictionsTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override { return problem().isEmpty(); }
    void save(topology::EntryEdit &edit) const override;

    QRadioButton *acceptedRadio() const { return m_accepted; }
    QRadioButton *rejectedRadio() const { return m_rejected; }
    DnListBox *acceptList() const { return m_accept; }
    DnListBox *rejectList() const { return m_reject; }

private:
    // Why the lists cannot be saved as they are, and the list to mark ("" and null when they can).
    QString problem(DnListBox **where = nullptr) const;
    QRadioButton *m_accepted;
    QRadioButton *m_rejected;
    DnListBox *m_accept;
    DnListBox *m_reject;
    bool m_shownRejected = false;
    bool m_defaultStored = false;
    QStringList m_shown[4];
};

} // namespace properties
