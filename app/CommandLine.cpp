#include "CommandLine.h"

#include "ConnectionOptions.h"
#include "Dn.h"
#include "SubcommandRunner.h"

#include <QCommandLineParser>

void CommandLine::define(QCommandLineParser &parser) {
    parser.setApplicationDescription(
        tr("Bridgehead: a console for Internet mail routing kept in an LDAP directory (Exchange 2003 "
           "layout).") +
        QStringLiteral("\n\n") + tr("Commands (bridgehead COMMAND --help for their options):") +
        QLatin1Char('\n') + cli::subcommandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(QCommandLineOption(
        QStringLiteral("demo"), tr("Start a private directory with the demo organization and open it.")));
    parser.addOptions(cli::ConnectionOptions::options());
    parser.addOption(QCommandLineOption(
        QStringLiteral("screenshot"),
        tr("Save a picture of the window once the directory is loaded, then quit."), tr("FILE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("select"), tr("Select this object (DN) in the tree once the directory is loaded."),
        tr("DN")));
    parser.addPositionalArgument(tr("command"), tr("Optional subcommand to run without a window."),
                                 tr("[command]"));
}

bool CommandLine::runsWithoutWindow(const QStringList &arguments) {
    QCommandLineParser parser;
    define(parser);
    if (!parser.parse(arguments))
        return true;
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")) ||
           !parser.positionalArguments().isEmpty();
}

bool CommandLine::parse(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    define(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    subcommand = parser.positionalArguments();
    if (!subcommand.isEmpty())
        return true; // the subcommand reads its own options
    demo = parser.isSet(QStringLiteral("demo"));
    screenshotFile = parser.value(QStringLiteral("screenshot"));
    selectDn = parser.value(QStringLiteral("select"));
    if (!selectDn.isEmpty() && !directory::Dn::parse(selectDn).isValid()) {
        *error = tr("--select needs a distinguished name, for example \"CN=GW1,CN=Servers,…\".");
        return false;
    }
    hasConnection = cli::ConnectionOptions::isSet(parser);
    if (demo && hasConnection) {
        *error = tr("Use either --demo or --uri, not both.");
        return false;
    }
    if (hasConnection) {
        const std::optional<directory::ConnectionSettings> read = cli::ConnectionOptions::read(parser, error);
        if (!read)
            return false;
        settings = *read;
    } else if (parser.isSet(QStringLiteral("bind-dn")) || parser.isSet(QStringLiteral("sasl-external"))) {
        *error = tr("Say which directory to use with --uri (for example --uri ldap://dc1.example.com).");
        return false;
    }
    return true;
}
