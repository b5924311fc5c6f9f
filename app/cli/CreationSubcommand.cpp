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
