#include "ConnectionSettings.h"

#include "Dn.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace directory {

QString ConnectionSettings::validate() const {
    const QString u = uri.trimmed();
    if (u.isEmpty())
        return QCoreApplication::translate("directory::ConnectionSettings",
                                           "Enter the server address, for example ldap://dc1.example.com.");
    if (!u.startsWith(QLatin1String("ldap://")) && !u.startsWith(QLatin1String("ldaps://")) &&
        !u.startsWith(QLatin1String("ldapi://")))
        return QCoreApplication::translate("directory::ConnectionSettings",
                                           "The address must start with ldap://, ldaps:// or ldapi://.");
    if (!baseDn.trimmed().isEmpty() && !Dn::parse(baseDn).isValid())
        return QCoreApplication::translate("directory::ConnectionSettings",
                                           "The base DN is not a valid distinguished name.");
    if (bind == Bind::Simple) {
        if (bindDn.trimmed().isEmpty())
            return QCoreApplication::translate("directory::ConnectionSettings",
                                               "Enter the DN to bind as, or choose anonymous.");
        if (!isBindName(bindDn))
            return QCoreApplication::translate(
                "directory::ConnectionSettings",
                "Bind as a distinguished name (CN=Administrator,CN=Users,DC=example,DC=com) or, on "
                "Active Directory, a user name (Administrator@example.com or EXAMPLE\\Administrator).");
    }
    if (bind == Bind::SaslExternal && !u.startsWith(QLatin1String("ldapi://")) && effectiveTls() == Tls::None)
        return QCoreApplication::translate(
            "directory::ConnectionSettings",
            "SASL EXTERNAL needs an ldapi:// address or a TLS client certificate.");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return QCoreApplication::translate("directory::ConnectionSettings",
                                           "The CA certificate file %1 cannot be read.")
            .arg(caFile);
    if (tls == Tls::StartTls && u.startsWith(QLatin1String("ldaps://")))
        return QCoreApplication::translate("directory::ConnectionSettings",
                                           "Use either StartTLS or an ldaps:// address, not both.");
    return QString();
}

bool ConnectionSettings::isBindName(const QString &name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return false;
    if (Dn::parse(n).isValid() && n.contains(QLatin1Char('=')))
        return true;
    // Active Directory also binds user principal names and down-level logon names.
    static const QRegularExpression upn(QStringLiteral("^[^@\\s=,]+@[^@\\s=,]+$"));
    static const QRegularExpression downLevel(QStringLiteral("^[^\\\\\\s=,]+\\\\[^\\\\\\s=,]+$"));
    return upn.match(n).hasMatch() || downLevel.match(n).hasMatch();
}

ConnectionSettings::Tls ConnectionSettings::effectiveTls() const {
    if (uri.trimmed().startsWith(QLatin1String("ldaps://")))
        return Tls::Ldaps;
    return tls == Tls::Ldaps ? Tls::None : tls;
}

QString ConnectionSettings::displayName() const {
    switch (bind) {
    case Bind::Anonymous:
        return QCoreApplication::translate("directory::ConnectionSettings", "%1 (anonymous)").arg(uri);
    case Bind::Simple:
        return QCoreApplication::translate("directory::ConnectionSettings", "%1 as %2").arg(uri, bindDn);
    case Bind::SaslExternal:
        return QCoreApplication::translate("directory::ConnectionSettings", "%1 (SASL EXTERNAL)").arg(uri);
    }
    return uri;
}

} // namespace directory
