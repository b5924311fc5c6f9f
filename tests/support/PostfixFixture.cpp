#include "PostfixFixture.h"

#include "PostqueueParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace testsupport {

namespace {

int freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

int runProcess(const QString &program, const QStringList &arguments, const QByteArray &input, QString *output,
               int timeoutMs = 30000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// The services of Debian's master.cf that a queue needs, none of them chrooted (a private
// instance has no chroot prepared).
const char *const MasterServices = R"(pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
)";

} // namespace

queues::PostfixInstance PostfixFixture::instance() const {
    return *queues::PostfixInstance::create(configDirectory(), QString());
}

queues::PostfixInstance PostfixFixture::instance(const QString &prefix) const {
    return *queues::PostfixInstance::create(configDirectory(), prefix);
}

bool PostfixFixture::writeConfig() {
    const QString root = m_root->path();
    QStringList main{
        QStringLiteral("compatibility_level = 3.6"),
        QStringLiteral("queue_directory = %1/spool").arg(root),
        QStringLiteral("data_directory = %1/lib").arg(root),
        QStringLiteral("syslog_name = postfix-bridgehead-test"),
        QStringLiteral("maillog_file_prefixes = %1").arg(root),
        QStringLiteral("maillog_file = %1/maillog").arg(root),
        QStringLiteral("myhostname = %1").arg(m_options.hostName),
        QStringLiteral("mydestination ="),
        QStringLiteral("myorigin = $myhostname"),
        QStringLiteral("inet_interfaces = 127.0.0.1"),
        QStringLiteral("inet_protocols = ipv4"),
        QStringLiteral("mynetworks = 127.0.0.0/8"),
        QStringLiteral("relayhost = %1").arg(m_options.relayHost),
        QStringLiteral("alias_maps ="),
        QStringLiteral("alias_database ="),
        QStringLiteral("biff = no"),
        QStringLiteral("smtputf8_enable = yes"),
        QStringLiteral("default_process_limit = 20"),
        QStringLiteral("local_transport = error:local delivery is disabled"),
        QStringLiteral("smtpd_banner = $myhostname ESMTP Bridgehead test %1").arg(m_token),
        QStringLiteral("smtpd_recipient_restrictions = check_recipient_access inline:{{%1 = 554 5.7.1 %2}}, "
                       "permit_mynetworks, reject")
            .arg(RefusedDomain, RefusedText),
    };
    if (m_options.tls) {
        main << QStringLiteral("smtpd_tls_cert_file = %1/server.pem").arg(root)
             << QStringLiteral("smtpd_tls_key_file = %1/server.key").arg(root)
             << QStringLiteral("smtpd_tls_security_level = may");
    }
    main << m_options.extraMainCf;
    QFile mainCf(root + QStringLiteral("/etc/main.cf"));
    QFile masterCf(root + QStringLiteral("/etc/master.cf"));
    if (!mainCf.open(QIODevice::WriteOnly) || !masterCf.open(QIODevice::WriteOnly))
        return false;
    mainCf.write(main.join(QLatin1Char('\n')).toUtf8() + '\n');
    masterCf.write(QStringLiteral("127.0.0.1:%1 inet n - n - - smtpd\n").arg(m_port).toUtf8() +
                   MasterServices);
    return true;
}

bool PostfixFixture::makeCertificates() {
    const QString root = m_root->path();
    QString out;
    const QStringList steps[] = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=Bridgehead Test CA"), QStringLiteral("-keyout"),
         root + QStringLiteral("/ca.key"), QStringLiteral("-out"), root + QStringLiteral("/ca.pem")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
         QStringLiteral("-keyout"), root + QStringLiteral("/server.key"), QStringLiteral("-out"),
         root + QStringLiteral("/server.csr")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         root + QStringLiteral("/server.csr"), QStringLiteral("-CA"), root + QStringLiteral("/ca.pem"),
         QStringLiteral("-CAkey"), root + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
         root + QStringLiteral("/san.cnf"), QStringLiteral("-out"), root + QStringLiteral("/server.pem")},
    };
    QFile san(root + QStringLiteral("/san.cnf"));
    if (!san.open(QIODevice::WriteOnly))
        return false;
    san.write("subjectAltName = DNS:localhost, IP:127.0.0.1\n");
    san.close();
    for (const QStringList &args : steps)
        if (runProcess(QStringLiteral("openssl"), args, QByteArray(), &out) != 0) {
            qWarning("openssl failed: %s", qPrintable(out));
            return false;
        }
    return true;
}

bool PostfixFixture::prepareRoot() {
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bridgehead-postfix-XXXXXX"));
    if (!m_root->isValid())
        return false;
    // Postfix's processes run as the postfix user and must reach the queue directory.
    ::chmod(QFile::encodeName(m_root->path()).constData(), 0755);
    QDir(m_root->path()).mkpath(QStringLiteral("etc"));
    QDir(m_root->path()).mkpath(QStringLiteral("spool"));
    if (m_options.tls && !makeCertificates())
        return false;
    startWatchdog();
    return true;
}

bool PostfixFixture::start(const Options &options) {
    stop();
    m_options = options;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (!prepareRoot())
            break;
        m_token = QString::number(QRandomGenerator::global()->generate64(), 36);
        m_port = freePort();
        if (m_port > 0 && writeConfig() && startOnce())
            return true;
        stop(); // most likely the port was taken meanwhile: another port, another directory
    }
    QTest::qFail("the private Postfix did not start", __FILE__, __LINE__);
    return false;
}

