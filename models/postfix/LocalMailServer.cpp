#include "LocalMailServer.h"

#include "ConfigMerge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>
#include <unistd.h>

namespace postfix {

namespace {

const QString Postfix = QStringLiteral("/usr/sbin/postfix");
const QString Postmap = QStringLiteral("/usr/sbin/postmap");
const QString SystemMasterCf = QStringLiteral("/etc/postfix/master.cf");

// The system master.cf's services without its listeners, none of them chrooted: a private
// instance has no chroot prepared.
QString baseMasterCf(QString *error) {
    QFile file(SystemMasterCf);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LocalMailServer::tr("Cannot read %1: %2").arg(SystemMasterCf, file.errorString());
        return QString();
    }
    QStringList out;
    bool skipping = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.front().isSpace()) {
            if (!skipping)
                out.append(line);
            continue;
        }
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        skipping = fields.size() < 8 || fields.at(1) == QLatin1String("inet");
        if (skipping)
            continue;
        fields[4] = QStringLiteral("n");
        out.append(fields.join(QLatin1Char(' ')));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool write(const QString &path, const QString &text, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        *error = LocalMailServer::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

LocalMailServer::LocalMailServer(QObject *parent)
    : QObject(parent) {}

LocalMailServer::~LocalMailServer() {
    stop();
}

QString LocalMailServer::unavailableReason() {
    if (!QFileInfo(Postfix).isExecutable())
        return tr("Postfix is not installed (the Debian package postfix).");
    if (::geteuid() != 0)
        return tr("Running private Postfix instances needs root: start Bridgehead as root to have them.");
    if (!QFileInfo::exists(SystemMasterCf))
        return tr("%1 is missing, which private instances start from.").arg(SystemMasterCf);
    return QString();
}

QString LocalMailServer::configDirectory() const {
    return m_root ? m_root->path() + QStringLiteral("/etc") : QString();
}

QString LocalMailServer::logFile() const {
    return m_root ? m_root->path() + QStringLiteral("/maillog") : QString();
}

bool LocalMailServer::prepare(const PostfixConfig &config, QString *error) {
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                             QStringLiteral("/bridgehead-%1-XXXXXX").arg(m_options.name));
    if (!m_root->isValid()) {
        *error = tr("Cannot make a temporary directory: %1").arg(m_root->errorString());
        return false;
    }
    // Postfix's daemons run as the postfix user and must reach the queue directory.
    ::chmod(QFile::encodeName(m_root->path()).constData(), 0755);
    const QString root = m_root->path();
    QDir(root).mkpath(QStringLiteral("etc"));
    QDir(root).mkpath(QStringLiteral("spool"));
    const QStringList main{
        QStringLiteral("compatibility_level = 3.6"),
        QStringLiteral("queue_directory = %1/spool").arg(root),
        QStringLiteral("data_directory = %1/lib").arg(root),
        QStringLiteral("syslog_name = postfix-bridgehead-%1").arg(m_options.name),
        QStringLiteral("maillog_file_prefixes = %1").arg(root),
        QStringLiteral("maillog_file = %1/maillog").arg(root),
        QStringLiteral("myhostname = %1").arg(m_options.hostName),
        QStringLiteral("mydestination ="),
        QStringLiteral("inet_interfaces = 127.0.0.1"),
        QStringLiteral("inet_protocols = ipv4"),
        QStringLiteral("mynetworks = 127.0.0.0/8"),
        QStringLiteral("alias_maps ="),
        QStringLiteral("alias_database ="),
        QStringLiteral("local_transport = error:local delivery is disabled"),
        // What no transport entry routes stays on this machine.
        QStringLiteral("relayhost = %1").arg(m_options.fallbackRelay),
    };
    const QString master = baseMasterCf(error);
    if (master.isEmpty())
        return false;
    const QString etc = configDirectory();
    return write(etc + QStringLiteral("/main.cf"),
                 ConfigMerge::mainCf(main.join(QLatin1Char('\n')) + QLatin1Char('\n'), config), error) &&
           write(etc + QStringLiteral("/master.cf"), ConfigMerge::masterCf(master, config), error) &&
           write(etc + QLatin1Char('/') + PostfixConfig::TransportMapFile, config.transportMap(), error);
}

void LocalMailServer::start(const Options &options, const PostfixConfig &config) {
    stop();
    m_options = options;
    if (const QString missing = unavailableReason(); !missing.isEmpty()) {
        Q_EMIT failed(missing);
        return;
    }
    QString error;
    if (!prepare(config, &error)) {
        Q_EMIT failed(error);
        return;
    }
    startWatchdog();
    const QString etc = configDirectory();
    m_steps = {
        {Postmap, QStringLiteral("-c"), etc,
         QStringLiteral("hash:%1/%2").arg(etc, PostfixConfig::TransportMapFile)},
        {Postfix, QStringLiteral("-c"), etc, QStringLiteral("check")},
        {Postfix, QStringLiteral("-c"), etc, QStringLiteral("start")},
    };
    runStep(0);
}

void LocalMailServer::runStep(int step) {
    if (step == m_steps.size()) {
        m_running = true;
        Q_EMIT started();
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this, [this, process, step](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        if (status != QProcess::NormalExit || code != 0) {
            const QStringList command = m_steps.at(step);
            Q_EMIT failed(tr("%1 failed: %2")
                              .arg(QFileInfo(command.first()).fileName() + QLatin1Char(' ') + command.last(),
                                   QString::fromUtf8(process->readAll()).trimmed()));
            return;
        }
        runStep(step + 1);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            process->deleteLater();
            Q_EMIT failed(tr("Cannot run %1: %2").arg(process->program(), process->errorString()));
        }
    });
    process->start(m_steps.at(step).first(), m_steps.at(step).mid(1));
}

