#pragma once

// A private slapd for the demo and for tests: builds a cn=config with slapadd in a temporary
// directory (back-mdb, syncprov, our schema), loads LDIF files, and runs slapd in the foreground
// as a child process listening on ldapi:// and a free loopback port. Everything is asynchronous:
// start() returns at once and started() or failed() follows. slapd dies with the application.

#include "ConnectionSettings.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace directory {

class LocalDirectory : public QObject {
    Q_OBJECT
public:
    struct Database {
        QString suffix;
        QStringList ldifFiles; // loaded with slapadd before the server starts (":/…" resources allowed)
    };
    struct Options {
        QList<Database> databases{Database{QStringLiteral("dc=example,dc=com"), {}}};
        QString rootPassword = QStringLiteral("secret");
        QString slapdPath; // default: $BRIDGEHEAD_SLAPD or /usr/sbin/slapd
        int startTimeoutMs = 15000;
        // PEM files; when set, slapd also offers StartTLS and listens on ldaps:// (ldapsUri()).
        QString tlsCertificateFile;
        QString tlsKeyFile;
    };
    enum class State { Stopped, Preparing, Starting, Running, Failed };
    Q_ENUM(State)

    explicit LocalDirectory(QObject *parent = nullptr);
    ~LocalDirectory() override;

    // The demo organization: our schema plus resources/demo/demo-org.ldif under dc=example,dc=com.
    static Options demoOptions();

    void start(const Options &options);
    // Restarts slapd on the same data, address and port (after kill() or stop()).
    void restart();
    void stop(); // SIGTERM, waits briefly for a clean shutdown
    void kill(); // SIGKILL: a crash, for fault tests

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    QString output() const { return m_output; }
    // How slapd last ended: "exit status 0", "killed by signal SIGSEGV, Segmentation fault".
    QString exitDescription() const { return m_exitDescription; }
    int port() const { return m_port; }
    qint64 serverProcessId() const { return m_slapd ? m_slapd->processId() : 0; }
    QString ldapUri() const;
    QString ldapiUri() const;
    QString ldapsUri() const; // empty without TLS
    QString rootDn(int database = 0) const;
    QString suffix(int database = 0) const { return m_options.databases.value(database).suffix; }
    QString rootPassword() const { return m_options.rootPassword; }
    // Simple bind as the database's root DN over TCP.
    ConnectionSettings adminSettings(int database = 0) const;
    // SASL EXTERNAL over ldapi (the peer-credential identity is also an administrator).
    ConnectionSettings externalSettings(int database = 0) const;
    QString directoryPath() const { return m_dir ? m_dir->path() : QString(); }

Q_SIGNALS:
    void started();
    void failed(const QString &error);
    void stopped();
    // slapd ended without stop() or kill() being asked for; `output` is what it printed.
    void crashed(const QString &output);
    void progress(const QString &step);

private:
    QString slapd() const;
    bool writeConfig(QString *error);
    void runSlapadd(const QStringList &arguments, std::function<void()> next);
    void loadNext(int database, int file);
    void launch();
    void probe();
    void fail(const QString &error);
    QString peercredDn() const;
    static QString describeExit(int code, QProcess::ExitStatus status);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QPointer<QProcess> m_slapd;
    QPointer<QProcess> m_tool;
    QTimer m_probeTimer;
    qint64 m_probeDeadline = 0;
    int m_port = 0;
    int m_tlsPort = 0;
    int m_launches = 0;
    bool m_retryPorts = true;
    State m_state = State::Stopped;
    QString m_error;
    QString m_output;
    QString m_exitDescription;
};

} // namespace directory
