#pragma once

// Delivery tab of an SMTP virtual server, as in ESM: when remote delivery is retried, when senders
// are told of a delay and when mail expires (local and remote), outbound security, the outbound
// connection limits, timeout and TCP port, the hop count, a masquerade domain, reverse DNS lookups
// and the smart host set on the virtual server itself (which Exchange discourages in favour of a
// connector's smart hosts). The announced FQDN is on the General tab.

#include "Limit.h"
#include "PropertyTab.h"

#include <array>

class QCheckBox;
class QLineEdit;

namespace widgets {
class FieldMessage;
class NumberField;
} // namespace widgets

namespace properties {

class DurationField;
class OutboundSecurityBox;

class VirtualServerDeliveryTab : public PropertyTab {
    Q_OBJECT
public:
    explicit VirtualServerDeliveryTab(QWidget *parent = nullptr);

    QString title() const override;
    void load(const topology::Topology &topology, const topology::DirectoryObject &object) override;
    QString validate() override;
    bool isComplete() const override;
    void save(topology::EntryEdit &edit) const override;
    bool focusAttribute(const QString &attribute) override;

    OutboundSecurityBox *securityBox() const { return m_security; }

private:
    // A number field with its message and the value loaded into it.
    struct Number {
        widgets::NumberField *spin = nullptr;
        widgets::FieldMessage *message = nullptr;
        qint64 shown = 0;
    };
    Number makeNumber(const QString &objectName, const topology::Limit &limit, const QString &whatsThis);
    QWidget *makeRetryBox();
    QWidget *makeTimeoutBox();
    QWidget *makeConnectionsBox();
    QWidget *makeAdvancedBox();
    // Each field's message with the reason its value cannot be used ("" when it can).
    QList<std::pair<widgets::FieldMessage *, QString>> problems() const;

    std::array<Number, 4> m_retries;
    bool m_retriesReadable = true;
    widgets::FieldMessage *m_retriesNote = nullptr;
    DurationField *m_localDelay;
    DurationField *m_localExpiration;
    DurationField *m_remoteDelay;
    DurationField *m_remoteExpiration;
    qint64 m_shownTimes[4] = {};
    OutboundSecurityBox *m_security;
    Number m_connections;
    Number m_perDomain;
    Number m_timeout;
    Number m_port;
    Number m_hops;
    QCheckBox *m_masqueradeCheck;
    QLineEdit *m_masqueradeEdit;
    widgets::FieldMessage *m_masqueradeMessage;
    QCheckBox *m_reverseDnsCheck;
    QLineEdit *m_smartHostEdit;
    widgets::FieldMessage *m_smartHostMessage;

    bool m_shownMasquerade = false;
    QString m_shownMasqueradeDomain;
    bool m_shownReverseDns = false;
    QString m_shownSmartHost;
    bool m_shownSmartHostUsable = false; // as stored, Exchange can use it (else saving rewrites it)
};

} // namespace properties
