#pragma once

// A Postfix log in a file on this machine (a maillog_file, or a copy of one), read on a worker
// thread.

#include "LogSource.h"

#include <QFutureWatcher>

namespace tracking {

class FileLogSource : public LogSource {
    Q_OBJECT
public:
    // Only the last `maxBytes` of a longer file are read: the recent past is what tracking asks for.
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;

    FileLogSource(const QString &serverName, const QString &path, QObject *parent = nullptr);

    QString serverName() const override { return m_serverName; }
    void fetch() override;

private:
    struct Result {
        QByteArray text;
        QString error;
    };
    static Result read(const QString &path, qint64 maxBytes);

    QString m_serverName;
    QString m_path;
    QFutureWatcher<Result> m_watcher;
};

} // namespace tracking
