#include "FileLogSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent>

namespace tracking {

FileLogSource::FileLogSource(const QString &serverName, const QString &path, QObject *parent)
    : LogSource(parent)
    , m_serverName(serverName)
    , m_path(path) {
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        if (r.error.isEmpty())
            Q_EMIT fetched(r.text);
        else
            Q_EMIT failed(r.error);
    });
}

FileLogSource::Result FileLogSource::read(const QString &path, qint64 maxBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QByteArray(), QCoreApplication::translate("tracking::FileLogSource", "Cannot read %1: %2")
                                  .arg(path, file.errorString())};
    if (file.size() > maxBytes) {
        file.seek(file.size() - maxBytes);
        file.readLine(); // the first line is cut
    }
    return {file.readAll(), QString()};
}

void FileLogSource::fetch() {
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(&FileLogSource::read, m_path, DefaultMaxBytes));
}

} // namespace tracking
