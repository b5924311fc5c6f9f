#include "SambaFixture.h"

#include "AdOrganizationLoader.h"
#include "Connection.h"
#include "NetworkIsolation.h"
#include "SchemaPreparer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <unistd.h>

#ifndef BRIDGEHEAD_SAMBA_CACHE
#define BRIDGEHEAD_SAMBA_CACHE ""
#endif

namespace testsupport {

namespace {

constexpr int StartTimeoutMs = 30000;

// Runs a program to its end (provisioning, openssl, cp); returns whether it succeeded.
bool run(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 180000,
         const QString &workingDirectory = QString()) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3")
                         .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        p.kill();
        p.waitForFinished(5000);
        return false;
    }
    return true;
}

// A DC's directory is named after the test process, so one left behind by a test that was killed
// (no destructor ran) is known by its process being gone, and removed by the next test that starts.
QString dcDirectoryPrefix(qint64 pid) {
    return QStringLiteral("bridgehead-dc-%1-").arg(pid);
}

void removeAbandonedDirectories() {
    static const QRegularExpression name(QStringLiteral("^bridgehead-dc-(\\d+)-"));
    const QDir temp(QDir::tempPath());
    const QStringList candidates =
        temp.entryList({QStringLiteral("bridgehead-dc-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &candidate : candidates) {
        const QRegularExpressionMatch match = name.match(candidate);
        if (!match.hasMatch())
            continue;
        const pid_t owner = pid_t(match.captured(1).toLongLong());
        if (owner != ::getpid() && ::kill(owner, 0) != 0 && errno == ESRCH)
            QDir(temp.filePath(candidate)).removeRecursively();
    }
}

QString cacheRoot() {
    const QString configured = QString::fromUtf8(BRIDGEHEAD_SAMBA_CACHE);
    return configured.isEmpty() ? QDir::tempPath() + QStringLiteral("/bridgehead-samba-cache") : configured;
}

// Provisioned DCs depend on the Samba version and on our schema file.
QString cacheKey() {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QFile schema(QStringLiteral(":/schema/bridgehead-ad.ldif"));
    if (schema.open(QIODevice::ReadOnly))
        hash.addData(schema.readAll());
    QProcess version;
    version.start(QStringLiteral("samba"), {QStringLiteral("--version")});
    version.waitForFinished(10000);
    hash.addData(version.readAll());
    hash.addData("fixture 1");
    return QString::fromLatin1(hash.result().toHex().left(12));
}

// The directory a DC's smb.conf was written for: its "private dir" without /private.
QString configuredBase(const QString &smbConf) {
    static const QRegularExpression privateDir(
        QStringLiteral("^\\s*private dir\\s*=\\s*(\\S.*?)/private\\s*$"),
        QRegularExpression::MultilineOption);
    return privateDir.match(smbConf).captured(1);
}

bool relocate(const QString &dir, QString *error) {
    QFile conf(dir + QStringLiteral("/etc/smb.conf"));
    if (!conf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(conf.fileName());
        return false;
    }
    QString text = QString::fromUtf8(conf.readAll());
    conf.close();
    const QString old = configuredBase(text);
    if (old.isEmpty()) {
        *error = QStringLiteral("%1 names no private dir").arg(conf.fileName());
        return false;
    }
    text.replace(old, dir);
    if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    conf.write(text.toUtf8());
    // Sockets of the DC the copy was made from would look like a running server.
    QFile::remove(dir + QStringLiteral("/private/ldapi"));
    QFile::remove(dir + QStringLiteral("/private/ldap_priv/ldapi"));
    return true;
}

// A CA and a certificate for the DC that names both its host name and 127.0.0.1.
bool makeCertificates(const QString &tls, QString *error) {
    QDir().mkpath(tls);
    for (const QString &f : {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")})
        QFile::remove(tls + QLatin1Char('/') + f);
    QFile ext(tls + QStringLiteral("/ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:dc1.example.com,IP:127.0.0.1\n");
    ext.close();
    const QString openssl = QStringLiteral("openssl");
    return run(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Bridgehead Test Domain CA")},
               error, 60000, tls) &&
           run(openssl,
               {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                QStringLiteral("-out"), QStringLiteral("dc.csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=dc1.example.com")},
               error, 60000, tls) &&
           run(openssl,
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                QStringLiteral("dc.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"),
                QStringLiteral("3650"), QStringLiteral("-extfile"), QStringLiteral("ext.cnf")},
               error, 60000, tls) &&
           QFile::setPermissions(tls + QStringLiteral("/key.pem"), QFile::ReadOwner | QFile::WriteOwner);
}

// Holds an exclusive lock on a file while it lives: test binaries running in parallel provision once.
class CacheLock {
public:
    explicit CacheLock(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644)) {
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
    }
    ~CacheLock() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    CacheLock(const CacheLock &) = delete;
    CacheLock &operator=(const CacheLock &) = delete;

private:
    int m_fd;
};

} // namespace

bool SambaFixture::copyDirectory(const QString &from, const QString &to, QString *error) {
    QDir(to).removeRecursively();
    return run(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}, error) && relocate(to, error);
}

bool SambaFixture::provision(const QString &dir, QString *error) {
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QStringList options{
        QStringLiteral("interfaces=127.0.0.1"),
        QStringLiteral("bind interfaces only=yes"),
        QStringLiteral("server services=ldap"),
        QStringLiteral("dsdb:schema update allowed=true"),
        // Without it every write waits for the disk: 250 adds take 8.7 s instead of 0.25 s.
        QStringLiteral("ldb:nosync=true"),
        QStringLiteral("log file=%1/log.%m").arg(dir),
        QStringLiteral("pid directory=%1/run").arg(dir),
        QStringLiteral("ncalrpc dir=%1/run/ncalrpc").arg(dir),
        QStringLiteral("winbindd socket directory=%1/run/winbindd").arg(dir),
        QStringLiteral("ntp signd socket directory=%1/run/ntp_signd").arg(dir),
    };
    QStringList args{QStringLiteral("domain"),
                     QStringLiteral("provision"),
                     QStringLiteral("--realm=%1").arg(QLatin1String(Realm)),
                     QStringLiteral("--domain=EXAMPLE"),
                     QStringLiteral("--server-role=dc"),
                     QStringLiteral("--dns-backend=NONE"),
                     QStringLiteral("--use-rfc2307"),
                     QStringLiteral("--adminpass=%1").arg(QLatin1String(AdminPassword)),
                     QStringLiteral("--host-name=dc1"),
                     QStringLiteral("--targetdir=%1").arg(dir)};
    for (const QString &o : options)
        args << QStringLiteral("--option=%1").arg(o);
    return run(QStringLiteral("samba-tool"), args, error) &&
           makeCertificates(dir + QStringLiteral("/private/tls"), error);
}

bool SambaFixture::prepare(const QString &dir, QString *error) {
    SambaFixture dc;
    dc.m_path = dir;
    if (!dc.launch(error))
        return false;
    directory::Connection connection;
    connection.setSettings(dc.adminSettings());
    schema::SchemaPreparer preparer(&connection);
    QEventLoop loop;
    schema::SchemaPreparer::Outcome outcome = schema::SchemaPreparer::Outcome::Failed;
    QObject::connect(&preparer, &schema::SchemaPreparer::finished, &loop,
                     [&](schema::SchemaPreparer::Outcome o) {
                         outcome = o;
                         loop.quit();
                     });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    preparer.start(false);
    loop.exec();
    connection.close();
    dc.stop();
    if (outcome != schema::SchemaPreparer::Outcome::Prepared) {
        *error = QStringLiteral("preparing the schema failed: ") + preparer.message();
        return false;
    }
    return true;
}

QString SambaFixture::templateDirectory(Schema schema, QString *error) {
    const QString root = cacheRoot() + QLatin1Char('/') + cacheKey();
    QDir().mkpath(root);
    CacheLock lock(root + QStringLiteral(".lock"));
    const QString windows = root + QStringLiteral("/windows");
    if (!QFileInfo::exists(windows + QStringLiteral("/etc/smb.conf"))) {
        const QString scratch = root + QStringLiteral("/windows.new");
        if (!provision(scratch, error) || !QDir().rename(scratch, windows) || !relocate(windows, error))
            return QString();
    }
    if (schema == Schema::Windows)
        return windows;
    const QString prepared = root + QStringLiteral("/bridgehead");
    if (!QFileInfo::exists(prepared + QStringLiteral("/etc/smb.conf"))) {
        const QString scratch = root + QStringLiteral("/bridgehead.new");
        if (!copyDirectory(windows, scratch, error) || !prepare(scratch, error) ||
            !QDir().rename(scratch, prepared) || !relocate(prepared, error))
            return QString();
    }
    return prepared;
}

bool SambaFixture::start(Schema schema, Binds binds) {
    stop();
    m_binds = binds;
    QString error;
    if (!networkIsolated()) {
        QTest::qFail("a Samba DC needs the test's own network namespace: start the test with "
                     "BRIDGEHEAD_TEST_MAIN (as root)",
                     __FILE__, __LINE__);
        return false;
    }
    const QString source = templateDirectory(schema, &error);
    removeAbandonedDirectories();
    m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') +
                                                dcDirectoryPrefix(QCoreApplication::applicationPid()) +
                                                QStringLiteral("XXXXXX"));
    m_path = m_tempDir->path() + QStringLiteral("/dc");
    if (source.isEmpty() || !copyDirectory(source, m_path, &error) || !launch(&error)) {
        QTest::qFail(qPrintable(QStringLiteral("the Samba DC did not start: ") + error), __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool SambaFixture::startDemo() {
    if (!start(Schema::Bridgehead))
        return false;
    QString error;
    if (!AdOrganizationLoader::loadFile(adminSettings(), QStringLiteral(":/demo/demo-org.ldif"), &error)) {
        QTest::qFail(qPrintable(QStringLiteral("the demo organization did not load into Samba: ") + error),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool SambaFixture::launch(QString *error) {
    m_output.clear();
    m_expectExit = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyRead, process,
                     [this, process] { m_output += QString::fromLocal8Bit(process->readAll()); });
    QObject::connect(
        process, &QProcess::finished, process, [this, process](int code, QProcess::ExitStatus status) {
            m_output += QString::fromLocal8Bit(process->readAll());
            if (!m_expectExit)
                qWarning("samba exited unexpectedly (%s %d). Its output:\n%s",
                         status == QProcess::CrashExit ? "signal" : "exit code", code, qPrintable(m_output));
        });
    const QString privateDir = m_path + QStringLiteral("/private");
    const QString socket = privateDir + QStringLiteral("/ldapi");
    QFile::remove(socket);
    // samba prints nothing when it is ready; it creates its ldapi socket right after it listens on
    // its TCP ports, so the socket appearing is the signal.
    QFileSystemWatcher watcher({privateDir});
    QEventLoop loop;
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &loop, [&] {
        if (QFileInfo::exists(socket))
            loop.quit();
    });
    QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(StartTimeoutMs, &loop, &QEventLoop::quit);
    QStringList args{QStringLiteral("-i"),
                     QStringLiteral("-M"),
                     QStringLiteral("single"),
                     QStringLiteral("-s"),
                     m_path + QStringLiteral("/etc/smb.conf"),
                     QStringLiteral("--debug-stdout"),
                     QStringLiteral("-d"),
                     QStringLiteral("1")};
    // Tests bind with a password over plain LDAP on loopback; TLS has tests of its own.
    if (m_binds == Binds::PlainAllowed)
        args << QStringLiteral("--option=ldap server require strong auth=no");
    process->start(QStringLiteral("samba"), args);
    if (!QFileInfo::exists(socket))
        loop.exec();
    if (process->state() != QProcess::Running || !QFileInfo::exists(socket)) {
        *error = QStringLiteral("samba did not get ready (%1). Its output:\n%2")
                     .arg(process->state() == QProcess::Running ? QStringLiteral("timed out")
                                                                : process->errorString(),
                          m_output);
        m_expectExit = true;
        process->kill();
        process->waitForFinished(5000);
        return false;
    }
    return true;
}

void SambaFixture::stop() {
    if (m_process) {
        m_expectExit = true;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
    m_tempDir.reset();
}

void SambaFixture::kill() {
    if (!m_process)
        return;
    m_expectExit = true; // on purpose: not reported as a crash
    m_process->kill();
    m_process->waitForFinished(5000);
}

bool SambaFixture::restart() {
    QString error;
    if (!launch(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

directory::ConnectionSettings SambaFixture::adminSettings() const {
    directory::ConnectionSettings s;
    s.uri = ldapUri();
    s.bind = directory::ConnectionSettings::Bind::Simple;
    s.bindDn = QLatin1String(AdminUpn);
    s.password = QLatin1String(AdminPassword);
    s.useTransactions = true;
    return s;
}

QString SambaFixture::caFile() const {
    return m_path + QStringLiteral("/private/tls/ca.pem");
}

QString SambaFixture::configurationDn() const {
    return QStringLiteral("CN=Configuration,") + QLatin1String(Suffix);
}

int SambaFixture::runTool(const QString &tool, const QStringList &arguments, const QByteArray &input,
                          QString *output) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-x"),        QStringLiteral("-H"),    ldapUri(),
                     QStringLiteral("-D"),        QLatin1String(AdminUpn), QStringLiteral("-w"),
                     QLatin1String(AdminPassword)};
    process.start(tool, args + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool SambaFixture::ldapmodify(const QString &ldif, QString *output) {
    QString out;
    const int rc = runTool(QStringLiteral("ldapmodify"), {}, ldif.toUtf8(), &out);
    if (output)
        *output = out;
    if (rc != 0)
        qWarning("ldapmodify failed (%d): %s", rc, qPrintable(out));
    return rc == 0;
}

} // namespace testsupport
