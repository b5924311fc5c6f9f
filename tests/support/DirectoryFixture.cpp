#include "DirectoryFixture.h"

#include "Attributes.h"
#include "Connection.h"
#include "Dn.h"

#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace testsupport {

namespace {

// Runs the event loop until the directory reports started() or failed(), or 30 s pass.
void waitForOutcome(directory::LocalDirectory *dir) {
    QEventLoop loop;
    QObject::connect(dir, &directory::LocalDirectory::started, &loop, &QEventLoop::quit);
    QObject::connect(dir, &directory::LocalDirectory::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

bool DirectoryFixture::start(const directory::LocalDirectory::Options &options) {
    stop();
    m_directory = std::make_unique<directory::LocalDirectory>();
    QSignalSpy started(m_directory.get(), &directory::LocalDirectory::started);
    QSignalSpy failed(m_directory.get(), &directory::LocalDirectory::failed);
    m_directory->start(options);
    if (started.isEmpty() && failed.isEmpty())
        waitForOutcome(m_directory.get());
    // slapd ending by itself is a crash: say so, with what slapd printed, to make sense of failures.
    QObject::connect(m_directory.get(), &directory::LocalDirectory::crashed, m_directory.get(),
                     [dir = m_directory.get()](const QString &output) {
                         qWarning("slapd exited unexpectedly (%s). Its output:\n%s",
                                  qPrintable(dir->exitDescription()), qPrintable(output));
                     });
    if (started.isEmpty()) {
        const QString why =
            failed.isEmpty() ? QStringLiteral("timed out") : failed.first().first().toString();
        QTest::qFail(qPrintable(QStringLiteral("slapd did not start: ") + why), __FILE__, __LINE__);
        return false;
    }
    return true;
}

void DirectoryFixture::stop() {
    if (m_directory) {
        m_directory->stop();
        m_directory.reset();
    }
}

int DirectoryFixture::runTool(const QString &tool, const QStringList &arguments, const QByteArray &input,
                              QString *output) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-x"),       QStringLiteral("-H"),  m_directory->ldapUri(),
                     QStringLiteral("-D"),       m_directory->rootDn(), QStringLiteral("-w"),
                     m_directory->rootPassword()};
    args += arguments;
    process.start(tool, args);
    process.write(input);
    process.closeWriteChannel();
    // A tool still running has no exit code yet (QProcess reports 0): that is a failure, not a
    // success, or a slow ldapadd under load looks as if it had added everything.
    const bool finished = process.waitForFinished(ToolTimeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        if (output)
            *output += QStringLiteral("\n%1 did not finish within %2 s").arg(tool).arg(ToolTimeoutMs / 1000);
        process.kill();
        process.waitForFinished(5000);
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool DirectoryFixture::ldapmodify(const QString &ldif, QString *output) {
    QString out;
    const int rc = runTool(QStringLiteral("ldapmodify"), {}, ldif.toUtf8(), &out);
    if (output)
        *output = out;
    if (rc != 0)
        qWarning("ldapmodify failed (%d): %s", rc, qPrintable(out));
    return rc == 0;
}

void DirectoryFixture::kill() {
    m_directory->kill(); // on purpose: not reported as a crash (kill() does not emit stopped())
}

bool DirectoryFixture::restart() {
    QSignalSpy started(m_directory.get(), &directory::LocalDirectory::started);
    QSignalSpy failed(m_directory.get(), &directory::LocalDirectory::failed);
    m_directory->restart();
    if (started.isEmpty() && failed.isEmpty())
        waitForOutcome(m_directory.get());
    return !started.isEmpty();
}

} // namespace testsupport

namespace testsupport {

bool waitFor(directory::DirectoryReply *reply, int timeoutMs) {
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &directory::DirectoryReply::finished);
    return spy.wait(timeoutMs);
}

DirectorySnapshot directorySnapshot(const directory::ConnectionSettings &settings, const QString &base) {
    directory::Connection reader;
    reader.setSettings(settings);
    directory::SearchRequest request;
    request.base = base;
    request.attributes = {QStringLiteral("*")};
    directory::DirectoryReply *reply = reader.search(request);
    DirectorySnapshot out;
    if (!waitFor(reply))
        return out;
    for (const directory::Entry &e : reply->entries()) {
        QMap<QString, QStringList> attributes;
        for (const directory::Attribute &a : e.attributes()) {
            QStringList values = e.strings(a.name);
            if (topology::attr::isDnValued(a.name))
                for (QString &v : values)
                    v = directory::Dn::parse(v).key();
            values.sort();
            attributes.insert(a.name.toLower(), values);
        }
        out.insert(directory::Dn::parse(e.dn()).key(), attributes);
    }
    return out;
}

} // namespace testsupport
