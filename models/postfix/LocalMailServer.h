#pragma once

// A private Postfix instance on this machine for the demo: its own configuration, queue and data
// directories in a temporary directory, listening on loopback only, configured with a server's
// generated configuration, and stopped with the application (a watchdog stops it should the
// application die). Everything runs as processes: start() returns at once, started() or failed()
// follows. Needs root (Postfix's daemons drop to the postfix user) and the postfix package.

#include "PostfixConfig.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace postfix {

class LocalMailServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString name;     // "gw1": the instance's syslog name is "postfix-bridgehead-<name>"
        QString hostName; // myhostname
        // Where mail goes that nothing else routes: a closed loopback port, so it stays queued.
        QString fallbackRelay = QStringLiteral("[127.0.0.1]:9");
    };

    explicit LocalMailServer(QObject *parent = nullptr);
    ~LocalMailServer() override;

    // What is missing to run one here (not root, Postfix not installed), in a user's words; "" if
    // nothing is.
    static QString unavailableReason();

    void start(const Options &options, const PostfixConfig &config);
    // Stops the instance without waiting: it ends, and its directory goes, a few seconds later.
    void stop();
    bool isRunning() const { return m_running; }

    QString configDirectory() const;
    QString logFile() const;
    QString name() const { return m_options.name; }

Q_SIGNALS:
    void started();
    void failed(const QString &message);

private:
    bool prepare(const PostfixConfig &config, QString *error);
    void runStep(int step);
    void startWatchdog();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_root;
    QPointer<QProcess> m_process;
    QList<QStringList> m_steps;
    bool m_running = false;
};

} // namespace postfix
