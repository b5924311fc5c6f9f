#include "DemoDirectory.h"

namespace console {

namespace {
constexpr int OutputLines = 12;
}

DemoDirectory::DemoDirectory(QObject *parent)
    : QObject(parent) {}

DemoDirectory::~DemoDirectory() {
    stop();
}

QString DemoDirectory::lastLines(const QString &output, int count) {
    QStringList lines = output.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

void DemoDirectory::watch(directory::LocalDirectory *directory) {
    connect(directory, &directory::LocalDirectory::progress, this, &DemoDirectory::progress);
    connect(directory, &directory::LocalDirectory::failed, this, [this](const QString &error) {
        const bool restarting = m_restarting;
        m_restarting = false;
        Q_EMIT failed(restarting ? tr("The demo directory could not be restarted.\n\n%1").arg(error)
                                 : tr("The demo directory could not be started.\n\n%1").arg(error));
    });
    connect(directory, &directory::LocalDirectory::crashed, this, [this](const QString &output) {
        m_stopped = true;
        const QString last = lastLines(output, OutputLines);
        const QString how = tr("The demo directory server stopped unexpectedly (%1).").arg(exitDescription());
        Q_EMIT stoppedUnexpectedly(
            last.isEmpty() ? tr("%1\n\nIt printed nothing before it stopped. Restart starts it again on the "
                                "same data.")
                                 .arg(how)
                           : tr("%1\n\nIts last output:\n%2\n\nRestart starts it again on the same data.")
                                 .arg(how, last));
    });
    connect(directory, &directory::LocalDirectory::started, this, [this] {
        m_stopped = false;
        if (m_restarting) {
            m_restarting = false;
            Q_EMIT restarted();
            return;
        }
        Q_EMIT started(m_directory->adminSettings());
    });
}

void DemoDirectory::start() {
    stop();
    m_directory = new directory::LocalDirectory(this);
    watch(m_directory);
    m_directory->start(directory::LocalDirectory::demoOptions());
}

void DemoDirectory::restart() {
    if (!m_directory || !m_stopped || m_restarting)
        return;
    m_restarting = true;
    m_directory->restart();
}

void DemoDirectory::stop() {
    m_stopped = false;
    m_restarting = false;
    if (!m_directory)
        return;
    m_directory->stop();
    delete m_directory;
}

bool DemoDirectory::isRunning() const {
    return m_directory && m_directory->state() == directory::LocalDirectory::State::Running;
}

QString DemoDirectory::exitDescription() const {
    return m_directory ? m_directory->exitDescription() : QString();
}

directory::ConnectionSettings DemoDirectory::adminSettings() const {
    return m_directory ? m_directory->adminSettings() : directory::ConnectionSettings();
}

} // namespace console
