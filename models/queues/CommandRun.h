#pragma once

// One run of a command (a Postfix tool, possibly through ssh or sudo) without blocking: feeds its
// standard input, collects both outputs, and reports once it has ended, with the command's own
// message when it failed ("postsuper: fatal: use of this command is reserved for the superuser",
// "ssh: connect to host gw1 port 22: Connection refused").

#include "PostfixInstance.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcess>

namespace queues {

class CommandRun : public QObject {
    Q_OBJECT
public:
    explicit CommandRun(QObject *parent = nullptr);
    ~CommandRun() override;

    void start(const PostfixInstance::Command &command, const QByteArray &input = QByteArray());
    void cancel();

    bool isRunning() const { return m_running; }
    bool started() const { return m_started; }
    bool cancelled() const { return m_cancelled; }
    int exitCode() const { return m_exitCode; }
    bool succeeded() const { return m_started && !m_crashed && !m_cancelled && m_exitCode == 0; }
    QByteArray standardOutput() const { return m_out; }
    QString standardError() const { return m_err; }
    QString commandLine() const { return m_command.toString(); }
    // Why it failed, in the command's own words where it gave any; "" when it succeeded.
    QString errorText() const;

Q_SIGNALS:
    void finished();
    void outputReady();

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void done();

    QPointer<QProcess> m_process;
    PostfixInstance::Command m_command;
    QByteArray m_out;
    QString m_err;
    QString m_startError;
    int m_exitCode = -1;
    bool m_running = false;
    bool m_started = false;
    bool m_crashed = false;
    bool m_cancelled = false;
};

} // namespace queues
