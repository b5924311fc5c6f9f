#include "LocalDirectory.h"

#include "Dn.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QTcpServer>
#include <QUrl>

#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

namespace directory {

namespace {

int freeLoopbackPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString ldapiPath(const QString &dir) {
    return dir + QStringLiteral("/ldapi");
}

QString suffixLdif(const QString &suffix) {
    const Dn dn = Dn::parse(suffix);
    const QString attr = dn.rdn().attribute.toLower();
    const QString value = dn.rdnValue();
    QString ldif = QStringLiteral("dn: %1\n").arg(dn.toString());
    if (attr == QLatin1String("dc"))
        ldif +=
            QStringLiteral("objectClass: dcObject\nobjectClass: organization\ndc: %1\no: %1\n").arg(value);
    else if (attr == QLatin1String("o"))
        ldif += QStringLiteral("objectClass: organization\no: %1\n").arg(value);
    else if (attr == QLatin1String("ou"))
        ldif += QStringLiteral("objectClass: organizationalUnit\nou: %1\n").arg(value);
    else
        ldif += QStringLiteral("objectClass: container\ncn: %1\n").arg(value);
    return ldif + QLatin1Char('\n');
}

QString signalName(int signal) {
    const char *name = ::sigabbrev_np(signal);
    return name ? QStringLiteral("SIG") + QLatin1String(name) : QString::number(signal);
}

// In the child before exec: slapd goes when its parent goes, and it has a session of its own.
// slapd shuts down cleanly (exit status 0) on SIGINT, SIGTERM and SIGHUP; in the parent's process
// group it got them too whenever they were meant for the console: Ctrl+C in the terminal, the
// hangup of a closed terminal or ssh session, `timeout` or a job control signalling its job's
// group. Then the demo directory "exited cleanly" under a console that had not asked for it. Now
// only the console stops it (it quits cleanly on those signals itself and stops slapd then).
void dieWithParent() {
    ::setsid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

} // namespace

LocalDirectory::LocalDirectory(QObject *parent)
    : QObject(parent) {
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(20);
    connect(&m_probeTimer, &QTimer::timeout, this, &LocalDirectory::probe);
}

LocalDirectory::~LocalDirectory() {
    stop();
}

LocalDirectory::Options LocalDirectory::demoOptions() {
    Options o;
    o.databases = {Database{QStringLiteral("dc=example,dc=com"), {QStringLiteral(":/demo/demo-org.ldif")}}};
    return o;
}

QString LocalDirectory::slapd() const {
    if (!m_options.slapdPath.isEmpty())
        return m_options.slapdPath;
    const QString env = qEnvironmentVariable("BRIDGEHEAD_SLAPD");
    return env.isEmpty() ? QStringLiteral(BRIDGEHEAD_SLAPD_DEFAULT) : env;
}

QString LocalDirectory::ldapUri() const {
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port);
}

QString LocalDirectory::ldapsUri() const {
    return m_tlsPort ? QStringLiteral("ldaps://127.0.0.1:%1").arg(m_tlsPort) : QString();
}

QString LocalDirectory::ldapiUri() const {
    return QStringLiteral("ldapi://") +
           QString::fromLatin1(QUrl::toPercentEncoding(ldapiPath(directoryPath()), QByteArray(), "/"))
               .replace(QLatin1Char('/'), QLatin1String("%2F"));
}

QString LocalDirectory::rootDn(int database) const {
    return Dn::parse(suffix(database)).child(QStringLiteral("cn"), QStringLiteral("admin")).toString();
}

QString LocalDirectory::peercredDn() const {
    return QStringLiteral("gidNumber=%1+uidNumber=%2,cn=peercred,cn=external,cn=auth")
        .arg(::getgid())
        .arg(::getuid());
}

ConnectionSettings LocalDirectory::adminSettings(int database) const {
    ConnectionSettings s;
    s.uri = ldapUri();
    s.baseDn = suffix(database);
    s.bind = ConnectionSettings::Bind::Simple;
    s.bindDn = rootDn(database);
    s.password = m_options.rootPassword;
    return s;
}

ConnectionSettings LocalDirectory::externalSettings(int database) const {
    ConnectionSettings s;
    s.uri = ldapiUri();
    s.baseDn = suffix(database);
    s.bind = ConnectionSettings::Bind::SaslExternal;
    return s;
}

void LocalDirectory::fail(const QString &error) {
    m_probeTimer.stop();
    if (m_slapd) {
        m_slapd->disconnect(this);
        m_slapd->kill();
        m_slapd->waitForFinished(2000);
        delete m_slapd;
    }
    m_state = State::Failed;
    m_error = error;
    Q_EMIT failed(error);
}

void LocalDirectory::start(const Options &options) {
    stop();
    m_options = options;
    m_output.clear();
    m_error.clear();
    m_state = State::Preparing;
    if (!QFileInfo(slapd()).isExecutable()) {
        // Report asynchronously like every other outcome.
        QTimer::singleShot(0, this, [this] {
            fail(tr("The LDAP server slapd was not found at %1. Install it with: apt-get install slapd "
                    "ldap-utils")
                     .arg(slapd()));
        });
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/bh-XXXXXX"));
    m_launches = 0;
    m_retryPorts = true;
    m_port = freeLoopbackPort();
    m_tlsPort = m_options.tlsCertificateFile.isEmpty() ? 0 : freeLoopbackPort();
    QString error;
    if (!m_dir->isValid() || m_port == 0 || !writeConfig(&error)) {
        QTimer::singleShot(0, this, [this, error] {
            fail(error.isEmpty() ? tr("Could not prepare a temporary directory for slapd.") : error);
        });
        return;
    }
    Q_EMIT progress(tr("Creating the directory configuration…"));
    const QString dir = m_dir->path();
    runSlapadd({QStringLiteral("-F"), dir + QStringLiteral("/slapd.d"), QStringLiteral("-n"),
                QStringLiteral("0"), QStringLiteral("-l"), dir + QStringLiteral("/config.ldif")},
               [this] { loadNext(0, 0); });
}

bool LocalDirectory::writeConfig(QString *error) {
    const QString dir = m_dir->path();
    QDir().mkpath(dir + QStringLiteral("/slapd.d"));
    QFile schemaIn(QStringLiteral(":/schema/bridgehead.ldif"));
    QFile schemaOut(dir + QStringLiteral("/bridgehead.ldif"));
    if (!schemaIn.open(QIODevice::ReadOnly) || !schemaOut.open(QIODevice::WriteOnly)) {
        *error = tr("The Bridgehead schema could not be written to %1.").arg(dir);
        return false;
    }
    schemaOut.write(schemaIn.readAll());
    schemaOut.close();

    QString ldif;
    ldif += QStringLiteral("dn: cn=config\nobjectClass: olcGlobal\ncn: config\nolcPidFile: %1/slapd.pid\n"
                           "olcSizeLimit: unlimited\n"
                           // Two worker threads make slapd run one operation of a connection at a
                           // time (it defers the next while half its threads serve that connection).
                           // slapd 2.5 queues a transaction's operation before it has finished
                           // answering it; a transaction end processed meanwhile on another thread
                           // frees that operation under it (SIGSEGV in txn_preop).
                           "olcThreads: 2\n")
                .arg(dir);
    if (!m_options.tlsCertificateFile.isEmpty())
        ldif += QStringLiteral("olcTLSCertificateFile: %1\nolcTLSCertificateKeyFile: %2\n")
                    .arg(m_options.tlsCertificateFile, m_options.tlsKeyFile);
    ldif += QLatin1Char('\n');
    ldif +=
        QStringLiteral("dn: cn=module{0},cn=config\nobjectClass: olcModuleList\ncn: module{0}\n"
                       "olcModulePath: /usr/lib/ldap\nolcModuleLoad: back_mdb\nolcModuleLoad: syncprov\n\n");
    ldif += QStringLiteral("dn: cn=schema,cn=config\nobjectClass: olcSchemaConfig\ncn: schema\n\n");
    for (const char *schema : {"core", "cosine", "inetorgperson"})
        ldif += QStringLiteral("include: file:///etc/ldap/schema/%1.ldif\n\n").arg(QLatin1String(schema));
    ldif += QStringLiteral("include: file://%1/bridgehead.ldif\n\n").arg(dir);
    ldif += QStringLiteral("dn: olcDatabase={-1}frontend,cn=config\nobjectClass: olcDatabaseConfig\n"
                           "objectClass: olcFrontendConfig\nolcDatabase: {-1}frontend\n\n");
    ldif += QStringLiteral("dn: olcDatabase={0}config,cn=config\nobjectClass: olcDatabaseConfig\n"
                           "olcDatabase: {0}config\nolcRootDN: %1\n\n")
                .arg(peercredDn());
    for (int i = 0; i < m_options.databases.size(); ++i) {
        const QString db = dir + QStringLiteral("/db%1").arg(i + 1);
        QDir().mkpath(db);
        ldif += QStringLiteral("dn: olcDatabase={%1}mdb,cn=config\nobjectClass: olcDatabaseConfig\n"
                               "objectClass: olcMdbConfig\nolcDatabase: {%1}mdb\nolcSuffix: %2\n"
                               "olcRootDN: %3\nolcRootPW: %4\nolcDbDirectory: %5\nolcDbMaxSize: 1073741824\n"
                               "olcDbIndex: objectClass eq\nolcDbIndex: cn eq,sub\n"
                               "olcDbIndex: entryUUID,entryCSN eq\n"
                               "olcAccess: to * by dn.exact=\"%6\" manage by * read\n"
                               "olcLimits: * size=unlimited time=unlimited\n\n")
                    .arg(i + 1)
                    .arg(m_options.databases[i].suffix, rootDn(i), m_options.rootPassword, db, peercredDn());
        ldif += QStringLiteral("dn: olcOverlay={0}syncprov,olcDatabase={%1}mdb,cn=config\n"
                               "objectClass: olcOverlayConfig\nobjectClass: olcSyncProvConfig\n"
                               "olcOverlay: {0}syncprov\nolcSpCheckpoint: 100 10\nolcSpSessionlog: 1000\n\n")
                    .arg(i + 1);
    }
    QFile config(dir + QStringLiteral("/config.ldif"));
    if (!config.open(QIODevice::WriteOnly)) {
        *error = tr("The slapd configuration could not be written to %1.").arg(dir);
        return false;
    }
    config.write(ldif.toUtf8());
    return true;
}

void LocalDirectory::runSlapadd(const QStringList &arguments, std::function<void()> next) {
    auto *tool = new QProcess(this);
    m_tool = tool;
    tool->setProcessChannelMode(QProcess::MergedChannels);
    tool->setChildProcessModifier(dieWithParent);
    // slapadd is the same binary as slapd, acting on its name; -T a selects the tool explicitly.
    QStringList args{QStringLiteral("-Ta")};
    args += arguments;
    connect(tool, &QProcess::finished, this, [this, tool, next](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromLocal8Bit(tool->readAll());
        m_output += out;
        tool->deleteLater();
        if (m_state != State::Preparing)
            return; // stopped meanwhile
        if (status != QProcess::NormalExit || code != 0) {
            fail(tr("slapadd failed while preparing the directory:\n%1").arg(out.trimmed()));
            return;
        }
        next();
    });
    connect(tool, &QProcess::errorOccurred, this, [this, tool](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            tool->deleteLater();
            fail(tr("slapadd could not be started (%1).").arg(tool->errorString()));
        }
    });
    tool->start(slapd(), args);
}

void LocalDirectory::loadNext(int database, int file) {
    if (database >= m_options.databases.size()) {
        launch();
        return;
    }
    const QStringList &files = m_options.databases[database].ldifFiles;
    if (files.isEmpty() && file == 0) {
        // An empty database still gets its suffix entry, so there is somewhere to add entries.
        const QString path = m_dir->path() + QStringLiteral("/suffix-%1.ldif").arg(database);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(suffixLdif(m_options.databases[database].suffix).toUtf8());
        out.close();
        runSlapadd({QStringLiteral("-q"), QStringLiteral("-F"), m_dir->path() + QStringLiteral("/slapd.d"),
                    QStringLiteral("-n"), QString::number(database + 1), QStringLiteral("-l"), path},
                   [this, database] { loadNext(database + 1, 0); });
        return;
    }
    if (file >= files.size()) {
        loadNext(database + 1, 0);
        return;
    }
    QString path = files[file];
    if (path.startsWith(QLatin1Char(':'))) {
        // slapadd reads files; copy a resource out first.
        const QString copy = m_dir->path() + QStringLiteral("/load-%1-%2.ldif").arg(database).arg(file);
        QFile::remove(copy);
        if (!QFile::copy(path, copy)) {
            QTimer::singleShot(0, this,
                               [this, path] { fail(tr("The LDIF file %1 could not be read.").arg(path)); });
            return;
        }
        path = copy;
    }
    Q_EMIT progress(tr("Loading %1…").arg(QFileInfo(files[file]).fileName()));
    runSlapadd({QStringLiteral("-q"), QStringLiteral("-F"), m_dir->path() + QStringLiteral("/slapd.d"),
                QStringLiteral("-n"), QString::number(database + 1), QStringLiteral("-l"), path},
               [this, database, file] { loadNext(database, file + 1); });
}

void LocalDirectory::launch() {
    ++m_launches;
    m_state = State::Starting;
    Q_EMIT progress(tr("Starting slapd…"));
    const QString dir = m_dir->path();
    auto *process = new QProcess(this);
    m_slapd = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setChildProcessModifier(dieWithParent);
    connect(process, &QProcess::readyRead, this,
            [this, process] { m_output += QString::fromLocal8Bit(process->readAll()); });
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        m_output += QString::fromLocal8Bit(process->readAll());
        m_exitDescription = describeExit(code, status);
        process->deleteLater();
        if (m_state == State::Starting && m_retryPorts && m_launches < 3 &&
            (m_output.contains(QLatin1String("Address already in use")) ||
             m_output.contains(QLatin1String("errno=98")))) {
            // The free port we picked was taken meanwhile (by any program's connection): pick again.
            m_port = freeLoopbackPort();
            if (m_tlsPort)
                m_tlsPort = freeLoopbackPort();
            launch();
            return;
        }
        if (m_state == State::Starting)
            fail(tr("slapd stopped while starting (%1):\n%2").arg(m_exitDescription, m_output.trimmed()));
        else if (m_state == State::Running) {
            m_state = State::Stopped;
            Q_EMIT crashed(m_output);
            Q_EMIT stopped();
        }
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("slapd could not be started: %1").arg(process->errorString()));
    });
    QString listen = ldapiUri() + QLatin1Char(' ') + ldapUri() + QLatin1Char('/');
    if (m_tlsPort)
        listen += QStringLiteral(" ldaps://127.0.0.1:%1/").arg(m_tlsPort);
    process->start(slapd(), {QStringLiteral("-F"), dir + QStringLiteral("/slapd.d"), QStringLiteral("-h"),
                             listen, QStringLiteral("-d"), QStringLiteral("0")});
    m_probeDeadline = QDateTime::currentMSecsSinceEpoch() + m_options.startTimeoutMs;
    m_probeTimer.start(0);
}

