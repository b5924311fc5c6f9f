#include "AnalyzeCommand.h"

#include "Analyzer.h"
#include "FindingsReport.h"

#include <QSaveFile>

namespace cli {

using analyzer::FindingsReport;
using analyzer::Severity;
using directory::Dn;

namespace {

const QString FailOnNever = QStringLiteral("never");

// The server a --gateway value names: its DN, or its name when only one server has it.
std::optional<Dn> findServer(const topology::Topology &topology, const QString &value, QString *error) {
    const Dn dn = Dn::parse(value);
    if (dn.isValid() && dn.depth() > 1) {
        if (const topology::DirectoryObject *o = topology.find(dn);
            o && o->kind() == topology::ObjectKind::Server)
            return o->dn();
        *error = AnalyzeCommand::tr("%1 is not a server in the organization.").arg(value);
        return std::nullopt;
    }
    QList<const topology::DirectoryObject *> matches;
    for (const topology::DirectoryObject *s : topology.objectsOfKind(topology::ObjectKind::Server))
        if (s->name().compare(value, Qt::CaseInsensitive) == 0 ||
            s->displayName().compare(value, Qt::CaseInsensitive) == 0)
            matches.append(s);
    if (matches.size() == 1)
        return matches.first()->dn();
    if (matches.isEmpty()) {
        *error = AnalyzeCommand::tr("There is no server named “%1” in the organization.").arg(value);
        return std::nullopt;
    }
    QStringList dns;
    for (const topology::DirectoryObject *s : std::as_const(matches))
        dns << s->dn().toDisplayString();
    dns.sort();
    *error = AnalyzeCommand::tr("Several servers are named “%1”; give the DN of the one you mean:\n  %2")
                 .arg(value, dns.join(QStringLiteral("\n  ")));
    return std::nullopt;
}

} // namespace

QStringList AnalyzeCommand::words() const {
    return {QStringLiteral("analyze")};
}

QString AnalyzeCommand::description() const {
    return tr("Check the organization for gateway, bridgehead and connector problems.");
}

void AnalyzeCommand::addCommandOptions(QCommandLineParser &parser) {
    parser.addOption(
        QCommandLineOption(QStringLiteral("gateway"),
                           tr("A server that is an Internet gateway, by name or DN; repeat it for "
                              "several."),
                           tr("SERVER")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("Report as text (default), json or html."), tr("FORMAT"),
                                        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("output"),
                                        tr("Write the report to this file instead of "
                                           "standard output."),
                                        tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("fail-on"),
                                        tr("Exit with status 1 when something at this severity or worse was "
                                           "found: error (default), warning, info or never."),
                                        tr("SEVERITY"), QStringLiteral("error")));
}

QString AnalyzeCommand::checkOptions(const QCommandLineParser &parser) {
    const QString format = parser.value(QStringLiteral("format"));
    if (!FindingsReport::formatFromName(format))
        return tr("Unknown report format “%1”: use text, json or html.").arg(format);
    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (failOn != FailOnNever && !analyzer::severityFromName(failOn))
        return tr("Unknown severity “%1” for --fail-on: use error, warning, info or never.").arg(failOn);
    if (parser.isSet(QStringLiteral("output")) && parser.value(QStringLiteral("output")).isEmpty())
        return tr("--output needs a file name.");
    return QString();
}

void AnalyzeCommand::run(const QCommandLineParser &parser, console::DirectorySession &session) {
    const topology::Topology &topology = *session.topology();
    QList<Dn> gateways;
    QStringList gatewayNames;
    for (const QString &value : parser.values(QStringLiteral("gateway"))) {
        QString error;
        const std::optional<Dn> server = findServer(topology, value.trimmed(), &error);
        if (!server) {
            cannotRun(error);
            return;
        }
        gateways.append(*server);
        gatewayNames.append(topology.find(*server)->displayName());
    }

    analyzer::Analyzer analyzer(&topology);
    analyzer.setGateways(gateways);
    analyzer.analyzeAll();

    FindingsReport report(analyzer.sortedFindings(), analyzer.rules());
    report.setOrganization(topology.organization()->displayName());
    report.setServer(session.settings().uri);
    report.setGateways(gatewayNames);
    report.setTime(QDateTime::currentDateTime());
    const QByteArray text =
        report.render(*FindingsReport::formatFromName(parser.value(QStringLiteral("format"))));

    if (parser.isSet(QStringLiteral("output"))) {
        QSaveFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            cannotRun(tr("%1 cannot be written: %2").arg(file.fileName(), file.errorString()));
            return;
        }
    } else {
        out() << QString::fromUtf8(text);
    }

    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (failOn == FailOnNever) {
        finish(Success);
        return;
    }
    finish(report.countAtLeast(*analyzer::severityFromName(failOn)) > 0 ? Refused : Success);
}

} // namespace cli
