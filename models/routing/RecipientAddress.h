#pragma once

// The recipient a route is asked for: an e-mail address ("user@contoso.com") or a bare domain,
// read and checked here; routing only looks at its domain.

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace routing {

class RecipientAddress {
    Q_DECLARE_TR_FUNCTIONS(routing::RecipientAddress)

public:
    // Refuses empty text, an empty local part or domain, and domains that are not host names,
    // with the reason in *error.
    static std::optional<RecipientAddress> parse(const QString &text, QString *error = nullptr);

    QString address() const { return m_address; } // as typed, trimmed
    QString domain() const { return m_domain; }   // lower case, without a final dot

private:
    QString m_address;
    QString m_domain;
};

} // namespace routing
