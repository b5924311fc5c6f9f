#include "Rule.h"

#include <algorithm>

namespace analyzer {

Dependency Dependency::self(topology::ObjectKind kind, const QStringList &attributes) {
    return Dependency{kind, attributes,
                      [](const AnalysisContext &, const topology::DirectoryObject &object,
                         QList<directory::Dn> &out) { out.append(object.dn()); }};
}

bool Dependency::matches(const topology::TopologyChange &change) const {
    if (change.kind != kind && change.oldKind != kind)
        return false;
    if (change.type != topology::TopologyChange::Type::Modified || change.kind != change.oldKind ||
        attributes.isEmpty())
        return true;
    return std::any_of(attributes.cbegin(), attributes.cend(),
                       [&change](const QString &a) { return change.touches(a); });
}

} // namespace analyzer
