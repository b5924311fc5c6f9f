#include "SchemaPreparer.h"

#include "Connection.h"
#include "Dn.h"
#include "Filter.h"
#include "LdifReader.h"
#include "ServerFeatures.h"

#include <QSet>

namespace schema {

namespace {

using directory::ChangeRequest;
using directory::Modification;

const QString VersionObject = QStringLiteral("ms-Exch-Schema-Version-Pt");

// What an added schema object carries: everything in our file but the values the DC computes.
QList<Modification> addAttributes(const directory::Entry &entry, const QStringList &dropPossSuperiors) {
    QList<Modification> out;
    for (const directory::Attribute &a : entry.attributes()) {
        if (a.name.compare(QLatin1String("possSuperiors"), Qt::CaseInsensitive) == 0) {
            QList<QByteArray> kept;
            for (const QByteArray &v : a.values)
                if (!dropPossSuperiors.contains(QString::fromUtf8(v), Qt::CaseInsensitive))
                    kept << v;
            if (!kept.isEmpty())
                out.append(Modification{Modification::Op::Add, a.name, kept});
            continue;
        }
        out.append(Modification{Modification::Op::Add, a.name, a.values});
    }
    return out;
}

ChangeRequest refresh() {
    // The root DSE operation that makes the DC reload its schema cache, so what was just added
    // can be used by the next definitions.
    return ChangeRequest::modify(
        QString(), {Modification::add(QStringLiteral("schemaUpdateNow"), {QStringLiteral("1")})});
}

} // namespace

SchemaPreparer::SchemaPreparer(directory::Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection) {
    qRegisterMetaType<schema::SchemaPlan>();
}

QList<SchemaElement> SchemaPreparer::bridgeheadSchema(QString *error) {
    QList<SchemaElement> out;
    for (const directory::Entry &entry :
         directory::LdifReader::readFile(QStringLiteral(":/schema/bridgehead-ad.ldif"), error))
        if (const std::optional<SchemaElement> e = SchemaElement::fromEntry(entry))
            out.append(*e);
    return out;
}

void SchemaPreparer::start(bool planOnly) {
    m_planOnly = planOnly;
    QString error;
    m_ours = bridgeheadSchema(&error);
    if (m_ours.isEmpty()) {
        finish(Outcome::Failed, tr("Bridgehead's schema file cannot be read: %1").arg(error));
        return;
    }
    if (!m_connection) {
        finish(Outcome::Failed, tr("There is no connection to the directory."));
        return;
    }
    m_connection->searchBase(QString(), directory::ServerFeatures::rootDseAttributes())
        ->then(this, [this](directory::DirectoryReply *reply) {
            if (!reply->result().ok()) {
                finish(Outcome::Failed,
                       tr("Could not read the server's root DSE.\n%1").arg(reply->result().text()));
                return;
            }
            const auto features = directory::ServerFeatures::fromRootDse(reply->entries().value(0));
            if (!features.activeDirectory || features.schemaNamingContext.isEmpty()) {
                finish(
                    Outcome::Refused,
                    tr("This server is not Active Directory (its root DSE does not say so), so there is no "
                       "forest to prepare. On OpenLDAP, load resources/schema/bridgehead.ldif instead."));
                return;
            }
            m_schemaNc = features.schemaNamingContext;
            QStringList names{VersionObject}, oids;
            for (const SchemaElement &e : std::as_const(m_ours)) {
                names << e.name;
                oids << e.oid;
            }
            readForest(names, oids);
        });
}

void SchemaPreparer::readForest(const QStringList &names, const QStringList &oids) {
    namespace filter = directory::filter;
    QStringList terms;
    for (const QString &n : names) {
        terms << filter::equals(QStringLiteral("lDAPDisplayName"), n);
        if (n == VersionObject)
            terms << filter::equals(QStringLiteral("cn"), n);
    }
    for (const QString &o : oids)
        terms << filter::equals(QStringLiteral("attributeID"), o)
              << filter::equals(QStringLiteral("governsID"), o);
    directory::SearchRequest request;
    request.base = m_schemaNc;
    request.scope = directory::SearchRequest::Scope::OneLevel;
    request.filter = filter::any(terms);
    request.pageSize = 500;
    ++m_lookups;
    m_connection->search(request)->then(this, [this](directory::DirectoryReply *reply) {
        if (!reply->result().ok()) {
            finish(Outcome::Failed,
                   tr("Could not read the forest's schema.\n%1").arg(reply->result().text()));
            return;
        }
        for (const directory::Entry &entry : reply->entries()) {
            if (entry.string(QStringLiteral("cn")).compare(VersionObject, Qt::CaseInsensitive) == 0) {
                m_exchangeVersion = int(entry.integer(QStringLiteral("rangeUpper"), 0));
                continue;
            }
            if (const std::optional<SchemaElement> e = SchemaElement::fromEntry(entry)) {
                const bool seen = std::any_of(m_forest.cbegin(), m_forest.cend(),
                                              [&](const SchemaElement &f) { return f.oid == e->oid; });
                if (!seen)
                    m_forest.append(*e);
            }
        }
        // What our classes and the forest's derive from, until nothing is missing.
        const QStringList missing = SchemaPlan::missingClasses(m_ours, m_forest);
        if (!missing.isEmpty() && m_lookups < 8) {
            readForest(missing, {});
            return;
        }
        compare();
    });
}

void SchemaPreparer::compare() {
    m_plan = SchemaPlan::compare(m_ours, m_forest, m_exchangeVersion);
    Q_EMIT planned(m_plan);
    if (m_plan.exchangeSchemaPresent()) {
        finish(Outcome::NothingToDo, m_plan.describe().join(QLatin1Char('\n')));
        return;
    }
    if (m_plan.hasConflicts()) {
        finish(
            Outcome::Refused,
            tr("The forest already has definitions that differ from Bridgehead's, so nothing was added:\n%1")
                .arg(m_plan.conflicts().join(QLatin1Char('\n'))));
        return;
    }
    if (m_plan.isComplete()) {
        finish(Outcome::NothingToDo, tr("The forest is prepared for Bridgehead already: nothing to add."));
        return;
    }
    if (m_planOnly) {
        finish(Outcome::NothingToDo, tr("Nothing was written (only the plan was asked for)."));
        return;
    }
    m_pending = writes();
    writeNext();
}

QList<SchemaPreparer::Write> SchemaPreparer::writes() const {
    using Action = SchemaPlan::Item::Action;
    const directory::Dn schemaNc = directory::Dn::parse(m_schemaNc);
    const auto dnOf = [&](const SchemaElement &e) {
        return schemaNc.child(directory::Dn::parse(e.entry.dn()).rdn()).toString();
    };
    QList<Write> out;
    // Attributes first, all of them, then one refresh: classes may only name attributes the
    // schema cache knows.
    for (const SchemaPlan::Item &i : m_plan.items())
        if (i.action == Action::Add && i.element.kind == SchemaElement::Kind::Attribute)
            out.append(Write{ChangeRequest::add(dnOf(i.element), addAttributes(i.element.entry, {})),
                             tr("Add attribute %1").arg(i.element.name), false});
    if (!out.isEmpty())
        out.last().refreshAfter = true;
    // Classes in the file's order (a class after those it derives from); a class named as a
    // superior before it exists gets that superior in a modify at the end.
    QSet<QString> existing;
    for (const SchemaElement &e : m_forest)
        existing.insert(e.name.toLower());
    QList<Write> later;
    QSet<QString> sinceRefresh;
    for (const SchemaPlan::Item &i : m_plan.items()) {
        if (i.element.kind != SchemaElement::Kind::Class)
            continue;
        if (i.action == Action::Add) {
            QStringList deferred;
            for (const QString &p : i.element.possSuperiors)
                if (!existing.contains(p.toLower()))
                    deferred << p;
            // The DC must know a superclass before a class can derive from it.
            if (sinceRefresh.contains(i.element.subClassOf.toLower()) && !out.isEmpty()) {
                out.last().refreshAfter = true;
                sinceRefresh.clear();
            }
            out.append(Write{ChangeRequest::add(dnOf(i.element), addAttributes(i.element.entry, deferred)),
                             tr("Add class %1").arg(i.element.name), false});
            existing.insert(i.element.name.toLower());
            sinceRefresh.insert(i.element.name.toLower());
            if (!deferred.isEmpty())
                later.append(Write{
                    ChangeRequest::modify(dnOf(i.element),
                                          {Modification::add(QStringLiteral("possSuperiors"), deferred)}),
                    tr("Let class %1 be created under %2")
                        .arg(i.element.name, deferred.join(QStringLiteral(", "))),
                    false});
        } else if (i.action == Action::Extend) {
            QList<Modification> mods;
            if (!i.addMayContain.isEmpty())
                mods << Modification::add(QStringLiteral("mayContain"), i.addMayContain);
            if (!i.addPossSuperiors.isEmpty())
                mods << Modification::add(QStringLiteral("possSuperiors"), i.addPossSuperiors);
            const auto theirs = std::find_if(m_forest.cbegin(), m_forest.cend(),
                                             [&](const SchemaElement &f) { return f.oid == i.element.oid; });
            later.append(Write{ChangeRequest::modify(theirs->entry.dn(), mods),
                               tr("Extend class %1").arg(i.element.name), false});
        }
    }
    if (!out.isEmpty())
        out.last().refreshAfter = true;
    out += later;
    if (!later.isEmpty())
        out.last().refreshAfter = true;
    return out;
}

void SchemaPreparer::writeNext() {
    if (m_pending.isEmpty()) {
        finish(Outcome::Prepared, tr("The forest is prepared for Bridgehead: %n schema change(s) written.",
                                     nullptr, int(m_written.size())));
        return;
    }
    if (!m_connection) {
        finish(Outcome::Failed,
               tr("The connection was closed after %n schema change(s).", nullptr, int(m_written.size())));
        return;
    }
    const Write write = m_pending.takeFirst();
    Q_EMIT progress(write.description);
    m_connection->apply(write.request)->then(this, [this, write](directory::DirectoryReply *reply) {
        if (!reply->result().ok()) {
            finish(Outcome::Failed, tr("“%1” failed: %2\n%n schema change(s) were written before it; running "
                                       "the preparation again "
                                       "adds the rest.",
                                       nullptr, int(m_written.size()))
                                        .arg(write.description, reply->result().text()));
            return;
        }
        m_written << write.description;
        if (!write.refreshAfter) {
            writeNext();
            return;
        }
        m_connection->apply(refresh())->then(this, [this](directory::DirectoryReply *refreshed) {
            if (!refreshed->result().ok()) {
                finish(Outcome::Failed,
                       tr("The schema cache could not be refreshed: %1").arg(refreshed->result().text()));
                return;
            }
            writeNext();
        });
    });
}

void SchemaPreparer::finish(Outcome outcome, const QString &message) {
    m_message = message;
    Q_EMIT finished(outcome);
}

} // namespace schema
