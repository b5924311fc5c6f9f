// Benchmark: a generated organization with 2,000 servers, 4,000 virtual servers, 500 routing
// groups and 10,000 connectors. Measures the time from connect to a fully populated console tree
// (against ldapsearch reading the same entries), the longest stall of the GUI thread during the
// load (a 5 ms heartbeat timer), and the process's peak memory.

#include "BenchOrganization.h"
#include "ConsoleTreeModel.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "Dn.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using directory::Dn;

namespace {

long peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LDAPNOINIT", "1");
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    directory::LocalDirectory::Options options;
    const QString ldif = scratch.path() + QStringLiteral("/org.ldif");
    const int entries = testsupport::BenchOrganization::write(ldif, options.databases.first().suffix);
    options.databases.first().ldifFiles = {ldif};
    testsupport::DirectoryFixture dir;
    if (!dir.start(options))
        return 1;

    constexpr int Rounds = 3;
    std::vector<double> ldapsearchMs, consoleMs;
    qint64 longestStallNs = 0;
    int objects = 0, nodes = 0;
    for (int round = 0; round < Rounds; ++round) {
        // ldapsearch of the same entries, same server, paged like the console.
        QElapsedTimer t;
        t.start();
        QProcess ldapsearch;
        ldapsearch.setStandardOutputFile(QProcess::nullDevice());
        ldapsearch.start(QStringLiteral("ldapsearch"),
                         {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), dir->ldapUri(),
                          QStringLiteral("-D"), dir->rootDn(), QStringLiteral("-w"), dir->rootPassword(),
                          QStringLiteral("-b"), dir->suffix(), QStringLiteral("-E"),
                          QStringLiteral("pr=1000/noprompt")});
        ldapsearch.waitForFinished(300000);
        ldapsearchMs.push_back(t.nsecsElapsed() / 1e6);

        console::DirectorySession session;
        console::ConsoleTreeModel model(session.topology());
        QTreeView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &view, [&](const QModelIndex &parent) {
            if (!parent.isValid())
                view.expandToDepth(2);
        });
        QElapsedTimer beat;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            longestStallNs = std::max(longestStallNs, beat.nsecsElapsed() - 5'000'000);
            beat.restart();
        });
        QSignalSpy loaded(&session, &console::DirectorySession::loaded);
        heartbeat.start();
        beat.start();
        t.restart();
        session.open(dir->adminSettings());
        if (!loaded.wait(300000)) {
            std::fprintf(stderr, "load did not finish: %s\n", qPrintable(session.lastError()));
            return 1;
        }
        consoleMs.push_back(t.nsecsElapsed() / 1e6);
        heartbeat.stop();
        objects = session.topology()->objectCount();
        nodes = model.nodeCount();
    }
    // The GUI thread's share, without the network: the same entries into a new Topology and tree.
    QList<directory::Entry> all;
    {
        directory::Connection c;
        c.setSettings(dir->adminSettings());
        directory::SearchRequest req;
        req.base = dir->suffix();
        req.pageSize = 1000;
        directory::DirectoryReply *reply = c.search(req);
        testsupport::waitFor(reply, 300000);
        all = reply->entries();
    }
    double guiUsPerEntry = 0;
    {
        topology::Topology topology;
        console::ConsoleTreeModel model(&topology);
        QElapsedTimer t;
        t.start();
        for (qsizetype i = 0; i < all.size(); i += 100)
            topology.addEntries(all.mid(i, 100));
        guiUsPerEntry = t.nsecsElapsed() / 1e3 / double(all.size());
    }
    std::sort(ldapsearchMs.begin(), ldapsearchMs.end());
    std::sort(consoleMs.begin(), consoleMs.end());
    const double console = consoleMs[Rounds / 2], ldap = ldapsearchMs[Rounds / 2];

    std::printf("bench_console: %d entries (2,000 servers, 4,000 virtual servers, 500 routing groups, "
                "10,000 connectors), median of %d rounds\n",
                entries, Rounds);
    std::printf("  console: connect to fully populated tree %9.1f ms (%d objects, %d tree nodes)\n", console,
                objects, nodes);
    std::printf("  ldapsearch -E pr=1000 > /dev/null         %9.1f ms\n", ldap);
    std::printf("  ratio console / ldapsearch                %9.2f (target <= 1.5)\n", console / ldap);
    std::printf("  longest GUI-thread stall during the loads %9.1f ms (target <= 50)\n",
                longestStallNs / 1e6);
    std::printf("  peak memory (VmHWM)                       %9.1f MB (target <= 200)\n",
                peakRssKb() / 1024.0);
    std::printf("  GUI-thread work per entry (no network)    %9.2f us (topology + tree)\n", guiUsPerEntry);
    return 0;
}
