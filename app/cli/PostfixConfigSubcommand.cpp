#include "PostfixConfigSubcommand.h"

#include "ObjectLookup.h"
#include "PostfixConfigGenerator.h"

#include <QDir>
#include <QSaveFile>

namespace cli {

QString PostfixConfigSubcommand::description() const {
    return tr("Write the Postfix configuration the directory describes for a server.");
}

void PostfixConfigSubcommand::addCommandOptions(QCommandLineParser &parser) {
    parser.addOptions({
        QCommandLineOption(QStringLiteral("server"), tr("The server (name or DN)."), tr("SERVER")),
        QCommandLineOption(QStringLiteral("out"),
                           tr("The directory to write %1, %2 and %3 to (made if missing).")
                               .arg(MainCfFile, MasterCfFile, postfix::PostfixConfig::TransportMapFile),
                           tr("DIR")),
    });
}

QString PostfixConfigSubcommand::checkOptions(const QCommandLineParser &parser) {
    if (parser.value(QStringLiteral("server")).trimmed().isEmpty())
        return tr("Say which server with --server SERVER.");
    if (parser.value(QStringLiteral("out")).trimmed().isEmpty())
        return tr("Say where to write the files with --out DIR.");
    return QString();
}

void PostfixConfigSubcommand::run(const QCommandLineParser &parser, console::DirectorySession &session) {
    QString error;
    const std::optional<directory::Dn> server = topology::ObjectLookup::find(
        *session.topology(), topology::ObjectKind::Server, parser.value(QStringLiteral("server")), &error);
    if (!server) {
        refuse(error);
        return;
    }
    const std::optional<postfix::PostfixConfig> config =
        postfix::PostfixConfigGenerator::generate(*session.topology(), *server, &error);
    if (!config) {
        refuse(error);
        return;
    }
    const QDir dir(parser.value(QStringLiteral("out")));
    if (!QDir().mkpath(dir.path())) {
        cannotRun(tr("Cannot make the directory %1.").arg(dir.path()));
        return;
    }
    const QList<std::pair<QString, QString>> files{
        {MainCfFile, config->mainCf()},
        {MasterCfFile, config->masterCf()},
        {postfix::PostfixConfig::TransportMapFile, config->transportMap()},
    };
    for (const auto &[name, text] : files) {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            cannotRun(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return;
        }
        out() << tr("Wrote %1").arg(dir.filePath(name)) << '\n';
    }
    out() << tr("Listeners: %1. Transport map entries: %2. Transports of its own: %3.")
                 .arg(config->listeners.size())
                 .arg(config->entries.size())
                 .arg(config->transports.size())
          << '\n';
    for (const QString &warning : config->warnings)
        err() << tr("Note: %1").arg(warning) << '\n';
    finish(Success);
}

} // namespace cli
