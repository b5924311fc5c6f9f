#include "CommandLine.h"

#include <QCommandLineParser>
#include <QFile>

#include "Dn.h"

bool CommandLine::parse(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Bridgehead: a console for Internet mail routing kept in an LDAP directory (Exchange 2003 layout)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Start a private directory with the demo organization and open it."));
    const QCommandLineOption uriOption(
        QStringLiteral("uri"), tr("Directory server address (ldap://, ldaps://, ldapi://)."), tr("URI"));
    const QCommandLineOption baseOption(QStringLiteral("base"),
                                        tr("Base DN; discovered from the server if omitted."), tr("DN"));
    const QCommandLineOption bindDnOption(QStringLiteral("bind-dn"), tr("Bind with this DN (simple bind)."),
                                          tr("DN"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
                                                tr("Read the bind password from this file."), tr("FILE"));
    const QCommandLineOption saslOption(
        QStringLiteral("sasl-external"),
        tr("Bind with SASL EXTERNAL (ldapi:// peer credentials or a TLS client certificate)."));
    const QCommandLineOption startTlsOption(QStringLiteral("starttls"), tr("Use StartTLS."));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"), tr("CA certificate file for TLS."),
                                          tr("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Save a picture of the window once the directory is loaded, then quit."), tr("FILE"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          tr("Select this object (DN) in the tree once the directory is loaded."),
                                          tr("DN"));
    parser.addOptions({demoOption, uriOption, baseOption, bindDnOption, passwordFileOption, saslOption,
                       startTlsOption, caFileOption, screenshotOption, selectOption});
    parser.addPositionalArgument(tr("command"), tr("Optional subcommand to run without a window."),
                                 tr("[command]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    demo = parser.isSet(demoOption);
    screenshotFile = parser.value(screenshotOption);
    selectDn = parser.value(selectOption);
    if (!selectDn.isEmpty() && !directory::Dn::parse(selectDn).isValid()) {
        *error = tr("--select needs a distinguished name, for example \"CN=GW1,CN=Servers,…\".");
        return false;
    }
    hasConnection = parser.isSet(uriOption);
    if (demo && hasConnection) {
        *error = tr("Use either --demo or --uri, not both.");
        return false;
    }
    settings.uri = parser.value(uriOption);
    settings.baseDn = parser.value(baseOption);
    settings.caFile = parser.value(caFileOption);
    if (parser.isSet(startTlsOption))
        settings.tls = directory::ConnectionSettings::Tls::StartTls;
    if (parser.isSet(saslOption)) {
        settings.bind = directory::ConnectionSettings::Bind::SaslExternal;
    } else if (parser.isSet(bindDnOption)) {
        settings.bind = directory::ConnectionSettings::Bind::Simple;
        settings.bindDn = parser.value(bindDnOption);
        if (parser.isSet(passwordFileOption)) {
            QFile file(parser.value(passwordFileOption));
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read the password file %1: %2").arg(file.fileName(), file.errorString());
                return false;
            }
            settings.password = QString::fromUtf8(file.readAll()).section(QLatin1Char('\n'), 0, 0);
        }
        // Without a password a simple bind is "unauthenticated", which servers treat as anonymous.
        if (settings.password.isEmpty()) {
            *error = tr("--bind-dn needs a password: give it with --password-file.");
            return false;
        }
    }
    if (hasConnection) {
        if (const QString problem = settings.validate(); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        subcommand = positional.first();
        subcommandArguments = positional.mid(1);
    }
    return true;
}