namespace {

// Shell functions for the scripts that stop an instance: whether a process still runs (a zombie
// does not), and stopping a master whose directory may be gone already: `postfix stop` where it
// can, the master's own pid where it cannot, KILL when it does not end.
const QString StopFunctions = QStringLiteral(
    "alive() { [ -r \"/proc/$1/stat\" ] || return 1; read -r _ _ s _ < \"/proc/$1/stat\"; [ \"$s\" != Z ]; }\n"
    "stop_master() {\n"
    "  %1 -c \"$1/etc\" stop >/dev/null 2>&1 || { [ -n \"$2\" ] && kill -TERM \"$2\" 2>/dev/null; }\n"
    "  i=0; while [ -n \"$2\" ] && alive \"$2\"; do\n"
    "    i=$((i + 1)); [ $i -eq 100 ] && kill -TERM \"$2\" 2>/dev/null\n"
    "    [ $i -ge 200 ] && { kill -KILL \"$2\" 2>/dev/null; break; }\n"
    "    sleep 0.1\n"
    "  done\n"
    "  rm -rf \"$1\"\n"
    "}\n");

} // namespace

void LocalMailServer::startWatchdog() {
    // Should the application die without stopping the instance, the instance goes too. Checked
    // every few seconds by a shell of its own, not by anything in this process; it remembers the
    // master's pid while the directory is there.
    const QString script = StopFunctions.arg(Postfix) +
                           QStringLiteral("pid=\nwhile kill -0 \"$0\" 2>/dev/null; do\n"
                                          "  [ -r \"$1/spool/pid/master.pid\" ] && read -r pid < \"$1/spool/pid/master.pid\"\n"
                                          "  sleep 2\n"
                                          "done\n"
                                          "stop_master \"$1\" \"$pid\"\n");
    QProcess::startDetached(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), script, QString::number(QCoreApplication::applicationPid()), m_root->path()});
}

void LocalMailServer::stop() {
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    QFile pidFile(m_root ? m_root->path() + QStringLiteral("/spool/pid/master.pid") : QString());
    if (m_root && pidFile.open(QIODevice::ReadOnly)) {
        // Postfix takes a few seconds to stop: a shell of its own stops it, waits for its master to
        // end and removes the directory, so the window never waits for it. It has the master's pid
        // from here, for when the directory goes before it gets to it.
        const QString pid = QString::fromLatin1(pidFile.readAll().trimmed());
        m_root->setAutoRemove(false);
        const QString script = StopFunctions.arg(Postfix) + QStringLiteral("stop_master \"$1\" \"$2\"\n");
        QProcess::startDetached(QStringLiteral("/bin/sh"),
                                {QStringLiteral("-c"), script, QStringLiteral("sh"), m_root->path(), pid});
    }
    m_running = false;
    m_root.reset();
}

} // namespace postfix
