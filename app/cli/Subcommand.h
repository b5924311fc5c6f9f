#pragma once

// One command-line subcommand (`bridgehead analyze`, `bridgehead new connector` …): its name, its
// options, and the work it does without a window. Runs under QCoreApplication; reports through
// finished() with the exit status scripts rely on: 0 done, 1 the input was refused (the reason on
// stderr, nothing written), 2 it could not run.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

namespace cli {

class Subcommand : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Success = 0, Refused = 1, CannotRun = 2 };

    using QObject::QObject;

    // The words that select it: {"analyze"}, {"new", "connector"}.
    virtual QStringList words() const = 0;
    virtual QString description() const = 0;
    virtual void addOptions(QCommandLineParser &parser) = 0;
    // Starts the work; finish() follows, now or later from the event loop.
    virtual void start(const QCommandLineParser &parser) = 0;

    int exitCode() const { return m_exitCode; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void finish(int exitCode);
    // The reason on stderr, then finish(Refused) / finish(CannotRun).
    void refuse(const QString &reason);
    void cannotRun(const QString &reason);
    QTextStream &out();
    QTextStream &err();

private:
    int m_exitCode = Success;
    bool m_finished = false;
};

} // namespace cli
