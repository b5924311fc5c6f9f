#pragma once

// One listening address of an SMTP virtual server, i.e. one msExchServerBindings value "IP:port:"
// (IIS ServerBindings style): read, checked and written here and nowhere else.
//
// IPv6: "[2001:db8::1]:25:" and "2001:db8::1:25:" are both read (the unbracketed form is split at its
// last colon, after dropping the trailing one, as Exchange 2007 does); we always write the bracketed
// form because only it can also carry a host header unambiguously.

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace topology {

class ServerBinding {
    Q_DECLARE_TR_FUNCTIONS(topology::ServerBinding)

public:
    static constexpr int DefaultPort = 25;

    // ":25:", the default binding: every unassigned address, port 25.
    ServerBinding() = default;

    // Reads "IP:port:" or "IP:port:hostheader", tolerating surrounding spaces and a missing trailing
    // colon. An empty IP means "(All Unassigned)". The IP is kept in canonical form ("2001:db8::1").
    static std::optional<ServerBinding> parse(const QString &value, QString *error = nullptr);

    // Builds a binding from the fields of the "Advanced" dialog, with the same checks as parse().
    static std::optional<ServerBinding> create(const QString &address, int port,
                                               const QString &hostHeader = {}, QString *error = nullptr);

    // Field checks; each returns an empty string when the input is fine, else a translated reason.
    // An address is an IPv4 address (dotted quad), an IPv6 address, or empty for all unassigned.
    static QString validateAddress(const QString &address);
    static QString validatePort(int port);

    QString address() const { return m_address; } // empty: all unassigned
    int port() const { return m_port; }
    QString hostHeader() const { return m_hostHeader; }
    bool isAllUnassigned() const { return m_address.isEmpty(); }

    // msExchServerBindings value: ":25:", "10.1.0.5:25:", "[2001:db8::1]:25:".
    QString toValue() const;
    // The IP address column of the dialog: the address, or "(All Unassigned)".
    QString displayAddress() const;

    // Two virtual servers of one server cannot both listen on these bindings: same port, and the same
    // address or either one on all unassigned addresses. IIS would let a specific address take its
    // share of an "(All Unassigned)" port, but the mail server these bindings become cannot: a
    // listener on every address of a port leaves no address of that port to another one. SMTP has
    // no host headers, so they are ignored.
    bool conflictsWith(const ServerBinding &other) const;

    friend bool operator==(const ServerBinding &a, const ServerBinding &b);
    friend bool operator!=(const ServerBinding &a, const ServerBinding &b) { return !(a == b); }

private:
    ServerBinding(const QString &address, int port, const QString &hostHeader);

    QString m_address;
    int m_port = DefaultPort;
    QString m_hostHeader;
};

size_t qHash(const ServerBinding &binding, size_t seed = 0);

} // namespace topology

Q_DECLARE_METATYPE(topology::ServerBinding)
