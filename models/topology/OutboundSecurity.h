#pragma once

// How a connector or virtual server authenticates to the servers it sends to (Outbound Security):
// anonymously, with basic authentication or integrated Windows authentication, with or without
// TLS, and whether it says HELO instead of EHLO. All in msExchSmtpOutboundSecurityFlag, whose
// other bits are kept as they were.
//
// Known bits: 0x4 = TLS, 0x400000 = HELO instead of EHLO (both confirmed). The authentication
// kind in the two lowest bits (0 anonymous, 1 basic, 2 integrated) is inferred; 0 = anonymous
// matches Exchange's default.

#include <QCoreApplication>
#include <QString>

namespace topology {

class OutboundSecurity {
    Q_DECLARE_TR_FUNCTIONS(topology::OutboundSecurity)
public:
    enum class Authentication { Anonymous = 0, Basic = 1, Integrated = 2 };

    static constexpr qint64 AuthenticationMask = 0x3;
    static constexpr qint64 TlsFlag = 0x4;
    static constexpr qint64 HeloFlag = 0x400000;

    OutboundSecurity() = default;
    static OutboundSecurity fromFlags(qint64 flags);

    Authentication authentication() const { return m_authentication; }
    void setAuthentication(Authentication a) { m_authentication = a; }
    bool tls() const { return m_tls; }
    void setTls(bool on) { m_tls = on; }
    bool helo() const { return m_helo; }
    void setHelo(bool on) { m_helo = on; }
    // The flags to write: these settings over `previous`, whose other bits stay.
    qint64 toFlags(qint64 previous) const;
    // Basic and integrated authentication need an account name ("" when it is fine).
    static QString checkAccount(Authentication authentication, const QString &account);

private:
    Authentication m_authentication = Authentication::Anonymous;
    bool m_tls = false;
    bool m_helo = false;
};

} // namespace topology
