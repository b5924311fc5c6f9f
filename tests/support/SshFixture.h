#pragma once

// Starts a private sshd on a free loopback port with throwaway host and user keys, so the queue
// source's command prefix is tested through real ssh ("ssh -p PORT -i KEY … root@127.0.0.1").
// Stops it afterwards, also when the test fails.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

class SshFixture {
public:
    bool start();
    void stop();
    ~SshFixture() { stop(); }

    int port() const { return m_port; }
    // The prefix that logs in as root on the private sshd with the throwaway key.
    QString prefix() const;
    // The same with a key the server does not accept: ssh fails with its own message.
    QString prefixWithWrongKey() const;

private:
    bool startOnce();
    bool keygen(const QString &file);

    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<QProcess> m_sshd;
    QByteArray m_log; // the end of what sshd said
    int m_port = 0;
};

} // namespace testsupport
