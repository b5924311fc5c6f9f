// Benchmark: a Postfix queue of 100,000 deferred messages (written straight into a private
// instance's queue directory in Postfix's record format). Measures, against `postqueue -j >
// /dev/null` on the same queue: the time until the queue viewer's models hold every message, with
// and without a 100,000-row message list open; the time to the first rows shown; the longest stall
// of the GUI thread while loading (5 ms heartbeat), and how much of it the thread spent working (its
// CPU time between two beats; on a busy machine the rest is time it waited for a core); a refresh with
// nothing changed; a Find over all messages; and the peak memory.

#include "MessageListModel.h"
#include "PeakMemory.h"
#include "MessageListView.h"
#include "PostfixFixture.h"
#include "QueueFileWriter.h"
#include "QueueListModel.h"
#include "QueueSourceSettings.h"
#include "QueueViewer.h"
#include "ServerQueues.h"
#include "Topology.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

int Messages = 100'000;
int Rounds = 3;

qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Load {
    double totalMs = 0;
    double firstRowsMs = -1;
    double stallMs = 0;
    double busyMs = 0;
    qsizetype held = 0;
};

// One cold load of the viewer for the server: from showing its Queues pane to every message in the
// models. With `withList`, the queue's message list (100,000 rows, sorted by time) is open too.
Load load(queues::QueueSourceSettings &settings, const topology::Topology &topology,
          const directory::Dn &server, bool withList) {
    queueui::QueueViewer viewer(&settings, &topology);
    viewer.resize(1200, 700);
    viewer.show();
    viewer.setShown(true);
    // The window is up and painted before the clock starts: showing it is not loading.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    Load r;
    QElapsedTimer t, beat;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    qint64 longest = 0, busiest = 0, cpuAtBeat = threadCpuNs();
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = std::max(longest, beat.nsecsElapsed() - 5'000'000);
        const qint64 cpu = threadCpuNs();
        busiest = std::max(busiest, cpu - cpuAtBeat);
        cpuAtBeat = cpu;
        beat.restart();
    });
    std::unique_ptr<queueui::MessageListView> list;
    QSignalSpy done(&viewer, &queueui::QueueViewer::refreshed);
    heartbeat.start();
    beat.start();
    cpuAtBeat = threadCpuNs();
    t.start();
    viewer.setServer(server, QStringLiteral("GW1")); // lists the queue
    queues::ServerQueues *queues = viewer.current();
    if (withList) {
        // The queue's messages, as the viewer's message list shows them, open from the start.
        list = std::make_unique<queueui::MessageListView>(queues);
        queues::MessageFilter filter;
        filter.queue = queues::QueueKey::relayHost(QStringLiteral("[127.0.0.1]:9"));
        list->setQuery(filter);
        list->resize(1100, 600);
        list->show();
    }
    // The first rows: a queue with messages in it, on screen.
    const auto firstRows = [&] {
        if (r.firstRowsMs < 0 && queues->monitor()->store()->size() > 0)
            r.firstRowsMs = t.nsecsElapsed() / 1e6;
    };
    QObject::connect(queues->queues(), &QAbstractItemModel::dataChanged, &viewer, firstRows);
    QObject::connect(queues->queues(), &QAbstractItemModel::rowsInserted, &viewer, firstRows);
    if (!done.wait(600000))
        std::fprintf(stderr, "the listing did not finish\n");
    r.totalMs = t.nsecsElapsed() / 1e6;
    heartbeat.stop();
    r.stallMs = longest / 1e6;
    r.busyMs = busiest / 1e6;
    r.held = queues->monitor()->store()->size();
    if (withList && list->model()->rowCount() != r.held)
        std::fprintf(stderr, "the message list holds %d of %lld\n", list->model()->rowCount(),
                     qlonglong(r.held));
    return r;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 1)
        Messages = std::max(1000, QString::fromLocal8Bit(argv[1]).toInt());
    if (argc > 2)
        Rounds = std::max(1, QString::fromLocal8Bit(argv[2]).toInt());
    testsupport::PostfixFixture postfix;
    if (!postfix.start() || !postfix.stopMailSystem())
        return 1;

    QElapsedTimer t;
    t.start();
    bench::QueueFileWriter writer(postfix.queueDirectory());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < Messages; ++i) {
        QStringList to{QStringLiteral("user%1@d%2.example").arg(i % 997).arg(i % 50)};
        if (i % 10 == 0)
            to << QStringLiteral("other%1@partner%2.example").arg(i % 13).arg(i % 7);
        if (writer
                .write(QStringLiteral("sender%1@example.com").arg(i % 200), to,
                       QStringLiteral("Benchmark message %1").arg(i), now - (i * 17) % 172800,
                       QStringLiteral("connect to 127.0.0.1[127.0.0.1]:9: Connection refused"))
                .isEmpty())
            return 1;
    }
    if (!writer.finish())
        return 1;
    const double writeMs = t.nsecsElapsed() / 1e6;

    QTemporaryDir scratch;
    queues::QueueSourceSettings settings(scratch.path() + QStringLiteral("/settings.ini"),
                                         QSettings::IniFormat);
    topology::Topology topology;
    const directory::Dn server =
        directory::Dn::parse(QStringLiteral("CN=GW1,CN=Servers,CN=AG,CN=Org,DC=example,DC=com"));
    settings.setSessionSource(server, postfix.instance());
    const qsizetype listed = postfix.list().size(); // also warms the cache for what follows

    // Each round: postqueue alone, then the viewer, then the viewer with the list, on the same cache.
    std::vector<double> postqueueMs, viewerMs, listMs, firstMs, firstListMs;
    double stall = 0, busy = 0;
    qsizetype held = 0;
    const QString loadBefore = loadAverage();
    for (int round = 0; round < Rounds; ++round) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        t.restart();
        p.start(QStringLiteral("postqueue"),
                {QStringLiteral("-c"), postfix.configDirectory(), QStringLiteral("-j")});
        p.waitForFinished(600000);
        postqueueMs.push_back(t.nsecsElapsed() / 1e6);
        const Load a = load(settings, topology, server, false);
        const Load b = load(settings, topology, server, true);
        viewerMs.push_back(a.totalMs);
        listMs.push_back(b.totalMs);
        firstMs.push_back(a.firstRowsMs);
        firstListMs.push_back(b.firstRowsMs);
        stall = std::max({stall, a.stallMs, b.stallMs});
        busy = std::max({busy, a.busyMs, b.busyMs});
        held = a.held;
        std::fprintf(stderr,
                     "round %d: postqueue %.0f ms, viewer %.0f ms, with list %.0f ms, stall %.1f / %.1f ms\n",
                     round + 1, postqueueMs.back(), a.totalMs, b.totalMs, a.stallMs, b.stallMs);
    }

    // A refresh with nothing changed, and Find, on a loaded viewer.
    queueui::QueueViewer viewer(&settings, &topology);
    QSignalSpy done(&viewer, &queueui::QueueViewer::refreshed);
    viewer.setServer(server, QStringLiteral("GW1"));
    done.wait(600000);
    queues::ServerQueues *queues = viewer.current();
    t.restart();
    viewer.refresh();
    done.wait(600000);
    const double unchangedMs = t.nsecsElapsed() / 1e6;
    queues::MessageListModel find(queues->monitor()->store());
    std::vector<double> findNone, findSome;
    for (int i = 0; i < 7; ++i) {
        queues::MessageFilter f;
        f.sender = QStringLiteral("nobody-sends-this");
        t.restart();
        find.setQuery(f, 100);
        findNone.push_back(t.nsecsElapsed() / 1e6);
        f = queues::MessageFilter();
        f.recipient = QStringLiteral("@partner3.example");
        f.state = queues::MessageFilter::State::Retry;
        t.restart();
        find.setQuery(f, 100);
        findSome.push_back(t.nsecsElapsed() / 1e6);
    }

    const double pq = median(postqueueMs);
    const double v = median(viewerMs);
    const double l = median(listMs);
    std::printf("bench_queues: %d deferred messages (%lld listed by postqueue), written in %.0f ms; "
                "median of %d rounds, Postfix stopped (postqueue reads the files itself); "
                "load average %s before, %s after\n",
                Messages, qlonglong(listed), writeMs, Rounds, qPrintable(loadBefore),
                qPrintable(loadAverage()));
    std::printf("  postqueue -j > /dev/null                           %9.1f ms\n", pq);
    std::printf("  viewer: all messages in its models                 %9.1f ms (%lld messages)  ratio %.2f "
                "(target <= 1.2)\n",
                v, qlonglong(held), v / pq);
    std::printf("  viewer with the 100,000-row message list open      %9.1f ms  ratio %.2f\n", l, l / pq);
    std::printf("  time to the first rows shown                       %9.1f ms (with the list open: %.1f ms; "
                "target <= 500)\n",
                median(firstMs), median(firstListMs));
    std::printf("  longest GUI-thread stall while loading             %9.1f ms (target <= 50)\n", stall);
    std::printf(
        "  longest GUI-thread work between two beats (CPU)    %9.1f ms (the rest waited for a core)\n", busy);
    std::printf("  refresh with nothing changed                       %9.1f ms\n", unchangedMs);
    std::printf("  Find over all messages, none match (full scan)     %9.2f ms (target <= 50)\n",
                median(findNone));
    std::printf("  Find by recipient and state, first 100 matches     %9.2f ms\n", median(findSome));
    std::printf("  peak memory (VmHWM)                                %9.1f MB (target <= 300)\n",
                testsupport::peakRssKb() / 1024.0);
    return 0;
}
