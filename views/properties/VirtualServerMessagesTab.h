#pragma once

// Messages tab of an SMTP virtual server: the inbound message size limit (shown in KB, stored in
// bytes) and the number of recipients allowed per message.

#include "PropertyTab.h"

class QCheckBox;
class QSpinBox;

namespace properties {

class VirtualServerMessagesTab : public PropertyTab {
    Q_OBJECT
public:
    explicit VirtualServerMessagesTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override { return true; } // the spin boxes only hold valid values
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

private:
    QCheckBox *m_limitSizeCheck;
    QSpinBox *m_sizeSpin;
    QCheckBox *m_limitRecipientsCheck;
    QSpinBox *m_recipientsSpin;

    // What load() showed, so save() writes only what the user changed (a size that is not a whole
    // number of KB is not rounded unless edited).
    bool m_shownSizeLimited = false;
    int m_shownSizeKb = 0;
    bool m_shownRecipientsLimited = true;
    int m_shownRecipients = 0;
};

} // namespace properties