bool PostfixFixture::startOnce() {
    QString out;
    if (runProcess(QStringLiteral("postfix"),
                   {QStringLiteral("-c"), configDirectory(), QStringLiteral("start")}, QByteArray(),
                   &out) != 0) {
        qWarning("postfix start failed: %s", qPrintable(out));
        return false;
    }
    m_running = true;
    // The master binds its listener as it starts; another process may hold the port.
    if (!QTest::qWaitFor([this] { return answersAsUs(); }, 10000)) {
        QFile log(m_root->path() + QStringLiteral("/maillog"));
        log.open(QIODevice::ReadOnly);
        qWarning("Postfix does not answer on port %d:\n%s", m_port, log.readAll().right(2000).constData());
        return false;
    }
    return true;
}

bool PostfixFixture::answersAsUs() const {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
    if (!socket.waitForConnected(1000))
        return false;
    QByteArray banner;
    while (!banner.contains('\n') && socket.waitForReadyRead(2000))
        banner += socket.readAll();
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(500);
    return banner.startsWith("220 ") && banner.contains(m_token.toLatin1());
}

void PostfixFixture::startWatchdog() {
    // Should the test process die, the instance and its files go with it.
    const QString script = QStringLiteral("while kill -0 \"$0\" 2>/dev/null; do sleep 1; done; "
                                          "postfix -c \"$1/etc\" stop >/dev/null 2>&1; rm -rf \"$1\"");
    QProcess::startDetached(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"), script, QString::number(QCoreApplication::applicationPid()), m_root->path()});
}

bool PostfixFixture::stopMailSystem() {
    if (!m_running)
        return true;
    QString out;
    runProcess(QStringLiteral("postfix"), {QStringLiteral("-c"), configDirectory(), QStringLiteral("stop")},
               QByteArray(), &out);
    QFile pidFile(queueDirectory() + QStringLiteral("/pid/master.pid"));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
        if (pid > 0 && !QTest::qWaitFor([pid] { return ::kill(pid, 0) != 0; }, 10000))
            return false;
    }
    m_running = false;
    return true;
}

void PostfixFixture::stop() {
    if (m_running) {
        QString out;
        runProcess(QStringLiteral("postfix"),
                   {QStringLiteral("-c"), configDirectory(), QStringLiteral("stop")}, QByteArray(), &out);
        // Wait for the master to be gone before its files are.
        QFile pidFile(queueDirectory() + QStringLiteral("/pid/master.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
            if (pid > 0 && !QTest::qWaitFor([pid] { return ::kill(pid, 0) != 0; }, 10000))
                qWarning("the private Postfix's master (pid %d) did not stop", int(pid));
        }
        m_running = false;
    }
    m_root.reset();
    m_port = 0;
}

int PostfixFixture::run(const QString &tool, const QStringList &arguments, const QByteArray &input,
                        QString *output) const {
    QStringList args{QStringLiteral("-c"), configDirectory()};
    args << arguments;
    return runProcess(tool, args, input, output);
}

bool PostfixFixture::sendmail(const QString &from, const QStringList &to, const QString &subject,
                              const QStringList &headers) {
    QByteArray message = "Subject: " + subject.toUtf8() + "\nFrom: " + from.toUtf8() + '\n';
    for (const QString &h : headers)
        message += h.toUtf8() + '\n';
    message += "\nA test message of the Bridgehead test suite.\n";
    QStringList args{QStringLiteral("-C"), configDirectory(), QStringLiteral("-f"), from,
                     QStringLiteral("--")};
    args << to;
    QString out;
    const int rc = runProcess(QStringLiteral("/usr/sbin/sendmail"), args, message, &out);
    if (rc != 0)
        qWarning("sendmail failed (%d): %s", rc, qPrintable(out));
    return rc == 0;
}

QList<queues::QueuedMessage> PostfixFixture::list(QString *error) const {
    QProcess p;
    p.start(QStringLiteral("postqueue"), {QStringLiteral("-c"), configDirectory(), QStringLiteral("-j")});
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (error)
        *error = QString::fromUtf8(p.readAllStandardError());
    queues::PostqueueParser parser;
    QList<queues::QueuedMessage> out = parser.feed(p.readAllStandardOutput());
    out += parser.finish();
    return out;
}

bool PostfixFixture::waitForQueue(const std::function<bool(const QList<queues::QueuedMessage> &)> &ready,
                                  int timeoutMs) const {
    return QTest::qWaitFor([&] { return ready(list()); }, timeoutMs);
}

bool PostfixFixture::waitForDeferred(int count, int timeoutMs) const {
    return waitForQueue(
        [count](const QList<queues::QueuedMessage> &messages) {
            int deferred = 0;
            for (const queues::QueuedMessage &m : messages)
                if (m.queue == queues::PostfixQueue::Deferred && !m.lastError().isEmpty())
                    ++deferred;
            return deferred == count;
        },
        timeoutMs);
}

bool PostfixFixture::clearQueue() {
    QString out;
    return run(QStringLiteral("postsuper"), {QStringLiteral("-d"), QStringLiteral("ALL")}, QByteArray(),
               &out) == 0;
}

} // namespace testsupport
