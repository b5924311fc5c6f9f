#include "Analyzer.h"

#include "RuleSet.h"
#include "SmtpConnector.h"

namespace analyzer {

using directory::Dn;
using topology::DirectoryObject;
using topology::ObjectKind;
using topology::TopologyChange;

Analyzer::Analyzer(const topology::Topology *topology, QObject *parent)
    : QObject(parent)
    , m_topology(topology)
    , m_rules(RuleSet::all()) {
    qRegisterMetaType<analyzer::FindingsDelta>();
    for (int i = 0; i < m_rules.size(); ++i)
        for (ObjectKind kind : std::as_const(m_rules[i].subjectKinds))
            m_rulesByKind[kind].append(i);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, [this] { runSlice(SliceMs); });
    connect(topology, &topology::Topology::changed, this, &Analyzer::onChanged);
    connect(topology, &topology::Topology::loaded, this, &Analyzer::startAnalysis);
    connect(topology, &topology::Topology::cleared, this, &Analyzer::onCleared);
}

Analyzer::~Analyzer() = default;

const Rule *Analyzer::rule(const QString &id) const {
    for (const Rule &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

AnalysisContext Analyzer::context() const {
    return AnalysisContext(*m_topology, m_gateways, m_routes);
}

void Analyzer::setGateways(const QList<Dn> &servers) {
    QSet<QString> keys;
    QList<Dn> dns;
    for (const Dn &dn : servers)
        if (dn.isValid() && !dn.isEmpty() && !keys.contains(dn.key())) {
            keys.insert(dn.key());
            dns.append(dn);
        }
    if (keys == m_gateways)
        return;
    // Servers that stop or start being gateways: both may gain or lose a finding.
    QList<Dn> touched;
    for (const Dn &dn : std::as_const(m_gatewayDns))
        if (!keys.contains(dn.key()))
            touched.append(dn);
    for (const Dn &dn : std::as_const(dns))
        if (!m_gateways.contains(dn.key()))
            touched.append(dn);
    m_gateways = keys;
    m_gatewayDns = dns;
    if (!m_topology)
        return;
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].readsGateways)
            for (const Dn &dn : std::as_const(touched))
                addPending(i, dn);
    if (!m_running)
        processPending();
}

QList<Dn> Analyzer::suggestedGateways() const {
    QList<const DirectoryObject *> servers;
    QSet<QString> seen;
    if (!m_topology)
        return {};
    for (const Dn &c : m_routes.connectors()) {
        const auto *connector = m_topology->findAs<topology::SmtpConnector>(c);
        if (!connector)
            continue;
        for (const Dn &bridgehead : connector->bridgeheads()) {
            if (bridgehead.depth() <= 3)
                continue;
            const DirectoryObject *server = m_topology->find(bridgehead.parent().parent().parent());
            if (server && server->kind() == ObjectKind::Server && !seen.contains(server->dn().key())) {
                seen.insert(server->dn().key());
                servers.append(server);
            }
        }
    }
    std::sort(servers.begin(), servers.end(), [](const DirectoryObject *a, const DirectoryObject *b) {
        return a->displayName().compare(b->displayName(), Qt::CaseInsensitive) < 0;
    });
    QList<Dn> out;
    for (const DirectoryObject *s : std::as_const(servers))
        out.append(s->dn());
    return out;
}

std::optional<Finding> Analyzer::check(int index, const Dn &subject) const {
    const Rule &rule = m_rules[index];
    const DirectoryObject *object = m_topology->find(subject);
    if (!object || !rule.appliesTo(object->kind()))
        return std::nullopt;
    const AnalysisContext ctx = context();
    const std::optional<QString> detail = rule.check(ctx, *object);
    if (!detail)
        return std::nullopt;
    return Finding{rule.id, rule.severity, rule.title, object->dn(), ctx.describe(*object), *detail};
}

void Analyzer::record(int rule, const Dn &subject, FindingsDelta &delta) {
    ++m_lastChecks;
    const QString key = Finding::keyFor(m_rules[rule].id, subject);
    const std::optional<Finding> now = check(rule, subject);
    const auto it = m_findings.find(key);
    if (now) {
        if (it == m_findings.end()) {
            m_findings.insert(key, *now);
            delta.added.append(*now);
        } else if (*it != *now) {
            *it = *now;
            delta.changed.append(*now);
        }
    } else if (it != m_findings.end()) {
        m_findings.erase(it);
        delta.removed.append(key);
    }
}

void Analyzer::addPending(int rule, const Dn &subject) {
    if (!subject.isValid() || subject.isEmpty())
        return;
    QString key = QString::number(rule) + QLatin1Char('|') + subject.key();
    if (m_pendingKeys.contains(key))
        return;
    m_pendingKeys.insert(std::move(key));
    m_pending.append(Pending{rule, subject});
}

void Analyzer::addPendingForAll(int rule) {
    for (ObjectKind kind : std::as_const(m_rules[rule].subjectKinds))
        for (const DirectoryObject *o : m_topology->objectsOfKind(kind))
            addPending(rule, o->dn());
}

