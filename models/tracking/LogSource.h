#pragma once

// Where one server's Postfix log comes from: a file on this machine, or the instance's
// maillog_file or journal read through its queue source. Fetching never blocks: fetched() or
// failed() follows.

#include <QByteArray>
#include <QObject>

namespace tracking {

class LogSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~LogSource() override = default;

    // The server the log belongs to, as tracking names it.
    virtual QString serverName() const = 0;
    virtual void fetch() = 0;
    virtual void cancel() {}

Q_SIGNALS:
    void fetched(const QByteArray &log);
    void failed(const QString &message);
};

} // namespace tracking
