#include "SshFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/stat.h>

namespace testsupport {

namespace {

int freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

bool SshFixture::keygen(const QString &file) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
             QString(), QStringLiteral("-f"), file});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("ssh-keygen failed: %s", p.readAll().constData());
        return false;
    }
    return true;
}

bool SshFixture::start() {
    stop();
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bridgehead-sshd-XXXXXX"));
    const QString dir = m_root->path();
    if (!m_root->isValid() || !keygen(dir + QStringLiteral("/host_key")) ||
        !keygen(dir + QStringLiteral("/user_key")) || !keygen(dir + QStringLiteral("/other_key"))) {
        QTest::qFail("could not make the ssh keys", __FILE__, __LINE__);
        return false;
    }
    QFile::copy(dir + QStringLiteral("/user_key.pub"), dir + QStringLiteral("/authorized_keys"));
    // sshd wants its privilege separation directory, which the package makes only at boot.
    QDir().mkpath(QStringLiteral("/run/sshd"));
    ::chmod("/run/sshd", 0755);
    for (int attempt = 0; attempt < 4; ++attempt)
        if (startOnce())
            return true;
    QTest::qFail("the private sshd did not start", __FILE__, __LINE__);
    return false;
}

bool SshFixture::startOnce() {
    const QString dir = m_root->path();
    m_port = freePort();
    QFile config(dir + QStringLiteral("/sshd_config"));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2/host_key\n"
                                "AuthorizedKeysFile %2/authorized_keys\nPermitRootLogin prohibit-password\n"
                                "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
                                "StrictModes no\nPidFile none\nLogLevel ERROR\nMaxStartups 50\n")
                     .arg(m_port)
                     .arg(dir)
                     .toUtf8());
    config.close();
    m_sshd = std::make_unique<QProcess>();
    // sshd -e logs every probe below ("Connection closed by remote host"): kept, shown on failure.
    m_sshd->setProcessChannelMode(QProcess::MergedChannels);
    m_log.clear();
    QObject::connect(m_sshd.get(), &QProcess::readyRead, m_sshd.get(),
                     [this] { m_log = (m_log + m_sshd->readAll()).right(4096); });
    m_sshd->start(QStringLiteral("/usr/sbin/sshd"),
                  {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
    if (!m_sshd->waitForStarted(10000))
        return false;
    // Should the test process die, sshd goes with it.
    QProcess::startDetached(
        QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
         QStringLiteral("while kill -0 \"$0\" 2>/dev/null; do sleep 1; done; "
                        "grep -qF \"$2\" \"/proc/$1/cmdline\" 2>/dev/null && kill \"$1\""),
         QString::number(QCoreApplication::applicationPid()), QString::number(m_sshd->processId()),
         config.fileName()});
    const bool up = QTest::qWaitFor(
        [this] {
            if (m_sshd->state() != QProcess::Running)
                return true;
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (!s.waitForConnected(500))
                return false;
            return s.waitForReadyRead(2000) && s.readAll().startsWith("SSH-2.0-OpenSSH");
        },
        10000);
    if (up && m_sshd->state() == QProcess::Running)
        return true;
    m_sshd->kill();
    m_sshd->waitForFinished(5000);
    qWarning("sshd did not come up on port %d: %s", m_port, (m_log + m_sshd->readAll()).constData());
    m_sshd.reset();
    return false;
}

void SshFixture::stop() {
    if (m_sshd) {
        m_sshd->terminate();
        if (!m_sshd->waitForFinished(5000)) {
            m_sshd->kill();
            m_sshd->waitForFinished(5000);
        }
        m_sshd.reset();
    }
    m_root.reset();
    m_port = 0;
}

QString SshFixture::prefix() const {
    return QStringLiteral("ssh -F /dev/null -p %1 -i %2/user_key -o StrictHostKeyChecking=no "
                          "-o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR root@127.0.0.1")
        .arg(m_port)
        .arg(m_root->path());
}

QString SshFixture::prefixWithWrongKey() const {
    return QStringLiteral("ssh -F /dev/null -p %1 -i %2/other_key -o StrictHostKeyChecking=no "
                          "-o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR root@127.0.0.1")
        .arg(m_port)
        .arg(m_root->path());
}

} // namespace testsupport