void Analyzer::onChanged(const QList<TopologyChange> &changes) {
    if (!m_topology || m_topology->isLoading())
        return; // loaded() follows, with one full analysis
    const AnalysisContext ctx = context();
    bool routesChanged = false;
    QList<Dn> subjects;
    for (const TopologyChange &change : changes) {
        routesChanged = m_routes.update(*m_topology, change) || routesChanged;
        const DirectoryObject *now = m_topology->find(change.dn);
        for (int i = 0; i < m_rules.size(); ++i) {
            for (const Dependency &dep : std::as_const(m_rules[i].dependencies)) {
                if (!dep.matches(change))
                    continue;
                subjects.clear();
                // The object as it was names what it used to affect (a removed connector's
                // bridgeheads); the object as it is names what it affects now.
                if (change.before && change.before->kind() == dep.kind)
                    dep.subjects(ctx, *change.before, subjects);
                if (now && now->kind() == dep.kind)
                    dep.subjects(ctx, *now, subjects);
                for (const Dn &s : std::as_const(subjects))
                    addPending(i, s);
            }
        }
    }
    if (routesChanged) {
        for (int i = 0; i < m_rules.size(); ++i)
            if (m_rules[i].readsInternetRoutes)
                addPendingForAll(i);
    }
    if (!m_running)
        processPending();
    if (routesChanged)
        Q_EMIT this->routesChanged();
}

void Analyzer::processPending() {
    m_lastChecks = 0;
    FindingsDelta delta;
    // Checking may not add work, but take the list first all the same.
    const QList<Pending> pending = std::exchange(m_pending, {});
    m_pendingKeys.clear();
    for (const Pending &p : pending)
        record(p.rule, p.subject, delta);
    if (!delta.isEmpty())
        Q_EMIT findingsChanged(delta);
}

void Analyzer::onCleared() {
    m_slice.stop();
    const bool wasRunning = std::exchange(m_running, false);
    m_work.clear();
    m_next.clear();
    m_pending.clear();
    m_pendingKeys.clear();
    m_routes.clear();
    FindingsDelta delta;
    delta.removed = m_findings.keys();
    m_findings.clear();
    if (!delta.isEmpty())
        Q_EMIT findingsChanged(delta);
    if (wasRunning)
        Q_EMIT analyzingChanged(false);
}

void Analyzer::startAnalysis() {
    if (!m_topology)
        return;
    m_routes.rebuild(*m_topology);
    m_work.clear();
    for (auto it = m_rulesByKind.cbegin(); it != m_rulesByKind.cend(); ++it)
        for (const DirectoryObject *o : m_topology->objectsOfKind(it.key()))
            m_work.append(o->dn());
    m_workAt = 0;
    m_next.clear();
    // What is pending is covered by the run; what changes during it is checked after it.
    m_pending.clear();
    m_pendingKeys.clear();
    const bool wasRunning = std::exchange(m_running, true);
    if (!wasRunning)
        Q_EMIT analyzingChanged(true);
    m_slice.start();
    Q_EMIT routesChanged();
}

void Analyzer::analyzeAll() {
    startAnalysis();
    m_slice.stop();
    runSlice(-1);
}

void Analyzer::runSlice(qint64 budgetMs) {
    if (!m_running || !m_topology)
        return;
    QElapsedTimer timer;
    timer.start();
    const AnalysisContext ctx = context();
    while (m_workAt < m_work.size()) {
        const Dn &dn = m_work.at(m_workAt++);
        if (const DirectoryObject *o = m_topology->find(dn)) {
            for (int i : m_rulesByKind.value(o->kind())) {
                const Rule &rule = m_rules[i];
                if (const std::optional<QString> detail = rule.check(ctx, *o)) {
                    Finding f{rule.id, rule.severity, rule.title, o->dn(), ctx.describe(*o), *detail};
                    m_next.insert(f.key(), std::move(f));
                }
            }
        }
        if (budgetMs >= 0 && (m_workAt & 63) == 0 && timer.elapsed() >= budgetMs)
            return; // the rest in the next slice
    }
    finishRun();
}

void Analyzer::finishRun() {
    m_slice.stop();
    m_work.clear();
    m_workAt = 0;
    FindingsDelta delta;
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it)
        if (!m_next.contains(it.key()))
            delta.removed.append(it.key());
    for (auto it = m_next.cbegin(); it != m_next.cend(); ++it) {
        const auto old = m_findings.constFind(it.key());
        if (old == m_findings.cend())
            delta.added.append(*it);
        else if (*old != *it)
            delta.changed.append(*it);
    }
    m_findings = std::exchange(m_next, {});
    m_running = false;
    if (!delta.isEmpty())
        Q_EMIT findingsChanged(delta);
    Q_EMIT analyzingChanged(false);
    // Changes made while the run went on.
    if (!m_pending.isEmpty())
        processPending();
}

QList<Finding> Analyzer::sortedFindings() const {
    QList<Finding> out = m_findings.values();
    sortForReport(out);
    return out;
}

int Analyzer::count(Severity severity) const {
    int n = 0;
    for (const Finding &f : m_findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

} // namespace analyzer
