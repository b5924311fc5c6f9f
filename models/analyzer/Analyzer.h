#pragma once

// Runs the rules over the organization and keeps the findings current: one full analysis when a
// load ends (in slices of a few milliseconds, so the window stays responsive), then, for each
// batch of changes, only the rules and objects the change can affect. Whoever made the change,
// the findings follow within the same event-loop turn. Widget-free: the console, the command line
// and the benchmarks use it alike.

#include "Finding.h"
#include "InternetRoutes.h"
#include "Rule.h"
#include "Topology.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace analyzer {

class Analyzer : public QObject {
    Q_OBJECT
public:
    static constexpr int SliceMs = 8;

    explicit Analyzer(const topology::Topology *topology, QObject *parent = nullptr);
    ~Analyzer() override;

    const QList<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;

    // The servers the user has designated as Internet gateways.
    void setGateways(const QList<directory::Dn> &servers);
    QList<directory::Dn> gateways() const { return m_gatewayDns; }
    bool isGateway(const directory::Dn &server) const { return m_gateways.contains(server.key()); }
    // Servers whose virtual servers are local bridgeheads of a connector with the SMTP:* address
    // space: the likely gateways, sorted by name.
    QList<directory::Dn> suggestedGateways() const;

    // The whole organization, now (command line, tests, benchmarks).
    void analyzeAll();
    // The whole organization, in slices from the event loop; findingsChanged() once at the end.
    void startAnalysis();
    bool isAnalyzing() const { return m_running; }

    const QHash<QString, Finding> &findings() const { return m_findings; }
    // In report order.
    QList<Finding> sortedFindings() const;
    int count(Severity severity) const;
    // How many (rule, object) checks the last batch of changes took.
    int lastCheckCount() const { return m_lastChecks; }

Q_SIGNALS:
    void findingsChanged(const analyzer::FindingsDelta &delta);
    void analyzingChanged(bool analyzing);
    // The Internet routes changed, and with them the suggested gateways.
    void routesChanged();

private:
    struct Pending {
        int rule;
        directory::Dn subject;
    };

    AnalysisContext context() const;
    void onChanged(const QList<topology::TopologyChange> &changes);
    void onCleared();
    void addPending(int rule, const directory::Dn &subject);
    void addPendingForAll(int rule);
    void processPending();
    void runSlice(qint64 budgetMs);
    void finishRun();
    // Checks one rule on one object and records the outcome in `into`; with a delta, reports what
    // changed against it.
    std::optional<Finding> check(int rule, const directory::Dn &subject) const;
    void record(int rule, const directory::Dn &subject, FindingsDelta &delta);

    QPointer<const topology::Topology> m_topology;
    QList<Rule> m_rules;
    QHash<topology::ObjectKind, QList<int>> m_rulesByKind; // subject kind → rules
    QSet<QString> m_gateways;                              // server DN keys
    QList<directory::Dn> m_gatewayDns;
    InternetRoutes m_routes;
    QHash<QString, Finding> m_findings;

    // Changes waiting to be checked (during a full run, or within one batch).
    QList<Pending> m_pending;
    QSet<QString> m_pendingKeys;

    // A full run: the objects still to check, and the findings so far.
    QTimer m_slice;
    bool m_running = false;
    QList<directory::Dn> m_work;
    qsizetype m_workAt = 0;
    QHash<QString, Finding> m_next;
    int m_lastChecks = 0;
};

} // namespace analyzer
