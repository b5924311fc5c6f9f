#include "RuleSet.h"

namespace analyzer {

QList<Rule> RuleSet::all() {
    return organizationRules() + virtualServerRules() + connectorRules();
}

QStringList RuleSet::ids() {
    QStringList out;
    for (const Rule &r : all())
        out << r.id;
    return out;
}

} // namespace analyzer
