#include "AnalyzerCase.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace testsupport::analyzercase {

using directory::Dn;

QString vs(const QString &server, int n) {
    return QStringLiteral("CN=%1,CN=SMTP,CN=Protocols,%2").arg(n).arg(server);
}

QString modify(const QString &dn, const QStringList &lines) {
    return QStringLiteral("dn: %1\nchangetype: modify\n%2\n\n").arg(dn, lines.join(QLatin1Char('\n')));
}

QString replace(const QString &dn, const QString &attribute, const QStringList &values) {
    QStringList lines{QStringLiteral("replace: ") + attribute};
    for (const QString &v : values)
        lines << attribute + QStringLiteral(": ") + v;
    return modify(dn, lines);
}

QString removeAttribute(const QString &dn, const QString &attribute) {
    return modify(dn, {QStringLiteral("delete: ") + attribute});
}

QString at(const QString &tag, QString dn) {
    return dn.replace(QStringLiteral("{O}"), DemoCopy::org(tag));
}

QString tagFor(const char *rowName) {
    QString t = QString::fromLatin1(rowName).toLower();
    t.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return t;
}

bool AnalyzedCopy::open(DirectoryFixture &directory, const QString &tag, const QString &changes,
                        const QStringList &gateways, console::DirectorySession::Mode mode,
                        const QString &base) {
    if (!DemoCopy::add(directory, tag, changes))
        return false;
    session = std::make_unique<console::DirectorySession>();
    analyzer = std::make_unique<analyzer::Analyzer>(session->topology());
    QList<Dn> servers;
    for (const QString &g : gateways)
        servers << Dn::parse(at(tag, g));
    analyzer->setGateways(servers);
    QSignalSpy analyzed(analyzer.get(), &analyzer::Analyzer::analyzingChanged);
    directory::ConnectionSettings settings = directory->adminSettings();
    settings.baseDn = base.isEmpty() ? DemoCopy::base(tag) : base;
    session->open(settings, mode);
    // The analysis runs once the load has ended: analyzingChanged(true), then (false).
    if (!QTest::qWaitFor([&] { return analyzed.size() >= 2; }, 15000)) {
        qWarning("no analysis: %s", qPrintable(session->lastError()));
        return false;
    }
    return !analyzer->isAnalyzing() && session->topology()->organization();
}

QStringList AnalyzedCopy::ruleIds(const QString &dn) const {
    QStringList ids;
    const Dn wanted = Dn::parse(dn);
    for (const analyzer::Finding &f : analyzer->findings())
        if (f.dn == wanted)
            ids << f.rule;
    ids.sort();
    return ids;
}

} // namespace testsupport::analyzercase