void LocalDirectory::probe() {
    if (m_state != State::Starting)
        return;
    if (QDateTime::currentMSecsSinceEpoch() > m_probeDeadline) {
        fail(tr("slapd did not accept connections within %1 s:\n%2")
                 .arg(m_options.startTimeoutMs / 1000)
                 .arg(m_output.trimmed()));
        return;
    }
    // Probe the ldapi socket in our own directory: a TCP port could answer for another server that
    // happens to hold it. slapd binds every listener before it listens on any, so when this one
    // answers, the TCP port is ours as well.
    auto *socket = new QLocalSocket(this);
    connect(socket, &QLocalSocket::connected, this, [this, socket] {
        socket->disconnectFromServer();
        socket->deleteLater();
        if (m_state != State::Starting)
            return;
        m_state = State::Running;
        Q_EMIT started();
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
        socket->deleteLater();
        if (m_state == State::Starting)
            m_probeTimer.start();
    });
    socket->connectToServer(ldapiPath(m_dir->path()));
}

QString LocalDirectory::describeExit(int code, QProcess::ExitStatus status) {
    if (status == QProcess::CrashExit)
        return tr("killed by signal %1, %2").arg(signalName(code), QString::fromLocal8Bit(::strsignal(code)));
    return tr("exit status %1").arg(code);
}

void LocalDirectory::restart() {
    if (!m_dir || m_state == State::Running || m_state == State::Starting)
        return;
    m_output.clear();
    m_retryPorts = false; // the same address as before, or it is not a restart
    launch();
}

void LocalDirectory::stop() {
    m_probeTimer.stop();
    if (m_tool) {
        m_tool->disconnect(this);
        m_tool->kill();
        m_tool->waitForFinished(2000);
        delete m_tool;
    }
    if (m_slapd) {
        const bool wasRunning = m_state == State::Running;
        m_state = State::Stopped;
        m_slapd->disconnect(this);
        m_slapd->terminate();
        if (!m_slapd->waitForFinished(5000)) {
            m_slapd->kill();
            m_slapd->waitForFinished(2000);
        }
        delete m_slapd;
        if (wasRunning)
            Q_EMIT stopped();
    }
    if (m_state != State::Failed)
        m_state = State::Stopped;
}

void LocalDirectory::kill() {
    if (!m_slapd)
        return;
    m_state = State::Stopped;
    m_slapd->disconnect(this);
    m_slapd->kill();
    m_slapd->waitForFinished(2000);
    delete m_slapd;
}

} // namespace directory
