#pragma once

// The Outbound Security settings shared by a connector's Advanced tab and a virtual server's
// Delivery tab: anonymous, basic or integrated Windows authentication with its account and
// password, and TLS. Loads from and saves to one entry's msExchSmtpOutboundSecurity* attributes,
// keeping the flag bits it does not show.

#include "OutboundSecurity.h"

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace directory {
class Entry;
}

namespace topology {
class EntryEdit;
}

namespace widgets {
class FieldMessage;
}

namespace properties {

class OutboundSecurityBox : public QGroupBox {
    Q_OBJECT
public:
    explicit OutboundSecurityBox(QWidget *parent = nullptr);

    void load(const directory::Entry &entry);
    // The reason the settings cannot be saved, shown at the field; "" when they can.
    QString validate();
    // The same without marking the field.
    QString problem() const;
    // Writes `security` (the box's settings, perhaps with HELO set by the tab) over the loaded
    // flags, and the account and password, each only when it changed.
    void save(topology::EntryEdit &edit, const topology::OutboundSecurity &security) const;
    // The settings as shown, over the loaded flags.
    topology::OutboundSecurity security() const;
    qint64 loadedFlags() const { return m_loadedFlags; }

    QRadioButton *anonymousRadio() const { return m_anonymous; }
    QRadioButton *basicRadio() const { return m_basic; }
    QRadioButton *integratedRadio() const { return m_integrated; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *tlsCheck() const { return m_tls; }

Q_SIGNALS:
    void changed();

private:
    void updateFields();

    QRadioButton *m_anonymous;
    QRadioButton *m_basic;
    QRadioButton *m_integrated;
    QLineEdit *m_account;
    widgets::FieldMessage *m_accountMessage;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    qint64 m_loadedFlags = 0;
    QString m_loadedAccount;
    QString m_loadedPassword;
};

} // namespace properties
