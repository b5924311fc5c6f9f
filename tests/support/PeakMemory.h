#pragma once

// The process's peak resident memory (VmHWM), as the benchmarks report it.

#include <QFile>

namespace testsupport {

// In KiB; -1 where /proc does not tell.
inline long peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace testsupport
