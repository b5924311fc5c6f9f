#include "RouteSubcommand.h"

#include "ObjectLookup.h"
#include "RecipientAddress.h"
#include "RouteResolver.h"

#include <QJsonDocument>

namespace cli {

QString RouteSubcommand::description() const {
    return tr("Show the route a message takes from a server to a recipient, and why.");
}

void RouteSubcommand::addCommandOptions(QCommandLineParser &parser) {
    parser.addOptions({
        QCommandLineOption(QStringLiteral("from"), tr("The server the message leaves from (name or DN)."),
                           tr("SERVER")),
        QCommandLineOption(QStringLiteral("to"), tr("The recipient address, or just its domain."),
                           tr("ADDRESS")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: text (default) or json."),
                           tr("FORMAT"), QStringLiteral("text")),
    });
}

QString RouteSubcommand::checkOptions(const QCommandLineParser &parser) {
    if (parser.value(QStringLiteral("from")).trimmed().isEmpty())
        return tr("Say which server the message leaves from with --from SERVER.");
    if (!parser.isSet(QStringLiteral("to")))
        return tr("Say who the message is for with --to ADDRESS.");
    QString error;
    if (!routing::RecipientAddress::parse(parser.value(QStringLiteral("to")), &error))
        return tr("--to: %1").arg(error);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return tr("--format must be text or json, not \"%1\".").arg(format);
    return QString();
}

void RouteSubcommand::run(const QCommandLineParser &parser, console::DirectorySession &session) {
    QString error;
    const std::optional<directory::Dn> server = topology::ObjectLookup::find(
        *session.topology(), topology::ObjectKind::Server, parser.value(QStringLiteral("from")), &error);
    if (!server) {
        refuse(error);
        return;
    }
    const routing::Route route =
        routing::RouteResolver(*session.topology()).resolve(*server, parser.value(QStringLiteral("to")));
    if (!route.isValid()) {
        refuse(route.error);
        return;
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("json"))
        out() << QString::fromUtf8(QJsonDocument(route.toJson()).toJson(QJsonDocument::Indented));
    else
        printText(route);
    finish(Success);
}

void RouteSubcommand::printText(const routing::Route &route) {
    out() << tr("Route from %1 to %2").arg(route.sourceName, route.recipient) << "\n\n";
    int step = 0;
    for (const routing::RouteHop &hop : route.hops) {
        const QString line = hop.connectorName.isEmpty()
                                 ? tr("%1. %2 → %3").arg(++step).arg(hop.serverName, hop.nextHop.toString())
                                 : tr("%1. %2 → %3 → %4")
                                       .arg(++step)
                                       .arg(hop.serverName, hop.connectorName, hop.nextHop.toString());
        out() << line << '\n' << QStringLiteral("   ") << hop.reason << '\n';
    }
    if (!route.rejected.isEmpty()) {
        out() << '\n' << tr("Not taken:") << '\n';
        for (const routing::RejectedConnector &r : route.rejected)
            out() << QStringLiteral("  ")
                  << (r.fallback ? tr("%1 (fallback)").arg(r.connectorName) : r.connectorName)
                  << QStringLiteral(": ") << r.reason << '\n';
    }
}

} // namespace cli
