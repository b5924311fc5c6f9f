#include "InstanceLogSource.h"

#include "CommandRun.h"

namespace tracking {

namespace {

// $1: the configuration directory, $2: how many bytes. Prints "file PATH" or "journal NAME" on the
// first line, then the log. postconf answers for the instance itself, so a maillog_file set in its
// main.cf is found wherever it points; without one Postfix logs to syslog, which the journal keeps
// under the instance's syslog_name ("postfix/smtpd", "postfix-out/qmgr").
const QString Script = QStringLiteral(R"(PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
file=$(postconf -c "$1" -h maillog_file) || exit 3
if [ -n "$file" ]; then
  printf 'file %s\n' "$file"
  exec tail -c "$2" -- "$file"
fi
name=$(postconf -c "$1" -h syslog_name) || exit 3
command -v journalctl >/dev/null || { echo "$1 has no maillog_file, and there is no journal to read" >&2; exit 4; }
printf 'journal %s\n' "$name"
journalctl -q --no-pager -o short-iso | grep -F -- " $name/"
status=$?
[ "$status" -le 1 ] || exit "$status"
exit 0
)");

} // namespace

InstanceLogSource::InstanceLogSource(const QString &serverName, const queues::PostfixInstance &instance,
                                     QObject *parent)
    : LogSource(parent)
    , m_serverName(serverName)
    , m_instance(instance) {}

InstanceLogSource::~InstanceLogSource() = default;

queues::PostfixInstance::Command InstanceLogSource::command() const {
    return m_instance.program(QStringLiteral("sh"),
                              {QStringLiteral("-c"), Script, QStringLiteral("sh"),
                               m_instance.effectiveConfigDirectory(), QString::number(DefaultMaxBytes)});
}

void InstanceLogSource::fetch() {
    if (m_run && m_run->isRunning())
        return;
    delete m_run;
    m_run = new queues::CommandRun(this);
    connect(m_run, &queues::CommandRun::finished, this, &InstanceLogSource::onFinished);
    m_run->start(command());
}

void InstanceLogSource::cancel() {
    if (m_run)
        m_run->cancel();
}

void InstanceLogSource::onFinished() {
    if (m_run->cancelled())
        return;
    if (!m_run->succeeded()) {
        Q_EMIT failed(tr("Cannot read the Postfix log of %1 (%2): %3")
                          .arg(m_serverName, m_instance.displayName(), m_run->errorText()));
        return;
    }
    QByteArray log = m_run->standardOutput();
    const qsizetype firstLine = log.indexOf('\n');
    const QByteArray where = firstLine < 0 ? log : log.left(firstLine);
    if (where.startsWith("file "))
        m_readFrom = QString::fromUtf8(where.mid(5));
    else if (where.startsWith("journal "))
        m_readFrom = QStringLiteral("journal");
    else {
        Q_EMIT failed(tr("Cannot read the Postfix log of %1 (%2): it answered with no log.")
                          .arg(m_serverName, m_instance.displayName()));
        return;
    }
    log.remove(0, firstLine < 0 ? log.size() : firstLine + 1);
    if (log.size() >= DefaultMaxBytes) {
        const qsizetype cut = log.indexOf('\n');
        log.remove(0, cut < 0 ? log.size() : cut + 1); // the first line is cut
    }
    Q_EMIT fetched(log);
}

} // namespace tracking
