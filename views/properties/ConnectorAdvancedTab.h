#pragma once

// Advanced tab of an SMTP connector: outbound security (anonymous, basic or integrated
// authentication, TLS), HELO instead of EHLO (bits of msExchSmtpOutboundSecurityFlag; the others
// are kept), and asking the remote server to send queued mail (ETRN/TURN) for listed domains,
// from the smart host or another server (msExchRoutingETRNDomains, msExchSmtpTRNSmartHost).

#include "PropertyTab.h"

class QCheckBox;
class QLineEdit;

namespace widgets {
class FieldMessage;
}

namespace properties {

class OutboundSecurityBox;

class ConnectorAdvancedTab : public PropertyTab {
    Q_OBJECT
public:
    explicit ConnectorAdvancedTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;

    OutboundSecurityBox *securityBox() const { return m_security; }

private:
    // Why the ETRN domains and the ETRN server cannot be used ("" when they can).
    std::pair<QString, QString> etrnProblems() const;
    QStringList domains() const;
    void updateEtrn();

    QCheckBox *m_heloCheck;
    OutboundSecurityBox *m_security;
    QCheckBox *m_etrnCheck;
    QLineEdit *m_etrnDomainsEdit;
    widgets::FieldMessage *m_etrnDomainsMessage;
    QLineEdit *m_etrnServerEdit;
    widgets::FieldMessage *m_etrnServerMessage;
    QStringList m_shownDomains;
    QString m_shownServer;
};

} // namespace properties
