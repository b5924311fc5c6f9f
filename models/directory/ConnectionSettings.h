#pragma once

// Where and how to connect to a directory: URI, base DN, bind method, TLS. A value type that the
// connect dialog, the command line and saved profiles all produce.

#include <QMetaType>
#include <QString>

namespace directory {

struct ConnectionSettings {
    enum class Bind { Anonymous, Simple, SaslExternal };
    enum class Tls { None, StartTls, Ldaps };

    QString uri;    // ldap://host:port, ldaps://…, ldapi://%2Fpath
    QString baseDn; // empty: discover from the root DSE
    Bind bind = Bind::Anonymous;
    QString bindDn;      // a DN, or on Active Directory a user principal name (admin@example.com)
    QString password;    // never persisted by this type
    Tls tls = Tls::None; // Ldaps is implied by an ldaps:// URI
    QString caFile;
    bool verifyCertificate = true;
    int timeoutSeconds = 5;
    // Multi-entry writes as one RFC 5805 transaction when the server offers it; otherwise (or when
    // off) as ordered steps that are undone if one fails.
    bool useTransactions = true;

    // Checks the fields a user typed; returns an explanation or an empty string.
    QString validate() const;
    Tls effectiveTls() const;
    // A DN, a user principal name (user@realm) or a down-level logon name (DOMAIN\\user).
    static bool isBindName(const QString &name);
    // A short description for the status bar: "ldap://host:389 as cn=admin,…".
    QString displayName() const;
};

} // namespace directory

Q_DECLARE_METATYPE(directory::ConnectionSettings)
