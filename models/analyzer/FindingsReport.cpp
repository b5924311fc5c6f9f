#include "FindingsReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace analyzer {

namespace {

// Inline, so the page needs nothing next to it; print rules keep rows whole and drop the colours
// that printers render as grey blocks.
const char *const Style = R"css(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1f2328;
       margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.2em; margin: 1.6em 0 .4em; border-bottom: 1px solid #d0d7de; padding-bottom: .2em; }
.meta { color: #57606a; margin: 0 0 1em; }
.meta dt { float: left; clear: left; width: 8em; font-weight: 600; }
.meta dd { margin: 0 0 .2em 8em; }
.summary span { display: inline-block; margin-right: .6em; padding: .15em .6em; border-radius: .8em;
                font-weight: 600; border: 1px solid; }
.error { color: #9c1f17; border-color: #dc3b31; background: #fdecea; }
.warning { color: #6b4e00; border-color: #e0b000; background: #fff7d6; }
.info { color: #1e4e86; border-color: #3d7fcc; background: #e8f1fb; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .45em .6em; border-bottom: 1px solid #d8dee4; }
th { font-size: .9em; color: #57606a; border-bottom: 2px solid #d0d7de; }
td.sev { white-space: nowrap; width: 6.5em; }
td.sev span { border: 1px solid; border-radius: .8em; padding: 0 .5em; font-size: .9em; font-weight: 600; }
.rule { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; color: #57606a; }
.dn { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .8em; color: #57606a;
      word-break: break-all; }
.why { color: #57606a; font-size: .9em; }
.none { padding: 1em; border: 1px solid #d0d7de; border-radius: .4em; background: #f6f8fa; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  .error, .warning, .info { background: none; }
}
)css";

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

FindingsReport::FindingsReport(QList<Finding> findings, const QList<Rule> &rules)
    : m_findings(std::move(findings))
    , m_rules(rules) {
    sortForReport(m_findings);
}

std::optional<FindingsReport::Format> FindingsReport::formatFromName(const QString &name) {
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("html"))
        return Format::Html;
    return std::nullopt;
}

const Rule *FindingsReport::rule(const QString &id) const {
    for (const Rule &r : m_rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

int FindingsReport::count(Severity severity) const {
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

int FindingsReport::countAtLeast(Severity severity) const {
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const Finding &f) { return f.severity <= severity; }));
}

QString FindingsReport::summaryLine() const {
    QStringList parts;
    for (Severity s : AllSeverities)
        parts << severityCount(s, count(s));
    return parts.join(QStringLiteral(", "));
}

QByteArray FindingsReport::render(Format format) const {
    switch (format) {
    case Format::Json:
        return toJson();
    case Format::Html:
        return toHtml().toUtf8();
    case Format::Text:
        break;
    }
    return toText().toUtf8();
}

QString FindingsReport::toText() const {
    QString out;
    if (!m_organization.isEmpty())
        out += tr("Analysis of %1").arg(m_organization) + QLatin1Char('\n');
    if (!m_gateways.isEmpty())
        out += tr("Internet gateways: %1").arg(m_gateways.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!out.isEmpty())
        out += QLatin1Char('\n');
    for (const Finding &f : m_findings) {
        out +=
            QStringLiteral("%1  %2  %3\n").arg(severityName(f.severity).toUpper(), -7).arg(f.rule, f.title);
        out += QStringLiteral("    %1\n").arg(f.object);
        out += QStringLiteral("    %1\n").arg(f.dn.toString());
        out += QStringLiteral("    %1\n\n").arg(f.detail);
    }
    if (m_findings.isEmpty())
        out += tr("No problems found.") + QLatin1Char('\n');
    out += tr("Summary: %1").arg(summaryLine()) + QLatin1Char('\n');
    return out;
}

QByteArray FindingsReport::toJson() const {
    QJsonArray findings;
    for (const Finding &f : m_findings)
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), severityName(f.severity)},
                                    {QStringLiteral("title"), f.title},
                                    {QStringLiteral("dn"), f.dn.toString()},
                                    {QStringLiteral("detail"), f.detail}});
    QJsonObject summary;
    for (Severity s : AllSeverities)
        summary.insert(severityName(s), count(s));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("findings"), findings}, {QStringLiteral("summary"), summary}})
        .toJson(QJsonDocument::Indented);
}

QString FindingsReport::toHtml() const {
    const QString title = m_organization.isEmpty() ? tr("Bridgehead analysis")
                                                   : tr("Bridgehead analysis of %1").arg(m_organization);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(QLocale().name().section(QLatin1Char('_'), 0, 0));
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                .arg(esc(title), QString::fromLatin1(Style));
    html += QStringLiteral("<h1>%1</h1>\n<dl class=\"meta\">\n").arg(esc(title));
    if (!m_server.isEmpty())
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(esc(tr("Directory")), esc(m_server));
    if (m_time.isValid())
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
                    .arg(esc(tr("Analyzed")), esc(QLocale().toString(m_time, QLocale::LongFormat)));
    html +=
        QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
            .arg(esc(tr("Internet gateways")),
                 esc(m_gateways.isEmpty() ? tr("none designated") : m_gateways.join(QStringLiteral(", "))));
    html += QStringLiteral("</dl>\n<p class=\"summary\">");
    for (Severity s : AllSeverities)
        html += QStringLiteral("<span class=\"%1\">%2</span>")
                    .arg(severityName(s), esc(severityCount(s, count(s))));
    html += QStringLiteral("</p>\n");

    if (m_findings.isEmpty()) {
        html += QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(tr("No problems found.")));
    } else {
        html +=
            QStringLiteral("<h2>%1</h2>\n<table>\n<thead><tr><th>%2</th><th>%3</th><th>%4</th></tr></thead>\n"
                           "<tbody>\n")
                .arg(esc(tr("Findings")), esc(tr("Severity")), esc(tr("Problem and object")),
                     esc(tr("Detail")));
        for (const Finding &f : m_findings) {
            const Rule *r = rule(f.rule);
            html += QStringLiteral("<tr><td class=\"sev\"><span class=\"%1\">%2</span></td>")
                        .arg(severityName(f.severity), esc(severityText(f.severity)));
            html += QStringLiteral("<td><strong>%1</strong><br><span class=\"rule\">%2</span><br>%3<br>"
                                   "<span class=\"dn\">%4</span></td>")
                        .arg(esc(f.title), esc(f.rule), esc(f.object), esc(f.dn.toString()));
            html += QStringLiteral("<td>%1").arg(esc(f.detail));
            if (r && !r->summary.isEmpty())
                html += QStringLiteral("<br><span class=\"why\">%1</span>").arg(esc(r->summary));
            html += QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace analyzer
