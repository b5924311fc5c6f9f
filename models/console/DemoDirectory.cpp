#include "DemoDirectory.h"

namespace console {

DemoDirectory::DemoDirectory(QObject *parent)
    : QObject(parent) {}

DemoDirectory::~DemoDirectory() {
    stop();
}

void DemoDirectory::start() {
    stop();
    m_directory = new directory::LocalDirectory(this);
    connect(m_directory, &directory::LocalDirectory::progress, this, &DemoDirectory::progress);
    connect(m_directory, &directory::LocalDirectory::failed, this, [this](const QString &error) {
        Q_EMIT failed(tr("The demo directory could not be started.\n\n%1").arg(error));
    });
    connect(m_directory, &directory::LocalDirectory::crashed, this, [this](const QString &output) {
        Q_EMIT stoppedUnexpectedly(
            tr("The demo directory server stopped unexpectedly.\n\n%1").arg(output.trimmed()));
    });
    connect(m_directory, &directory::LocalDirectory::started, this,
            [this] { Q_EMIT started(m_directory->adminSettings()); });
    m_directory->start(directory::LocalDirectory::demoOptions());
}

void DemoDirectory::stop() {
    if (!m_directory)
        return;
    m_directory->stop();
    delete m_directory;
}

bool DemoDirectory::isRunning() const {
    return m_directory && m_directory->state() == directory::LocalDirectory::State::Running;
}

directory::ConnectionSettings DemoDirectory::adminSettings() const {
    return m_directory ? m_directory->adminSettings() : directory::ConnectionSettings();
}

} // namespace console
