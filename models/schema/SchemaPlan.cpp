#include "SchemaPlan.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace schema {

namespace {

using Action = SchemaPlan::Item::Action;

QString key(const QString &name) {
    return name.toLower();
}

QString syntaxName(const QString &syntax, int omSyntax) {
    static const QHash<QString, QString> names{
        {QStringLiteral("2.5.5.1"), SchemaPlan::tr("DN")},
        {QStringLiteral("2.5.5.4"), SchemaPlan::tr("case-insensitive string")},
        {QStringLiteral("2.5.5.5"), SchemaPlan::tr("IA5 string")},
        {QStringLiteral("2.5.5.7"), SchemaPlan::tr("OR-name")},
        {QStringLiteral("2.5.5.8"), SchemaPlan::tr("boolean")},
        {QStringLiteral("2.5.5.9"),
         omSyntax == 10 ? SchemaPlan::tr("enumeration") : SchemaPlan::tr("integer")},
        {QStringLiteral("2.5.5.10"), SchemaPlan::tr("octet string")},
        {QStringLiteral("2.5.5.12"), SchemaPlan::tr("Unicode string")},
        {QStringLiteral("2.5.5.15"), SchemaPlan::tr("security descriptor")},
    };
    return names.value(syntax, syntax);
}

// Integer and enumeration share attributeSyntax 2.5.5.9 and read the same.
bool sameSyntax(const SchemaElement &a, const SchemaElement &b) {
    if (a.syntax != b.syntax)
        return false;
    const auto family = [](int om) { return om == 10 ? 2 : om; };
    return family(a.omSyntax) == family(b.omSyntax);
}

QString conflictOfAttribute(const SchemaElement &ours, const SchemaElement &theirs) {
    if (!sameSyntax(ours, theirs))
        return SchemaPlan::tr("the forest defines attribute %1 as %2; Bridgehead needs %3.")
            .arg(ours.name, syntaxName(theirs.syntax, theirs.omSyntax),
                 syntaxName(ours.syntax, ours.omSyntax));
    // Exchange declares some back-links single-valued yet fills them with several values.
    if (!ours.isBackLink() && ours.singleValued != theirs.singleValued && !ours.singleValued)
        return SchemaPlan::tr(
                   "the forest defines attribute %1 as single-valued; Bridgehead writes several values.")
            .arg(ours.name);
    if (ours.linkId >= 0 && theirs.linkId >= 0 && ours.linkId != theirs.linkId)
        return SchemaPlan::tr("the forest gives attribute %1 link ID %2; Bridgehead's schema has %3.")
            .arg(ours.name)
            .arg(theirs.linkId)
            .arg(ours.linkId);
    return QString();
}

} // namespace

QStringList SchemaPlan::missingClasses(const QList<SchemaElement> &ours, const QList<SchemaElement> &forest) {
    // Our own names were looked up already: what is missing is what they and the forest's classes
    // derive from (container, server, top …).
    QSet<QString> known;
    for (const SchemaElement &e : ours + forest)
        if (e.kind == SchemaElement::Kind::Class)
            known.insert(key(e.name));
    QStringList missing;
    for (const SchemaElement &e : ours + forest) {
        if (e.kind != SchemaElement::Kind::Class)
            continue;
        for (const QString &name : QStringList{e.subClassOf} + e.auxiliaryClasses)
            if (!name.isEmpty() && !known.contains(key(name)) && !missing.contains(name, Qt::CaseInsensitive))
                missing.append(name);
    }
    return missing;
}

