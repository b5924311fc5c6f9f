#pragma once

// "Apply to mail server": reads a server's current main.cf, master.cf and transport map, shows what
// the directory's configuration would change (ConfigMerge, TextDiff), and on request puts it in
// place: checked first on a copy (postmap and `postfix check`), then written file by file with the
// previous version kept beside it, then Postfix reloaded. Everything runs as processes (through the
// queue source's ssh or sudo prefix where it has one), never on the calling thread; a refused check
// leaves the old configuration untouched. Cancel works until the files are being written.

#include "PostfixConfig.h"
#include "PostfixInstance.h"

#include <QObject>
#include <QPointer>
#include <QProcess>

namespace postfix {

class ConfigApply : public QObject {
    Q_OBJECT
public:
    enum class Step { Reading, Checking, Writing, Reloading, Done };
    Q_ENUM(Step)

    struct Outcome {
        bool succeeded = false;
        bool cancelled = false;
        Step failedAt = Step::Done; // where it stopped when it did not succeed
        QString message;            // why, in Postfix's own words where it gave any
        bool reloaded = false;      // false on success: Postfix was not running, so nothing reloaded
    };

    static inline const QString PreviousSuffix = QStringLiteral(".bridgehead-previous");

    explicit ConfigApply(QObject *parent = nullptr);
    ~ConfigApply() override;

    // Reads the current files: currentRead() follows, or finished() with the failure.
    void read(const queues::PostfixInstance &instance, const PostfixConfig &config);
    // After read(): the files as they would be, and what changes, as a unified diff ("" if nothing).
    QString mainCfAfter() const { return m_mainAfter; }
    QString masterCfAfter() const { return m_masterAfter; }
    QString transportMapAfter() const { return m_config.transportMap(); }
    QString diff() const { return m_diff; }
    bool hasChanges() const { return !m_diff.isEmpty(); }

    // Checks, writes and reloads: progress() for each step, then finished().
    void apply();
    void cancel();
    bool isRunning() const { return m_process != nullptr; }
    // False once files are being written: stopping then would leave half a configuration.
    bool canCancel() const { return isRunning() && m_step != Step::Writing && m_step != Step::Reloading; }
    Step step() const { return m_step; }
    const queues::PostfixInstance &instance() const { return m_instance; }

    // The shell script apply() runs (`sh -s DIR`), with the three files in it.
    QString applyScript() const;

Q_SIGNALS:
    void currentRead();
    void progress(postfix::ConfigApply::Step step);
    void finished(const postfix::ConfigApply::Outcome &outcome);

private:
    void run(const queues::PostfixInstance::Command &command, const QByteArray &input);
    void onReadDone(int code, const QByteArray &out, const QString &err);
    void onApplyDone(int code, const QString &err);
    void onOutput();
    void finish(Outcome outcome);

    queues::PostfixInstance m_instance;
    PostfixConfig m_config;
    QString m_mainAfter;
    QString m_masterAfter;
    QString m_diff;
    QPointer<QProcess> m_process;
    QByteArray m_pendingOutput;
    Step m_step = Step::Done;
    bool m_applying = false;
    bool m_reloaded = false;
};

} // namespace postfix

Q_DECLARE_METATYPE(postfix::ConfigApply::Outcome)
