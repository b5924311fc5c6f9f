#pragma once

// Where a test message goes: a host (name, IPv4 address, or IPv6 address) and a port, read from
// "host:port", "[2001:db8::1]:25" or a bare host (port 25), with the reason when it does not read.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace smtp {

class SmtpEndpoint {
    Q_DECLARE_TR_FUNCTIONS(smtp::SmtpEndpoint)
public:
    static constexpr int DefaultPort = 25;

    SmtpEndpoint() = default;
    SmtpEndpoint(const QString &host, int port)
        : m_host(host)
        , m_port(port) {}

    static std::optional<SmtpEndpoint> parse(const QString &text, QString *error = nullptr);

    QString host() const { return m_host; }
    int port() const { return m_port; }
    bool isValid() const { return !m_host.isEmpty() && m_port > 0; }
    // "host:port", with brackets around an IPv6 address.
    QString toString() const;

private:
    QString m_host;
    int m_port = DefaultPort;
};

} // namespace smtp
