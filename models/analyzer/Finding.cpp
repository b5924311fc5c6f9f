#include "Finding.h"

#include <algorithm>

namespace analyzer {

bool reportOrder(const Finding &a, const Finding &b) {
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return a.dn.key() < b.dn.key();
}

void sortForReport(QList<Finding> &findings) {
    std::sort(findings.begin(), findings.end(), reportOrder);
}

} // namespace analyzer
