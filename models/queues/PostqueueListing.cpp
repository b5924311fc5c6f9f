#include "PostqueueListing.h"

#include <QCoreApplication>

namespace queues {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(queues::PostqueueListing)
};

void append(QueueDelta &into, QueueDelta &&from) {
    into.added += std::move(from.added);
    into.changed += std::move(from.changed);
    into.removed += std::move(from.removed);
}

} // namespace

PostqueueListing::PostqueueListing(QObject *parent)
    : QObject(parent) {}

PostqueueListing::~PostqueueListing() {
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void PostqueueListing::start(const PostfixInstance::Command &command) {
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_sentFirst = false;
    m_stderr.clear();
    m_parser = PostqueueParser();
    m_pending = QueueDelta();
    m_program = command.program;
    m_differ.begin();
    m_sinceFlush.start();
    delete m_process;
    m_process = new QProcess(this);
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PostqueueListing::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError()); });
    connect(m_process, &QProcess::finished, this, &PostqueueListing::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &PostqueueListing::onError);
    connect(m_process, &QProcess::started, m_process, [p = m_process.data()] { p->closeWriteChannel(); });
    m_process->start(command.program, command.arguments);
}

void PostqueueListing::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process)
        m_process->kill(); // onFinished reports
}

void PostqueueListing::onOutput() {
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (m_cancelled)
        return;
    append(m_pending, m_differ.take(m_parser.feed(chunk)));
    flush(false);
}

void PostqueueListing::flush(bool force) {
    if (m_pending.isEmpty())
        return;
    // The first messages go at once, so the viewer shows rows before the last line is read.
    if (!force && m_sentFirst && m_pending.size() < BatchMessages && m_sinceFlush.elapsed() < BatchMs)
        return;
    m_sentFirst = true;
    m_sinceFlush.restart();
    Q_EMIT delta(m_pending);
    m_pending = QueueDelta();
}

void PostqueueListing::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (!m_running)
        return;
    m_stderr += QString::fromLocal8Bit(m_process->readAllStandardError());
    ListingResult result;
    if (m_cancelled) {
        m_differ.abandon();
        m_pending = QueueDelta();
        result.cancelled = true;
        result.error = Text::tr("The listing was cancelled.");
        complete(result);
        return;
    }
    const QByteArray rest = m_process->readAllStandardOutput();
    append(m_pending, m_differ.take(m_parser.feed(rest)));
    append(m_pending, m_differ.take(m_parser.finish()));
    QStringList said;
    for (const QString &line : m_stderr.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("Mail system is down")))
            result.mailSystemDown = true;
        else if (!line.trimmed().isEmpty())
            said << line.trimmed();
    }
    if (status == QProcess::NormalExit && exitCode == 0) {
        append(m_pending, m_differ.end());
        result.ok = true;
    } else {
        m_differ.abandon();
        const QString last = said.mid(std::max<qsizetype>(0, said.size() - 3)).join(QLatin1Char('\n'));
        result.error =
            !last.isEmpty() ? last : Text::tr("%1 ended with exit status %2.").arg(m_program).arg(exitCode);
    }
    flush(true);
    if (result.ok)
        result.notes = said;
    if (result.mailSystemDown)
        result.notes.prepend(Text::tr("Postfix is not running; the queue was read directly from its files."));
    result.messageCount = int(m_differ.size());
    result.badLines = m_parser.badLineCount();
    if (m_parser.badLineCount() > 0)
        result.notes << Text::tr("%n line(s) of the listing could not be read (%1).", nullptr,
                                 m_parser.badLineCount())
                            .arg(m_parser.firstError());
    complete(result);
}

void PostqueueListing::onError(QProcess::ProcessError error) {
    if (error != QProcess::FailedToStart || !m_running)
        return;
    m_differ.abandon();
    ListingResult result;
    result.error = Text::tr("%1 could not be started: %2").arg(m_program, m_process->errorString());
    complete(result);
}

void PostqueueListing::complete(ListingResult result) {
    m_running = false;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(result);
}

} // namespace queues
