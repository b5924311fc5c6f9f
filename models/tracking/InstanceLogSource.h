#pragma once

// A server's Postfix log read where its instance lives, through the server's queue source (on this
// machine, or through its ssh or sudo prefix): the instance's maillog_file when it has one, else its
// lines in the systemd journal. One command per fetch, so a remote server costs one round trip.

#include "LogSource.h"
#include "PostfixInstance.h"

namespace queues {
class CommandRun;
}

namespace tracking {

class InstanceLogSource : public LogSource {
    Q_OBJECT
public:
    // Only the last `maxBytes` of a longer log are read: the recent past is what tracking asks for.
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;

    InstanceLogSource(const QString &serverName, const queues::PostfixInstance &instance,
                      QObject *parent = nullptr);
    ~InstanceLogSource() override;

    QString serverName() const override { return m_serverName; }
    const queues::PostfixInstance &instance() const { return m_instance; }
    void fetch() override;
    void cancel() override;
    // Where the last fetch read: the maillog_file's path, or "journal"; "" before one succeeded.
    QString readFrom() const { return m_readFrom; }

    // The command a fetch runs (for the command line equivalent and tests).
    queues::PostfixInstance::Command command() const;

private:
    void onFinished();

    QString m_serverName;
    queues::PostfixInstance m_instance;
    queues::CommandRun *m_run = nullptr;
    QString m_readFrom;
};

} // namespace tracking
