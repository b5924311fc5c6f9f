#pragma once

// Analyzer test cases on copies of the demo organization (DemoCopy): the copy's DNs, LDIF change
// records for them, and a copy opened and analyzed, once or following changes.

#include "Analyzer.h"
#include "DemoCopy.h"
#include "DirectorySession.h"

#include <memory>

namespace testsupport::analyzercase {

// DNs in a demo copy; "{O}" stands for the copy's organization (see at()).
inline const QString FirstAg = QStringLiteral("CN=First Administrative Group,CN=Administrative Groups,{O}");
inline const QString EuropeAg = QStringLiteral("CN=Europe,CN=Administrative Groups,{O}");
inline const QString Gw1 = QStringLiteral("CN=GW1,CN=Servers,") + FirstAg;
inline const QString Gw2 = QStringLiteral("CN=GW2,CN=Servers,") + EuropeAg;
inline const QString Exmbx1 = QStringLiteral("CN=EXMBX1,CN=Servers,") + FirstAg;
inline const QString Exbr1 = QStringLiteral("CN=EXBR1,CN=Servers,") + FirstAg;
inline const QString Exeu1 = QStringLiteral("CN=EXEU1,CN=Servers,") + EuropeAg;
inline const QString FirstRg = QStringLiteral("CN=First Routing Group,CN=Routing Groups,") + FirstAg;
inline const QString BranchRg = QStringLiteral("CN=Branch Routing Group,CN=Routing Groups,") + FirstAg;
inline const QString EuropeRg = QStringLiteral("CN=Europe Routing Group,CN=Routing Groups,") + EuropeAg;
inline const QString Internet =
    QStringLiteral("CN=Internet Mail SMTP Connector (GW1),CN=Connections,") + FirstRg;
inline const QString Partner = QStringLiteral("CN=Partner Connector,CN=Connections,") + FirstRg;
inline const QString Internal = QStringLiteral("CN=Internal Domains Connector,CN=Connections,") + BranchRg;
inline const QString EuropeInternet =
    QStringLiteral("CN=Europe Internet Connector,CN=Connections,") + EuropeRg;

// Virtual server n of a server.
QString vs(const QString &server, int n);
// One LDIF modify record with the given lines ("replace: a", "a: v", "-" …).
QString modify(const QString &dn, const QStringList &lines);
QString replace(const QString &dn, const QString &attribute, const QStringList &values);
QString removeAttribute(const QString &dn, const QString &attribute);
// `dn` (or LDIF) with "{O}" replaced by the organization of the copy `tag`.
QString at(const QString &tag, QString dn);
// A directory name for a test row: "Gateway without connector" → "gateway-without-connector".
QString tagFor(const char *rowName);

// A demo copy opened in a DirectorySession with an Analyzer, analyzed once loaded.
struct AnalyzedCopy {
    std::unique_ptr<console::DirectorySession> session;
    std::unique_ptr<analyzer::Analyzer> analyzer;

    // Adds the copy `tag` with `changes`, designates `gateways` (DNs with "{O}"), opens it at
    // `base` (default: the copy's own suffix) and waits for the analysis; false with a warning.
    bool open(DirectoryFixture &directory, const QString &tag, const QString &changes,
              const QStringList &gateways,
              console::DirectorySession::Mode mode = console::DirectorySession::Mode::LoadOnce,
              const QString &base = QString());
    // The ids of the rules with a finding on `dn`, sorted.
    QStringList ruleIds(const QString &dn) const;
};

} // namespace testsupport::analyzercase
