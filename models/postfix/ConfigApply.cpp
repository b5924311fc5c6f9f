#include "ConfigApply.h"

#include "ConfigMerge.h"
#include "TextDiff.h"

#include <QRandomGenerator>
#include <QTimer>

namespace postfix {

namespace {

const QString MainCf = QStringLiteral("main.cf");
const QString MasterCf = QStringLiteral("master.cf");

// Prints each file (a "1" and its text, or a "0" when it is missing) followed by a NUL.
const QString ReadScript =
    QStringLiteral(
        "for f in main.cf master.cf %1; do "
        "if [ -f \"$1/$f\" ]; then printf 1; cat \"$1/$f\" || exit 3; else printf 0; fi; printf '\\0'; done")
        .arg(PostfixConfig::TransportMapFile);

// Exit statuses of the apply script: which step refused.
enum ScriptExit { CheckFailed = 3, WriteFailed = 4, ReloadFailed = 5 };

// The script's steps, as lines on standard output, so progress can follow them.
QString applyScriptBody() {
    return QStringLiteral(R"(PATH=$PATH:/usr/sbin:/sbin
dir=$1
step() { printf 'step %s\n' "$1"; }
stage=$(mktemp -d "${TMPDIR:-/tmp}/bridgehead-apply.XXXXXX") || exit 3
trap 'rm -rf "$stage"' EXIT
trap 'rm -rf "$stage"; exit 130' HUP INT TERM
step check
[ -f "$dir/main.cf" ] && [ -f "$dir/master.cf" ] || { echo "$dir holds no main.cf and master.cf" >&2; exit 3; }
for f in "$dir"/*; do [ -f "$f" ] && cp -p "$f" "$stage"/; done
@FILES@
postmap -c "$stage" "hash:$stage/@MAP@" || exit 3
postfix -c "$stage" check || exit 3
step write
files="@MAP@ @MAP@.db master.cf main.cf"
for f in $files; do
  if [ -f "$dir/$f" ]; then cp -p "$dir/$f" "$dir/$f@PREV@" || exit 4; fi
done
restore() {
  for f in $files; do
    if [ -f "$dir/$f@PREV@" ]; then cp -p "$dir/$f@PREV@" "$dir/$f"; else rm -f "$dir/$f"; fi
  done
  exit 4
}
for f in $files; do
  cp "$stage/$f" "$dir/.$f.bridgehead-new" && mv -f "$dir/.$f.bridgehead-new" "$dir/$f" || restore
done
step reload
if postfix -c "$dir" status >/dev/null 2>&1; then
  postfix -c "$dir" reload || exit 5
  echo reloaded
fi
step done
)");
}

QString hereDocument(const QString &path, const QString &text) {
    QString delimiter;
    do
        delimiter = QStringLiteral("BRIDGEHEAD_%1")
                        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    while (text.contains(delimiter));
    QString body = text;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return QStringLiteral("cat > \"$stage/%1\" <<'%2'\n%3%2\n").arg(path, delimiter, body);
}

} // namespace

ConfigApply::ConfigApply(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<Outcome>();
}

ConfigApply::~ConfigApply() {
    // The running command and any cancelled one still ending; killed, they end at once.
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
    }
}

void ConfigApply::run(const queues::PostfixInstance::Command &command, const QByteArray &input) {
    auto *process = new QProcess(this);
    m_process = process;
    m_pendingOutput.clear();
    connect(process, &QProcess::readyReadStandardOutput, this, &ConfigApply::onOutput);
    connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        m_process = nullptr;
        const QString err = QString::fromUtf8(process->readAllStandardError()).trimmed();
        const int exit = status == QProcess::NormalExit ? code : -1;
        if (m_applying)
            onApplyDone(exit, err);
        else
            onReadDone(exit, m_pendingOutput + process->readAllStandardOutput(), err);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        m_process = nullptr;
        Outcome o;
        o.failedAt = m_step;
        o.message = tr("Cannot run %1: %2").arg(process->program(), process->errorString());
        finish(o);
    });
    process->start(command.program, command.arguments);
    process->write(input);
    process->closeWriteChannel();
}

void ConfigApply::read(const queues::PostfixInstance &instance, const PostfixConfig &config) {
    m_instance = instance;
    m_config = config;
    m_applying = false;
    m_step = Step::Reading;
    Q_EMIT progress(m_step);
    run(instance.program(QStringLiteral("sh"), {QStringLiteral("-c"), ReadScript, QStringLiteral("sh"),
                                                instance.effectiveConfigDirectory()}),
        QByteArray());
}

void ConfigApply::onOutput() {
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAllStandardOutput();
    if (!m_applying) {
        m_pendingOutput += chunk;
        return;
    }
    m_pendingOutput += chunk;
    qsizetype end;
    while ((end = m_pendingOutput.indexOf('\n')) >= 0) {
        const QByteArray line = m_pendingOutput.left(end).trimmed();
        m_pendingOutput.remove(0, end + 1);
        Step next = m_step;
        if (line == "step write")
            next = Step::Writing;
        else if (line == "step reload")
            next = Step::Reloading;
        else if (line == "reloaded")
            m_reloaded = true;
        if (next != m_step) {
            m_step = next;
            Q_EMIT progress(m_step);
        }
    }
}

void ConfigApply::onReadDone(int code, const QByteArray &out, const QString &err) {
    const QList<QByteArray> files = out.split('\0');
    if (code != 0 || files.size() < 3) {
        Outcome o;
        o.failedAt = Step::Reading;
        o.message =
            err.isEmpty() ? tr("Cannot read the configuration in %1.").arg(m_instance.displayName()) : err;
        finish(o);
        return;
    }
    const auto text = [&](int i) { return QString::fromUtf8(files.at(i).mid(1)); };
    if (!files.at(0).startsWith('1') || !files.at(1).startsWith('1')) {
        Outcome o;
        o.failedAt = Step::Reading;
        o.message = tr("%1 holds no main.cf and master.cf: is it the Postfix configuration directory?")
                        .arg(m_instance.displayName());
        finish(o);
        return;
    }
    const QString dir = m_instance.effectiveConfigDirectory();
    const QString mainBefore = text(0);
    const QString masterBefore = text(1);
    const QString mapBefore = files.at(2).startsWith('1') ? text(2) : QString();
    m_mainAfter = ConfigMerge::mainCf(mainBefore, m_config);
    m_masterAfter = ConfigMerge::masterCf(masterBefore, m_config);
    m_diff.clear();
    for (const auto &[name, before, after] :
         {std::tuple{MainCf, mainBefore, m_mainAfter}, std::tuple{MasterCf, masterBefore, m_masterAfter},
          std::tuple{PostfixConfig::TransportMapFile, mapBefore, m_config.transportMap()}}) {
        const QString path = dir + QLatin1Char('/') + name;
        m_diff += TextDiff::unified(before, after, path, path);
    }
    m_step = Step::Done;
    Q_EMIT currentRead();
}

QString ConfigApply::applyScript() const {
    const QString files = hereDocument(MainCf, m_mainAfter) + hereDocument(MasterCf, m_masterAfter) +
                          hereDocument(PostfixConfig::TransportMapFile, m_config.transportMap());
    QString script = applyScriptBody();
    script.replace(QStringLiteral("@FILES@\n"), files);
    script.replace(QStringLiteral("@MAP@"), PostfixConfig::TransportMapFile);
    script.replace(QStringLiteral("@PREV@"), PreviousSuffix);
    return script;
}

void ConfigApply::apply() {
    if (isRunning() || m_mainAfter.isEmpty())
        return;
    m_applying = true;
    m_reloaded = false;
    m_step = Step::Checking;
    Q_EMIT progress(m_step);
    run(m_instance.program(QStringLiteral("sh"),
                           {QStringLiteral("-s"), QStringLiteral("--"), m_instance.effectiveConfigDirectory()}),
        applyScript().toUtf8());
}

void ConfigApply::onApplyDone(int code, const QString &err) {
    Outcome o;
    if (code == 0 && m_step == Step::Reloading) {
        o.succeeded = true;
        o.reloaded = m_reloaded;
        m_step = Step::Done;
        Q_EMIT progress(m_step);
        finish(o);
        return;
    }
    o.failedAt = code == WriteFailed    ? Step::Writing
                 : code == ReloadFailed ? Step::Reloading
                 : code == CheckFailed  ? Step::Checking
                                        : m_step;
    o.message = err.isEmpty() ? tr("The command ended with status %1.").arg(code) : err;
    finish(o);
}

void ConfigApply::cancel() {
    if (!canCancel())
        return;
    const Step at = m_step;
    QProcess *process = m_process;
    process->disconnect(this);
    // The script removes its copy when told to stop; it goes when it has ended, or is killed.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->terminate();
    QTimer::singleShot(3000, process, &QProcess::kill);
    m_process = nullptr;
    Outcome o;
    o.cancelled = true;
    o.failedAt = at;
    o.message = tr("Cancelled; the configuration was not changed.");
    finish(o);
}

void ConfigApply::finish(Outcome outcome) {
    m_applying = false;
    if (!outcome.succeeded)
        m_step = outcome.failedAt;
    Q_EMIT finished(outcome);
}

} // namespace postfix
