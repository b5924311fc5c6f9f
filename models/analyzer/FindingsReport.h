#pragma once

// The findings as a report for people and scripts: plain text, JSON
// ({"findings":[{rule, severity, title, dn, detail}…], "summary":{error, warning, info}}) or one
// self-contained HTML page that reads well in a browser and on paper. Findings come in report
// order: by severity, rule, DN.

#include "Finding.h"
#include "Rule.h"

#include <QCoreApplication>
#include <QDateTime>

namespace analyzer {

class FindingsReport {
    Q_DECLARE_TR_FUNCTIONS(analyzer::FindingsReport)
public:
    enum class Format { Text, Json, Html };

    FindingsReport(QList<Finding> findings, const QList<Rule> &rules);

    // What the report is about, for its heading (text and HTML only).
    void setOrganization(const QString &name) { m_organization = name; }
    void setServer(const QString &uri) { m_server = uri; }
    void setGateways(const QStringList &names) { m_gateways = names; }
    void setTime(const QDateTime &time) { m_time = time; }

    static std::optional<Format> formatFromName(const QString &name);

    const QList<Finding> &findings() const { return m_findings; }
    int count(Severity severity) const;
    // The number of findings at `severity` or worse.
    int countAtLeast(Severity severity) const;

    QByteArray render(Format format) const;
    QString toText() const;
    QByteArray toJson() const;
    QString toHtml() const;

private:
    QString summaryLine() const;
    const Rule *rule(const QString &id) const;

    QList<Finding> m_findings;
    QList<Rule> m_rules;
    QString m_organization;
    QString m_server;
    QStringList m_gateways;
    QDateTime m_time;
};

} // namespace analyzer
