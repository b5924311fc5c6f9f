#include "CommandRun.h"

#include <QCoreApplication>

namespace queues {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(queues::CommandRun)
};

} // namespace

CommandRun::CommandRun(QObject *parent)
    : QObject(parent) {}

CommandRun::~CommandRun() {
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        delete m_process;
    }
}

void CommandRun::start(const PostfixInstance::Command &command, const QByteArray &input) {
    m_command = command;
    m_running = true;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, &CommandRun::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CommandRun::onError);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_out += m_process->readAllStandardOutput();
        Q_EMIT outputReady();
    });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_err += QString::fromLocal8Bit(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::started, this, [this, input] {
        m_started = true;
        if (!input.isEmpty())
            m_process->write(input);
        m_process->closeWriteChannel();
    });
    m_process->start(command.program, command.arguments);
}

void CommandRun::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill(); // finished() follows
    else
        done();
}

void CommandRun::onFinished(int exitCode, QProcess::ExitStatus status) {
    m_out += m_process->readAllStandardOutput();
    m_err += QString::fromLocal8Bit(m_process->readAllStandardError());
    m_exitCode = exitCode;
    m_crashed = status == QProcess::CrashExit;
    done();
}

void CommandRun::onError(QProcess::ProcessError error) {
    if (error != QProcess::FailedToStart)
        return; // finished() reports the others
    m_startError = m_process->errorString();
    done();
}

void CommandRun::done() {
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished();
}

QString CommandRun::errorText() const {
    if (m_cancelled)
        return Text::tr("Cancelled.");
    if (!m_started)
        return Text::tr("%1 could not be started: %2").arg(m_command.program, m_startError);
    if (succeeded())
        return QString();
    QStringList lines;
    for (const QString &line : m_err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    // The last lines carry the reason (ssh and Postfix put the fatal error last).
    const QString said = lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QLatin1Char('\n'));
    if (m_crashed)
        return said.isEmpty() ? Text::tr("%1 stopped unexpectedly.").arg(m_command.program) : said;
    if (!said.isEmpty())
        return said;
    return Text::tr("%1 ended with exit status %2.").arg(m_command.program).arg(m_exitCode);
}

} // namespace queues
