#pragma once

// Advanced tab of an SMTP connector: HELO instead of EHLO and required TLS, two bits of
// msExchSmtpOutboundSecurityFlag; every other bit of the stored value is kept.

#include "PropertyTab.h"

class QCheckBox;

namespace properties {

class ConnectorAdvancedTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorAdvancedTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override { return true; } // check boxes only
    void save(topology::EntryEdit &edit) const override;

private:
    QCheckBox *m_heloCheck;
    QCheckBox *m_requireTlsCheck;
    qint64 m_loadedFlags = 0;
};

} // namespace properties
