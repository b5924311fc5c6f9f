// Benchmark: the analyzer on the generated organization (21,036 entries; tests/support/
// BenchOrganization), with 100 of its servers designated as Internet gateways. Measures the
// topology's reverse indexes the rules are built on, a full analysis, the re-analysis after one
// change of several kinds, and `bridgehead analyze` end to end against ldapsearch of the same
// entries.

#include "Analyzer.h"
#include "BenchOrganization.h"
#include "Connection.h"
#include "DirectoryFixture.h"
#include "DirectorySession.h"
#include "Dn.h"
#include "Topology.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using directory::Dn;
using testsupport::BenchOrganization;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double childrenCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Runs a command to completion; its wall time in ms (-1 on failure), and its CPU time.
double timeProcess(const QString &program, const QStringList &arguments, double *cpuMs,
                   int *exitCode = nullptr) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LDAPNOINIT"), QStringLiteral("1"));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return -1;
    const double wall = t.nsecsElapsed() / 1e6;
    *cpuMs = childrenCpuMs() - cpuBefore;
    if (exitCode)
        *exitCode = process.exitCode();
    return wall;
}

// CPU time of this thread: on a shared machine it says what the work costs, whatever else runs.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <class F> double microsPerCall(int calls, F &&f) {
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < calls; ++i)
        f(i);
    return t.nsecsElapsed() / 1e3 / calls;
}

} // namespace

