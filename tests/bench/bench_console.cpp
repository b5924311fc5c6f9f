// Benchmark: a generated organization with 2,000 servers, 4,000 virtual servers, 500 routing
// groups and 10,000 connectors, in a private slapd and in a private Samba AD DC. Measures the time
// from connect to a fully populated console tree (against ldapsearch reading the same entries from
// the same server), the longest stall of the GUI thread during the load (a 5 ms heartbeat timer),
// and the process's peak memory.

#include "AdOrganizationLoader.h"
#include "BenchOrganization.h"
#include "ConsoleTreeModel.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "Dn.h"
#include "NetworkIsolation.h"
#include "ObjectFactory.h"
#include "PeakMemory.h"
#include "SambaFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

#include <sys/resource.h>

using directory::Dn;
using testsupport::peakRssKb;

namespace {

// CPU time of this process, every thread, so far (the figure a busy machine does not inflate).
double processCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// CPU time of the children waited for so far: ldapsearch.
double childrenCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Starts a new peak: the kernel's VmHWM is set back to the current resident size.
void resetPeakRss() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Figures {
    double consoleMs = 0;
    double ldapsearchMs = 0;
    double consoleCpuMs = 0;    // this process, every thread (slapd not counted)
    double ldapsearchCpuMs = 0; // the ldapsearch process (slapd not counted)
    qint64 longestStallNs = 0;
    int objects = 0;
    int nodes = 0;
};

// Medians of `rounds` loads: ldapsearch of the entries under `base`, then the console.
std::optional<Figures> measure(const directory::ConnectionSettings &settings,
                               const QStringList &ldapsearchBind, const QString &base, int rounds) {
    std::vector<double> ldapsearchMs, consoleMs, ldapsearchCpuMs, consoleCpuMs;
    Figures f;
    for (int round = 0; round < rounds; ++round) {
        // ldapsearch of the same entries, same server, paged like the console.
        QElapsedTimer t;
        t.start();
        const double childrenBefore = childrenCpuMs();
        QProcess ldapsearch;
        ldapsearch.setStandardOutputFile(QProcess::nullDevice());
        ldapsearch.start(
            QStringLiteral("ldapsearch"),
            QStringList{QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), settings.uri} +
                ldapsearchBind +
                QStringList{QStringLiteral("-b"), base, QStringLiteral("-E"),
                            QStringLiteral("pr=1000/noprompt")});
        ldapsearch.waitForFinished(600000);
        ldapsearchMs.push_back(t.nsecsElapsed() / 1e6);
        ldapsearchCpuMs.push_back(childrenCpuMs() - childrenBefore);

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
            f.longestStallNs = std::max(f.longestStallNs, beat.nsecsElapsed() - 5'000'000);
            beat.restart();
        });
        QSignalSpy loaded(&session, &console::DirectorySession::loaded);
        heartbeat.start();
        beat.start();
        t.restart();
        const double cpuBefore = processCpuMs();
        directory::ConnectionSettings s = settings;
        s.baseDn = base;
        session.open(s);
        if (!loaded.wait(600000)) {
            std::fprintf(stderr, "load did not finish: %s\n", qPrintable(session.lastError()));
            return std::nullopt;
        }
        consoleMs.push_back(t.nsecsElapsed() / 1e6);
        consoleCpuMs.push_back(processCpuMs() - cpuBefore);
        heartbeat.stop();
        f.objects = session.topology()->objectCount();
        f.nodes = model.nodeCount();
    }
    const auto median = [](std::vector<double> &v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    f.consoleMs = median(consoleMs);
    f.ldapsearchMs = median(ldapsearchMs);
    f.consoleCpuMs = median(consoleCpuMs);
    f.ldapsearchCpuMs = median(ldapsearchCpuMs);
    return f;
}

void print(const char *server, const Figures &f) {
    std::printf("  %s: console, connect to fully populated tree %9.1f ms (%d objects, %d tree nodes)\n",
                server, f.consoleMs, f.objects, f.nodes);
    std::printf("  %s: ldapsearch -E pr=1000 > /dev/null         %9.1f ms\n", server, f.ldapsearchMs);
    std::printf("  %s: ratio console / ldapsearch                %9.2f (target <= 1.5)\n", server,
                f.consoleMs / f.ldapsearchMs);
    std::printf("  %s: longest GUI-thread stall during the loads %9.1f ms (target <= 50)\n", server,
                f.longestStallNs / 1e6);
    std::printf(
        "  %s: CPU time, console (all threads)           %9.1f ms; ldapsearch %.1f ms (slapd not counted)\n",
        server, f.consoleCpuMs, f.ldapsearchCpuMs);
}

} // namespace

