#pragma once

// Access tab of an SMTP virtual server: how clients may authenticate (msExchAuthenticationFlags:
// 1 anonymous, 2 basic, 4 integrated Windows; the bit values follow IIS and are inferred), which
// computers may connect (msExchIPSecurity) and which may relay (msExchSmtpRelayIpList, and
// msExchSmtpRelayForAuth for computers that authenticated).

#include "PropertyTab.h"

class QCheckBox;
class QLabel;

namespace properties {

class IpAccessListBox;

class VirtualServerAccessTab : public PropertyTab {
    Q_OBJECT
public:
    static constexpr qint64 AnonymousFlag = 0x1;
    static constexpr qint64 BasicFlag = 0x2;
    static constexpr qint64 IntegratedFlag = 0x4;
    static constexpr qint64 DefaultFlags = AnonymousFlag | BasicFlag | IntegratedFlag;

    explicit VirtualServerAccessTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;

    QCheckBox *anonymousCheck() const { return m_anonymous; }
    QCheckBox *basicCheck() const { return m_basic; }
    QCheckBox *integratedCheck() const { return m_integrated; }
    IpAccessListBox *connectionControl() const { return m_connection; }
    IpAccessListBox *relayRestrictions() const { return m_relay; }
    QCheckBox *relayForAuthCheck() const { return m_relayForAuth; }

private:
    qint64 flags() const;

    QCheckBox *m_anonymous;
    QCheckBox *m_basic;
    QCheckBox *m_integrated;
    QLabel *m_authMessage;
    IpAccessListBox *m_connection;
    IpAccessListBox *m_relay;
    QCheckBox *m_relayForAuth;
    qint64 m_loadedFlags = DefaultFlags;
    bool m_loadedRelayForAuth = true;
};

} // namespace properties