int main(int argc, char *argv[]) {
    qputenv("LDAPNOINIT", "1");
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    directory::LocalDirectory::Options options;
    const QString suffix = options.databases.first().suffix;
    const QString ldif = scratch.path() + QStringLiteral("/org.ldif");
    const int entries = BenchOrganization::write(ldif, suffix);
    options.databases.first().ldifFiles = {ldif};
    testsupport::DirectoryFixture dir;
    if (!dir.start(options))
        return 1;

    QList<directory::Entry> all;
    {
        directory::Connection c;
        c.setSettings(dir->adminSettings());
        directory::SearchRequest req;
        req.base = suffix;
        req.pageSize = 1000;
        directory::DirectoryReply *reply = c.search(req);
        testsupport::waitFor(reply, 300000);
        all = reply->entries();
    }
    topology::Topology topology;
    // Brackets around the analyzer's own slot, so the timing is the analyzer's alone.
    QElapsedTimer reanalysis;
    QObject::connect(&topology, &topology::Topology::changed, [&] { reanalysis.start(); });
    analyzer::Analyzer analyzer(&topology);
    double lastReanalysisMs = 0;
    QObject::connect(&topology, &topology::Topology::changed,
                     [&] { lastReanalysisMs = reanalysis.nsecsElapsed() / 1e6; });
    for (qsizetype i = 0; i < all.size(); i += 1000)
        topology.addEntries(all.mid(i, 1000));

    // The reverse indexes, over every object of their kind.
    const auto virtualServers = topology.objectsOfKind(topology::ObjectKind::VirtualServer);
    const auto servers = topology.objectsOfKind(topology::ObjectKind::Server);
    const auto groups = topology.objectsOfKind(topology::ObjectKind::RoutingGroup);
    int sink = 0;
    const double bridgeheadUs = microsPerCall(int(virtualServers.size()), [&](int i) {
        sink += int(topology.connectorsWithBridgehead(virtualServers[i]->dn()).size());
    });
    const double linksUs = microsPerCall(
        int(groups.size()), [&](int i) { sink += int(topology.linksTo(groups[i]->dn()).size()); });
    const double membersUs = microsPerCall(
        int(groups.size()), [&](int i) { sink += int(topology.members(groups[i]->dn()).size()); });
    const double virtualServersUs = microsPerCall(
        int(servers.size()), [&](int i) { sink += int(topology.virtualServersOf(servers[i]->dn()).size()); });
    const double connectorsUs = microsPerCall(
        int(groups.size()), [&](int i) { sink += int(topology.connectorsOf(groups[i]->dn()).size()); });

    // 100 gateways: servers 0–9 of every administrative group.
    QList<Dn> gateways;
    for (int a = 0; a < BenchOrganization::AdminGroups; ++a)
        for (int s = 0; s < 10; ++s)
            gateways << Dn::parse(BenchOrganization::server(suffix, a, s));
    analyzer.setGateways(gateways);

    std::vector<double> fullMs, fullCpuMs;
    for (int round = 0; round < 7; ++round) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        analyzer.analyzeAll();
        fullCpuMs.push_back(threadCpuMs() - cpu);
        fullMs.push_back(t.nsecsElapsed() / 1e6);
    }
    const int findings = int(analyzer.findings().size());

    // One change at a time, as the change feed delivers it.
    auto changeEntry = [&](const QString &dn, const QString &attribute, const QStringList &values) {
        const topology::DirectoryObject *current = topology.find(Dn::parse(dn));
        directory::Entry e = current ? current->entry() : directory::Entry(dn);
        e.setStrings(attribute, values);
        topology.apply({directory::FeedChange{directory::FeedChange::Type::Modified, e, QString()}});
        return lastReanalysisMs;
    };
    struct Single {
        const char *what;
        std::vector<double> ms;
        int checks = 0;
    };
    std::vector<Single> singles{{"connector smart host (bare IP)", {}},
                                {"virtual server recipient limit", {}},
                                {"connector address space becomes SMTP:*", {}},
                                {"connector bridgeheads", {}},
                                {"server moves to another routing group", {}}};
    for (int round = 0; round < 7; ++round) {
        const QString connector = BenchOrganization::connector(suffix, round % 10, 3, 7);
        const QString vs = BenchOrganization::virtualServer(suffix, round % 10, 42, 1);
        const QString server = BenchOrganization::server(suffix, round % 10, 43);
        const QString otherGroup =
            QStringLiteral("CN=RG %1-9,CN=Routing Groups,CN=AG %1,CN=Administrative Groups,%2")
                .arg(round % 10)
                .arg(BenchOrganization::organization(suffix));
        singles[0].ms.push_back(
            changeEntry(connector, QStringLiteral("msExchSmtpSmartHost"), {QStringLiteral("192.0.2.1")}));
        singles[0].checks = analyzer.lastCheckCount();
        singles[1].ms.push_back(
            changeEntry(vs, QStringLiteral("msExchSmtpMaxRecipients"), {QString::number(100 + round)}));
        singles[1].checks = analyzer.lastCheckCount();
        singles[2].ms.push_back(changeEntry(connector, QStringLiteral("routingList"),
                                            {QStringLiteral("SMTP:*;%1").arg(round + 1)}));
        singles[2].checks = analyzer.lastCheckCount();
        singles[3].ms.push_back(changeEntry(connector, QStringLiteral("msExchSourceBridgeheadServersDN"),
                                            {BenchOrganization::virtualServer(suffix, round % 10, 0, 1)}));
        singles[3].checks = analyzer.lastCheckCount();
        singles[4].ms.push_back(changeEntry(server, QStringLiteral("msExchHomeRoutingGroup"), {otherGroup}));
        singles[4].checks = analyzer.lastCheckCount();
    }

    // What the command does, in this process: read the organization once, then analyze it.
    std::vector<double> loadOnceMs;
    for (int round = 0; round < 3; ++round) {
        console::DirectorySession session;
        QSignalSpy loaded(&session, &console::DirectorySession::loaded);
        QElapsedTimer t;
        t.start();
        session.open(dir->adminSettings(), console::DirectorySession::Mode::LoadOnce);
        if (!loaded.wait(300000))
            return 1;
        loadOnceMs.push_back(t.nsecsElapsed() / 1e6);
    }

    // bridgehead analyze, end to end, against ldapsearch of the same entries.
    const QString passwordFile = scratch.path() + QStringLiteral("/pw");
    {
        QFile pw(passwordFile);
        pw.open(QIODevice::WriteOnly);
        pw.write(dir->rootPassword().toUtf8());
    }
    std::vector<double> ldapsearchMs, analyzeMs, ldapsearchCpuMs, analyzeCpuMs;
    int analyzeExit = -1;
    for (int round = 0; round < 3; ++round) {
        double cpu = 0;
        ldapsearchMs.push_back(timeProcess(
            QStringLiteral("ldapsearch"),
            {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), dir->ldapUri(),
             QStringLiteral("-D"), dir->rootDn(), QStringLiteral("-w"), dir->rootPassword(),
             QStringLiteral("-b"), suffix, QStringLiteral("-E"), QStringLiteral("pr=1000/noprompt")},
            &cpu));
        ldapsearchCpuMs.push_back(cpu);
        QStringList args{QStringLiteral("analyze"),
                         QStringLiteral("--uri"),
                         dir->ldapUri(),
                         QStringLiteral("--bind-dn"),
                         dir->rootDn(),
                         QStringLiteral("--password-file"),
                         passwordFile,
                         QStringLiteral("--format"),
                         QStringLiteral("json"),
                         QStringLiteral("--fail-on"),
                         QStringLiteral("never"),
                         QStringLiteral("--base"),
                         suffix};
        for (int s = 0; s < 10; ++s)
            args << QStringLiteral("--gateway") << QStringLiteral("SRV0-%1").arg(s);
        analyzeMs.push_back(timeProcess(QStringLiteral(BRIDGEHEAD_BINARY), args, &cpu, &analyzeExit));
        analyzeCpuMs.push_back(cpu);
    }

    std::printf(
        "bench_analyzer: %d entries (2,000 servers, 4,000 virtual servers, 500 routing groups, 10,000 "
        "connectors), %d rules, 100 gateways\n",
        entries, int(analyzer.rules().size()));
    std::printf("  reverse indexes, per call (every object of the kind):\n");
    std::printf("    connectorsWithBridgehead(vs)            %9.2f us\n", bridgeheadUs);
    std::printf("    linksTo(routing group)                  %9.2f us\n", linksUs);
    std::printf("    members(routing group)                  %9.2f us\n", membersUs);
    std::printf("    virtualServersOf(server)                %9.2f us\n", virtualServersUs);
    std::printf("    connectorsOf(routing group)             %9.2f us\n", connectorsUs);
    std::printf(
        "  full analysis (median of 7)               %9.1f ms (target <= 100; %.1f ms CPU), %d findings\n",
        median(fullMs), median(fullCpuMs), findings);
    double worst = 0;
    std::printf("  re-analysis after one change (median of 7, analyzer only):\n");
    for (const Single &s : singles) {
        std::printf("    %-40s %9.3f ms (%d checks)\n", s.what, median(s.ms), s.checks);
        worst = std::max(worst, median(s.ms));
    }
    std::printf("    slowest kind                             %9.3f ms (target <= 5)\n", worst);
    const double ldap = median(ldapsearchMs), analyze = median(analyzeMs);
    std::printf("  DirectorySession::LoadOnce, in process     %9.1f ms\n", median(loadOnceMs));
    std::printf("  bridgehead analyze --format json, end to end %6.1f ms (exit %d; %.1f ms CPU)\n", analyze,
                analyzeExit, median(analyzeCpuMs));
    std::printf("  ldapsearch -E pr=1000 > /dev/null         %9.1f ms (%.1f ms CPU)\n", ldap,
                median(ldapsearchCpuMs));
    std::printf("  ratio analyze / ldapsearch                %9.2f\n", analyze / ldap);
    return sink < 0 ? 1 : 0;
}
