#include "CreationSubcommand.h"

#include "ChangeSetWriter.h"
#include "ConnectorChecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

// The directory refused the input itself (an entry that exists by now, a value it does not take):
// once the set is undone, that is a refusal like any other.
bool refusedByTheDirectory(const directory::LdapResult &error) {
    switch (error.code()) {
    case directory::LdapResult::AlreadyExists:
    case directory::LdapResult::NoSuchObject:
    case directory::LdapResult::ConstraintViolation:
    case directory::LdapResult::AttributeOrValueExists:
    case directory::LdapResult::InvalidSyntax:
    case directory::LdapResult::InvalidDnSyntax:
    case directory::LdapResult::NamingViolation:
    case directory::LdapResult::ObjectClassViolation:
    case directory::LdapResult::UndefinedType:
        return true;
    default:
        return false;
    }
}

} // namespace

void CreationSubcommand::addCommandOptions(QCommandLineParser &parser) {
    addCreationOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("Print what was created as text (one DN a line) or as JSON."),
                                        QStringLiteral("text|json"), QStringLiteral("text")));
}

QString CreationSubcommand::checkOptions(const QCommandLineParser &parser) {
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return tr("--format is text or json, not \"%1\".").arg(format);
    m_json = format == QLatin1String("json");
    return checkCreationOptions(parser);
}

QString CreationSubcommand::withOption(const QString &option, const QString &reason) {
    return option + QStringLiteral(": ") + reason;
}

QList<QCommandLineOption> CreationSubcommand::routingOptions() {
    return {QCommandLineOption(
                QStringLiteral("smart-host"),
                tr("Forward all mail to these smart hosts: host names and [IP] literals, separated "
                   "by ;."),
                tr("LIST")),
            QCommandLineOption(QStringLiteral("dns"), tr("Route to each domain by DNS (the default)."))};
}

QString CreationSubcommand::checkRouting(const QCommandLineParser &parser) {
    const bool smartHost = parser.isSet(QStringLiteral("smart-host"));
    if (smartHost && parser.isSet(QStringLiteral("dns")))
        return tr("Use either --smart-host or --dns, not both.");
    if (smartHost)
        if (const QString problem =
                topology::ConnectorChecks::smartHostsProblem(parser.value(QStringLiteral("smart-host")));
            !problem.isEmpty())
            return withOption(QStringLiteral("--smart-host"), problem);
    return QString();
}

topology::SmartHostList CreationSubcommand::smartHosts(const QCommandLineParser &parser) {
    if (!parser.isSet(QStringLiteral("smart-host")))
        return {};
    return topology::SmartHostList::parse(parser.value(QStringLiteral("smart-host")).trimmed())
        .value_or(topology::SmartHostList());
}

QList<QCommandLineOption> CreationSubcommand::bindingOptions() {
    return {QCommandLineOption(QStringLiteral("ip"),
                               tr("Listen on this IP address. Without --ip or --all-unassigned: all "
                                  "unassigned addresses when no other virtual server of the server "
                                  "listens on the port, else the first of the server's addresses that "
                                  "is free on it."),
                               tr("IP")),
            QCommandLineOption(QStringLiteral("all-unassigned"),
                               tr("Listen on every address of the port, which no other virtual server of "
                                  "the server may then use.")),
            QCommandLineOption(QStringLiteral("port"), tr("Listen on this TCP port (default 25)."), tr("N"),
                               QString::number(topology::ServerBinding::DefaultPort))};
}

namespace {

int portOption(const QCommandLineParser &parser) {
    bool ok = false;
    const int port = parser.value(QStringLiteral("port")).trimmed().toInt(&ok);
    return ok ? port : 0;
}

} // namespace

QString CreationSubcommand::checkBinding(const QCommandLineParser &parser) {
    if (parser.isSet(QStringLiteral("ip")) && parser.isSet(QStringLiteral("all-unassigned")))
        return tr("Use either --ip or --all-unassigned, not both.");
    if (parser.isSet(QStringLiteral("ip"))) {
        const QString address = parser.value(QStringLiteral("ip")).trimmed();
        if (address.isEmpty())
            return withOption(QStringLiteral("--ip"), tr("Give an IP address, or use --all-unassigned."));
        if (const QString problem = topology::ServerBinding::validateAddress(address); !problem.isEmpty())
            return withOption(QStringLiteral("--ip"), problem);
    }
    if (const QString problem = topology::ServerBinding::validatePort(portOption(parser)); !problem.isEmpty())
        return withOption(QStringLiteral("--port"), problem);
    return QString();
}

bool CreationSubcommand::bindingGiven(const QCommandLineParser &parser) {
    return parser.isSet(QStringLiteral("ip")) || parser.isSet(QStringLiteral("all-unassigned")) ||
           parser.isSet(QStringLiteral("port"));
}

topology::ServerBinding CreationSubcommand::binding(const QCommandLineParser &parser,
                                                    const topology::Topology &topology,
                                                    const directory::Dn &server) {
    const int port = portOption(parser);
    if (!parser.isSet(QStringLiteral("ip")) && !parser.isSet(QStringLiteral("all-unassigned")))
        return topology::CreationPlanner::defaultBinding(topology, server, port);
    return topology::ServerBinding::create(parser.value(QStringLiteral("ip")), port)
        .value_or(topology::ServerBinding());
}

void CreationSubcommand::run(const QCommandLineParser &parser, console::DirectorySession &session) {
    QString refusal;
    const std::optional<topology::CreationPlanner::Plan> planned =
        plan(parser, *session.topology(), &refusal);
    if (!planned) {
        refuse(refusal);
        return;
    }
    const topology::ChangeSet changes = planned->changes;
    topology::ChangeSetWriter *writer = session.submit(changes);
    connect(writer, &topology::ChangeSetWriter::finished, this,
            [this, changes](const topology::ChangeSetResult &result) { written(changes, result); });
}

void CreationSubcommand::written(const topology::ChangeSet &changes,
                                 const topology::ChangeSetResult &result) {
    if (!result.ok()) {
        if (result.leftWritten.isEmpty() && refusedByTheDirectory(result.error))
            refuse(result.message);
        else
            cannotRun(result.message);
        return;
    }
    const QStringList created = changes.createdDns();
    if (m_json) {
        QJsonObject object;
        object.insert(QStringLiteral("created"), QJsonArray::fromStringList(created));
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        for (const QString &dn : created)
            out() << dn << Qt::endl;
    }
    finish(Success);
}

} // namespace cli
