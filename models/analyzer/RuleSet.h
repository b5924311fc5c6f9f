#pragma once

// The analyzer's rules, as a table: virtual server rules, connector rules, and rules about the
// organization's routes and structure. Facts behind them: reference/exchange-2003-directory.md §3;
// each rule has a help page, resources/help/<rule-id>.html.

#include "Rule.h"

#include <QCoreApplication>

namespace analyzer {

class RuleSet {
    Q_DECLARE_TR_FUNCTIONS(analyzer::RuleSet)
public:
    // Every rule, translated, in the order the help index lists them.
    static QList<Rule> all();
    static QStringList ids();

private:
    static QList<Rule> virtualServerRules(); // VirtualServerRules.cpp
    static QList<Rule> connectorRules();     // ConnectorRules.cpp
    static QList<Rule> organizationRules();  // OrganizationRules.cpp
};

} // namespace analyzer