int main(int argc, char *argv[]) {
    // The Samba DC listens on port 389: in a network namespace of its own, that is this process's.
    const bool isolated = testsupport::isolateNetwork();
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
    const std::optional<Figures> slapd =
        measure(dir->adminSettings(),
                {QStringLiteral("-D"), dir->rootDn(), QStringLiteral("-w"), dir->rootPassword()},
                dir->suffix(), Rounds);
    if (!slapd)
        return 1;
    // The console's own peak: sessions, topologies, trees and views of the rounds above.
    const long slapdPeakKb = peakRssKb();
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
    dir.stop();
    resetPeakRss();
    // What costs what: parsing the typed objects (on the session's builder thread), then what is left
    // to the GUI thread: indexing them in the Topology and the tree model.
    double guiUsPerEntry = 0, parseUsPerEntry = 0, topologyUsPerEntry = 0;
    QList<QList<topology::PreparedChange>> prepared;
    {
        QList<QList<directory::FeedChange>> batches;
        for (qsizetype i = 0; i < all.size(); i += 100) {
            QList<directory::FeedChange> batch;
            for (const directory::Entry &e : all.mid(i, 100))
                batch.append(directory::FeedChange{directory::FeedChange::Type::Added, e, QString()});
            batches.append(batch);
        }
        QElapsedTimer t;
        t.start();
        for (const QList<directory::FeedChange> &batch : std::as_const(batches))
            prepared.append(topology::Topology::prepare(batch));
        parseUsPerEntry = t.nsecsElapsed() / 1e3 / double(all.size());
    }
    {
        topology::Topology topology;
        QElapsedTimer t;
        t.start();
        for (const QList<topology::PreparedChange> &batch : std::as_const(prepared))
            topology.apply(batch);
        topologyUsPerEntry = t.nsecsElapsed() / 1e3 / double(all.size());
    }
    {
        topology::Topology topology;
        console::ConsoleTreeModel model(&topology);
        QElapsedTimer t;
        t.start();
        for (const QList<topology::PreparedChange> &batch : std::as_const(prepared))
            topology.apply(batch);
        guiUsPerEntry = t.nsecsElapsed() / 1e3 / double(all.size());
    }
    // Not the console's: every entry read once more, their objects, and a second topology and tree.
    const long breakdownPeakKb = peakRssKb();

    std::printf("bench_console: %d entries (2,000 servers, 4,000 virtual servers, 500 routing groups, "
                "10,000 connectors), median of %d rounds\n",
                entries, Rounds);
    print("slapd", *slapd);
    std::printf("  peak memory (VmHWM) after the slapd loads %9.1f MB (target <= 200)\n",
                slapdPeakKb / 1024.0);
    std::printf("  peak memory of the breakdown below        %9.1f MB (all entries, objects, 2 topologies)\n",
                breakdownPeakKb / 1024.0);
    std::printf("  GUI-thread work per entry (no network)    %9.2f us (Topology indexes + tree)\n",
                guiUsPerEntry);
    std::printf("    of which Topology indexes               %9.2f us\n", topologyUsPerEntry);
    std::printf("  builder-thread work per entry (parsing)   %9.2f us (typed objects, off the GUI thread)\n",
                parseUsPerEntry);
    std::fflush(stdout);

    if (!isolated) {
        std::printf("  samba: skipped (needs root, for a network namespace of its own)\n");
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("--slapd-only"))) {
        std::printf("  samba: skipped (--slapd-only)\n");
        return 0;
    }
    testsupport::SambaFixture dc;
    if (!dc.start())
        return 1;
    QElapsedTimer loadTimer;
    loadTimer.start();
    QString error;
    int written = 0;
    if (!testsupport::AdOrganizationLoader::loadFile(dc.adminSettings(), ldif, &error, &written)) {
        std::fprintf(stderr, "loading into Samba failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("  samba: organization written over LDAP in %.1f s (%d writes)\n",
                loadTimer.elapsed() / 1000.0, written);
    const QString adBase = QStringLiteral("CN=Microsoft Exchange,CN=Services,") + dc.configurationDn();
    const std::optional<Figures> samba =
        measure(dc.adminSettings(),
                {QStringLiteral("-D"), QLatin1String(testsupport::SambaFixture::AdminUpn),
                 QStringLiteral("-w"), QLatin1String(testsupport::SambaFixture::AdminPassword)},
                adBase, Rounds);
    if (!samba)
        return 1;
    print("samba", *samba);
    std::printf("  peak memory (VmHWM) after the Samba loads %9.1f MB\n", peakRssKb() / 1024.0);
    return 0;
}
