#include "SchemaElement.h"

namespace schema {

std::optional<SchemaElement> SchemaElement::fromEntry(const directory::Entry &entry) {
    SchemaElement e;
    e.entry = entry;
    e.name = entry.string(QStringLiteral("lDAPDisplayName"));
    if (entry.hasObjectClass(QStringLiteral("attributeSchema"))) {
        e.kind = Kind::Attribute;
        e.oid = entry.string(QStringLiteral("attributeID"));
        e.syntax = entry.string(QStringLiteral("attributeSyntax"));
        e.omSyntax = int(entry.integer(QStringLiteral("oMSyntax")));
        e.singleValued = entry.string(QStringLiteral("isSingleValued"))
                             .compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
        e.linkId =
            entry.has(QStringLiteral("linkID")) ? int(entry.integer(QStringLiteral("linkID"), -1)) : -1;
    } else if (entry.hasObjectClass(QStringLiteral("classSchema"))) {
        e.kind = Kind::Class;
        e.oid = entry.string(QStringLiteral("governsID"));
        e.subClassOf = entry.string(QStringLiteral("subClassOf"));
        const auto both = [&entry](const QString &name) {
            const QString system = QStringLiteral("system") + name.at(0).toUpper() + name.mid(1);
            return entry.strings(name) + entry.strings(system);
        };
        e.mustContain = both(QStringLiteral("mustContain"));
        e.mayContain = both(QStringLiteral("mayContain"));
        e.possSuperiors = both(QStringLiteral("possSuperiors"));
        e.auxiliaryClasses = both(QStringLiteral("auxiliaryClass"));
    } else {
        return std::nullopt;
    }
    if (e.name.isEmpty() || e.oid.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace schema