SchemaPlan SchemaPlan::compare(const QList<SchemaElement> &ours, const QList<SchemaElement> &forest,
                               int exchangeSchemaVersion) {
    SchemaPlan plan;
    plan.m_exchangeVersion = exchangeSchemaVersion;
    QHash<QString, const SchemaElement *> byName, byOid;
    for (const SchemaElement &e : forest) {
        byName.insert(key(e.name), &e);
        byOid.insert(e.oid, &e);
    }
    // What a forest class allows, with what it inherits from its superclasses and auxiliary classes.
    std::function<void(const QString &, QSet<QString> &, QSet<QString> &, QSet<QString> &)> inherited =
        [&](const QString &name, QSet<QString> &may, QSet<QString> &poss, QSet<QString> &seen) {
            if (seen.contains(key(name)))
                return;
            seen.insert(key(name));
            const SchemaElement *c = byName.value(key(name));
            if (!c || c->kind != SchemaElement::Kind::Class)
                return;
            for (const QString &a : c->mayContain + c->mustContain)
                may.insert(key(a));
            for (const QString &p : c->possSuperiors)
                poss.insert(key(p));
            if (c->subClassOf.compare(name, Qt::CaseInsensitive) != 0)
                inherited(c->subClassOf, may, poss, seen);
            for (const QString &aux : c->auxiliaryClasses)
                inherited(aux, may, poss, seen);
        };

    for (const SchemaElement &element : ours) {
        Item item;
        item.element = element;
        const SchemaElement *named = byName.value(key(element.name));
        const SchemaElement *numbered = byOid.value(element.oid);
        const QString what = element.kind == SchemaElement::Kind::Attribute ? tr("attribute") : tr("class");
        if (!named && !numbered) {
            item.action = Action::Add;
        } else if (named && named->oid != element.oid) {
            item.action = Action::Conflict;
            item.reason = tr("the forest already has %1 %2 with OID %3; Bridgehead's has OID %4.")
                              .arg(what, element.name, named->oid, element.oid);
        } else if (numbered && numbered->name.compare(element.name, Qt::CaseInsensitive) != 0) {
            item.action = Action::Conflict;
            item.reason = tr("OID %1 is already taken in the forest by %2; Bridgehead needs it for %3 %4.")
                              .arg(element.oid, numbered->name, what, element.name);
        } else if (named->kind != element.kind) {
            item.action = Action::Conflict;
            item.reason = tr("the forest defines %1 as another kind of schema object.").arg(element.name);
        } else if (element.kind == SchemaElement::Kind::Attribute) {
            item.reason = conflictOfAttribute(element, *named);
            item.action = item.reason.isEmpty() ? Action::Present : Action::Conflict;
        } else if (named->subClassOf.compare(element.subClassOf, Qt::CaseInsensitive) != 0) {
            item.action = Action::Conflict;
            item.reason = tr("the forest derives class %1 from %2; Bridgehead's derives it from %3.")
                              .arg(element.name, named->subClassOf, element.subClassOf);
        } else {
            QSet<QString> may, poss, seen;
            inherited(named->name, may, poss, seen);
            QSet<QString> ourMust;
            for (const QString &m : element.mustContain)
                ourMust.insert(key(m));
            QStringList extraMust;
            for (const QString &m : named->mustContain)
                if (!ourMust.contains(key(m)) && key(m) != QLatin1String("cn") &&
                    key(m) != QLatin1String("objectclass"))
                    extraMust << m;
            if (!extraMust.isEmpty()) {
                item.action = Action::Conflict;
                item.reason = tr("the forest's class %1 requires %2, which Bridgehead does not write.")
                                  .arg(element.name, extraMust.join(QStringLiteral(", ")));
            } else {
                for (const QString &a : element.mayContain)
                    if (!may.contains(key(a)))
                        item.addMayContain << a;
                for (const QString &p : element.possSuperiors)
                    if (!poss.contains(key(p)))
                        item.addPossSuperiors << p;
                item.action = item.addMayContain.isEmpty() && item.addPossSuperiors.isEmpty()
                                  ? Action::Present
                                  : Action::Extend;
            }
        }
        plan.m_items.append(item);
    }
    return plan;
}

QStringList SchemaPlan::conflicts() const {
    QStringList out;
    for (const Item &i : m_items)
        if (i.action == Action::Conflict)
            out << i.reason;
    return out;
}

bool SchemaPlan::hasConflicts() const {
    return count(Action::Conflict) > 0;
}

bool SchemaPlan::isComplete() const {
    return exchangeSchemaPresent() || (count(Action::Add) == 0 && count(Action::Extend) == 0);
}

int SchemaPlan::count(Item::Action action) const {
    int n = 0;
    for (const Item &i : m_items)
        n += i.action == action ? 1 : 0;
    return n;
}

QStringList SchemaPlan::describe() const {
    QStringList lines;
    if (exchangeSchemaPresent()) {
        lines << tr("Exchange's own schema is in this forest (ms-Exch-Schema-Version-Pt %1): it defines "
                    "everything "
                    "Bridgehead uses, so nothing is added.")
                     .arg(m_exchangeVersion);
        return lines;
    }
    for (const Item &i : m_items) {
        const SchemaElement &e = i.element;
        switch (i.action) {
        case Action::Add:
            if (e.kind == SchemaElement::Kind::Attribute)
                lines << tr("Add attribute %1 (%2, %3, %4%5)")
                             .arg(e.name, e.oid, syntaxName(e.syntax, e.omSyntax),
                                  e.singleValued ? tr("single-valued") : tr("multi-valued"),
                                  e.linkId >= 0 ? tr(", link ID %1").arg(e.linkId) : QString());
            else
                lines << tr("Add class %1 (%2, derived from %3, created under %4)")
                             .arg(e.name, e.oid, e.subClassOf, e.possSuperiors.join(QStringLiteral(", ")));
            break;
        case Action::Extend:
            if (!i.addMayContain.isEmpty())
                lines << tr("Let class %1 hold %2").arg(e.name, i.addMayContain.join(QStringLiteral(", ")));
            if (!i.addPossSuperiors.isEmpty())
                lines << tr("Let class %1 be created under %2")
                             .arg(e.name, i.addPossSuperiors.join(QStringLiteral(", ")));
            break;
        case Action::Conflict:
            lines << tr("Conflict: %1").arg(i.reason);
            break;
        case Action::Present:
            break;
        }
    }
    lines << tr("%n definition(s) already in the forest", nullptr, count(Action::Present));
    return lines;
}

} // namespace schema
