#pragma once

// How one queue listing ended: complete, cancelled or failed (with the command's own message),
// how many messages it held, and what the tool noted on the way (Postfix not running, lines that
// could not be read).

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace queues {

struct ListingResult {
    bool ok = false;
    bool cancelled = false;
    QString error;
    QStringList notes;
    int messageCount = 0;
    int badLines = 0;
    bool mailSystemDown = false; // postqueue read the queue directly: Postfix is not running
    QDateTime finishedAt;
};

} // namespace queues

Q_DECLARE_METATYPE(queues::ListingResult)
