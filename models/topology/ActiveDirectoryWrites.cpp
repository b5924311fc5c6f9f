#include "ActiveDirectoryWrites.h"

#include "Attributes.h"

#include <QHash>

namespace topology {

using directory::ChangeRequest;
using directory::Dn;
using directory::Entry;
using directory::Modification;

namespace {

const QString SystemFlags = QStringLiteral("systemFlags");

Entry entryOf(const ChangeRequest &add) {
    Entry e(add.dn);
    for (const Modification &m : add.modifications)
        e.set(m.attribute, e.values(m.attribute) + m.values);
    return e;
}

} // namespace

bool ActiveDirectoryWrites::isBackLink(const QString &attribute) {
    return attribute.endsWith(QLatin1String("BL"), Qt::CaseSensitive) &&
           attribute.startsWith(QLatin1String("msExch"));
}

bool ActiveDirectoryWrites::allowsRename(const Entry &entry) {
    return (entry.integer(SystemFlags, 0) & AllowRename) != 0;
}

std::optional<ChangeSet> ActiveDirectoryWrites::adapt(const ChangeSet &set,
                                                      const std::function<bool(const Dn &)> &exists,
                                                      QString *refusal) {
    // Which step creates which DN.
    QHash<QString, int> createdAt;
    for (int i = 0; i < set.size(); ++i)
        if (set.steps().at(i).request.kind == ChangeRequest::Kind::Add)
            createdAt.insert(Dn::parse(set.steps().at(i).request.dn).key(), i);
    const auto refuseMissing = [&](const QString &dn, const QString &attribute, const QString &target) {
        *refusal =
            tr("%1 would name %2 in %3, which is not in the directory. Active Directory keeps links only "
               "to objects that exist; create it first.")
                .arg(Dn::parse(dn).toDisplayString(), Dn::parse(target).toDisplayString(), attribute);
        return std::nullopt;
    };

    // Links held back from an add, written once the last object they name exists.
    struct Deferred {
        Entry entry;
        QString attribute;
        QStringList values;
        QString description;
    };
    QHash<int, QList<Deferred>> after; // step index → links to write after it
    QList<ChangeSet::Step> steps;
    steps.reserve(set.size());
    for (int i = 0; i < set.size(); ++i) {
        ChangeSet::Step step = set.steps().at(i);
        ChangeRequest &r = step.request;
        if (r.kind == ChangeRequest::Kind::Add) {
            const Dn dn = Dn::parse(r.dn);
            const directory::Rdn rdn = dn.rdn();
            QList<Modification> kept;
            QHash<int, QHash<QString, QStringList>> held; // creating step → attribute → values
            bool hasFlags = false;
            for (const Modification &m : std::as_const(r.modifications)) {
                if (isBackLink(m.attribute))
                    continue;
                if (m.attribute.compare(rdn.attribute, Qt::CaseInsensitive) == 0) {
                    for (const QByteArray &v : m.values)
                        if (QString::fromUtf8(v).compare(rdn.value, Qt::CaseInsensitive) != 0) {
                            *refusal =
                                tr("%1 has %2 “%3”, but Active Directory requires the naming attribute to "
                                   "equal the name in the DN (“%4”).")
                                    .arg(dn.toDisplayString(), m.attribute, QString::fromUtf8(v), rdn.value);
                            return std::nullopt;
                        }
                }
                if (m.attribute.compare(SystemFlags, Qt::CaseInsensitive) == 0)
                    hasFlags = true;
                if (!attr::isDnValued(m.attribute)) {
                    kept.append(m);
                    continue;
                }
                QList<QByteArray> now;
                for (const QByteArray &v : m.values) {
                    const QString target = QString::fromUtf8(v);
                    const int creator = createdAt.value(Dn::parse(target).key(), -1);
                    if (creator >= i) {
                        held[creator][m.attribute] << target;
                    } else if (creator < 0 && !exists(Dn::parse(target))) {
                        return refuseMissing(r.dn, m.attribute, target);
                    } else {
                        now << v;
                    }
                }
                if (!now.isEmpty())
                    kept.append(Modification{m.op, m.attribute, now});
            }
            // Renames of configuration objects need this from the start: it cannot be added later.
            if (!hasFlags)
                kept.append(Modification::add(SystemFlags, {QString::number(AllowRename | AllowMove)}));
            r.modifications = kept;
            const Entry created = entryOf(r);
            for (auto it = held.cbegin(); it != held.cend(); ++it)
                for (auto a = it.value().cbegin(); a != it.value().cend(); ++a)
                    after[it.key()].append(
                        Deferred{created, a.key(), a.value(),
                                 tr("Link “%1” to the objects created after it").arg(dn.rdnValue())});
        } else if (r.kind == ChangeRequest::Kind::Modify) {
            for (const Modification &m : std::as_const(r.modifications)) {
                if (m.op == Modification::Op::Delete || !attr::isDnValued(m.attribute))
                    continue;
                for (const QByteArray &v : m.values) {
                    const QString target = QString::fromUtf8(v);
                    const int creator = createdAt.value(Dn::parse(target).key(), -1);
                    if (creator > i || (creator < 0 && !exists(Dn::parse(target))))
                        return refuseMissing(r.dn, m.attribute, target);
                }
            }
        }
        steps.append(step);
    }

    ChangeSet out;
    QHash<QString, Entry> current; // entries as the deferred links leave them, for their undo
    for (int i = 0; i < steps.size(); ++i) {
        out.append(steps.at(i));
        for (const Deferred &d : after.value(i)) {
            const QString key = Dn::parse(d.entry.dn()).key();
            const Entry before = current.value(key, d.entry);
            out.modify(before, {Modification::add(d.attribute, d.values)}, d.description);
            Entry next = before;
            next.set(d.attribute, before.values(d.attribute) + directory::toBytes(d.values));
            current.insert(key, next);
        }
    }
    return out;
}

} // namespace topology
