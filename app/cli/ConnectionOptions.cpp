#include "ConnectionOptions.h"

#include <QFile>

namespace cli {

QList<QCommandLineOption> ConnectionOptions::options() {
    return {
        QCommandLineOption(QStringLiteral("uri"),
                           tr("Directory server address (ldap://, ldaps://, ldapi://)."), tr("URI")),
        QCommandLineOption(QStringLiteral("base"), tr("Base DN; discovered from the server if omitted."),
                           tr("DN")),
        QCommandLineOption(QStringLiteral("bind-dn"),
                           tr("Bind with this DN, or on Active Directory this user name such as "
                              "administrator@example.com (simple bind)."),
                           tr("DN")),
        QCommandLineOption(QStringLiteral("password-file"), tr("Read the bind password from this file."),
                           tr("FILE")),
        QCommandLineOption(QStringLiteral("sasl-external"),
                           tr("Bind with SASL EXTERNAL (ldapi:// peer credentials or a TLS client "
                              "certificate).")),
        QCommandLineOption(QStringLiteral("starttls"), tr("Use StartTLS.")),
        QCommandLineOption(QStringLiteral("ca-file"), tr("CA certificate file for TLS."), tr("FILE")),
    };
}

bool ConnectionOptions::isSet(const QCommandLineParser &parser) {
    return parser.isSet(QStringLiteral("uri"));
}

std::optional<directory::ConnectionSettings> ConnectionOptions::read(const QCommandLineParser &parser,
                                                                     QString *error) {
    directory::ConnectionSettings settings;
    settings.uri = parser.value(QStringLiteral("uri"));
    settings.baseDn = parser.value(QStringLiteral("base"));
    settings.caFile = parser.value(QStringLiteral("ca-file"));
    if (parser.isSet(QStringLiteral("starttls")))
        settings.tls = directory::ConnectionSettings::Tls::StartTls;
    if (parser.isSet(QStringLiteral("sasl-external"))) {
        if (parser.isSet(QStringLiteral("bind-dn"))) {
            *error = tr("Use either --sasl-external or --bind-dn, not both.");
            return std::nullopt;
        }
        settings.bind = directory::ConnectionSettings::Bind::SaslExternal;
    } else if (parser.isSet(QStringLiteral("bind-dn"))) {
        settings.bind = directory::ConnectionSettings::Bind::Simple;
        settings.bindDn = parser.value(QStringLiteral("bind-dn"));
        if (parser.isSet(QStringLiteral("password-file"))) {
            QFile file(parser.value(QStringLiteral("password-file")));
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read the password file %1: %2").arg(file.fileName(), file.errorString());
                return std::nullopt;
            }
            settings.password = QString::fromUtf8(file.readAll()).section(QLatin1Char('\n'), 0, 0);
        }
        // Without a password a simple bind is "unauthenticated", which servers treat as anonymous.
        if (settings.password.isEmpty()) {
            *error = tr("--bind-dn needs a password: give it with --password-file.");
            return std::nullopt;
        }
    }
    if (settings.uri.isEmpty()) {
        *error = tr("Say which directory to use with --uri (for example --uri ldap://dc1.example.com).");
        return std::nullopt;
    }
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return settings;
}

} // namespace cli
