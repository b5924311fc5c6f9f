#pragma once

// Starts a private Postfix instance for a test: its own configuration, queue and data directories
// in a temporary directory, smtpd on a free loopback port, and a relay host on a closed loopback
// port, so every message stays deferred with "Connection refused". Stops it afterwards, also when
// the test fails (and, through a watchdog, when the test process dies). Waits, never sleeps.

#include "PostfixInstance.h"
#include "QueuedMessage.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace testsupport {

class PostfixFixture {
public:
    struct Options {
        QString hostName = QStringLiteral("gw1.test.invalid");
        QString relayHost = QStringLiteral("[127.0.0.1]:9"); // "" for DNS routing
        bool tls = false;                                    // STARTTLS with a certificate of a private CA
        QStringList extraMainCf;                             // more "name = value" lines
    };

    // Recipients in this domain are refused at RCPT with this reply.
    static inline const QString RefusedDomain = QStringLiteral("refused.invalid");
    static inline const QString RefusedText = QStringLiteral("Refused by the test server");

    bool start(const Options &options);
    bool start() { return start(Options()); }
    void stop();
    // Stops the mail system but keeps its directories (postqueue then reads the files itself).
    bool stopMailSystem();
    ~PostfixFixture() { stop(); }

    bool isRunning() const { return m_running; }
    QString configDirectory() const { return m_root ? m_root->path() + QStringLiteral("/etc") : QString(); }
    QString queueDirectory() const { return m_root ? m_root->path() + QStringLiteral("/spool") : QString(); }
    QString caFile() const { return m_root ? m_root->path() + QStringLiteral("/ca.pem") : QString(); }
    int smtpPort() const { return m_port; }
    QString hostName() const { return m_options.hostName; }
    QString relayHost() const { return m_options.relayHost; }
    // The instance as a queue source on this machine.
    queues::PostfixInstance instance() const;
    // The instance through a command prefix ("ssh … root@127.0.0.1"), same config directory.
    queues::PostfixInstance instance(const QString &prefix) const;

    // Submits a message with sendmail (no SMTP involved); the header gets `headers` lines.
    bool sendmail(const QString &from, const QStringList &to, const QString &subject,
                  const QStringList &headers = {});
    // The queue as postqueue -j lists it now (blocking: for test set-up and checks).
    QList<queues::QueuedMessage> list(QString *error = nullptr) const;
    // Waits up to `timeoutMs` until the listing satisfies `ready`.
    bool waitForQueue(const std::function<bool(const QList<queues::QueuedMessage> &)> &ready,
                      int timeoutMs = 15000) const;
    // Waits until `count` messages are deferred (tried once and refused).
    bool waitForDeferred(int count, int timeoutMs = 15000) const;
    // Runs a Postfix tool of this instance; returns its exit code, stdout+stderr in *output.
    int run(const QString &tool, const QStringList &arguments, const QByteArray &input = QByteArray(),
            QString *output = nullptr) const;
    // Deletes every message (postsuper -d ALL).
    bool clearQueue();

private:
    bool prepareRoot();
    bool writeConfig();
    bool makeCertificates();
    bool startOnce();
    bool answersAsUs() const;
    void startWatchdog();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_token; // in the SMTP banner: tells our smtpd from another on a reused port
    int m_port = 0;
    bool m_running = false;
};

} // namespace testsupport
