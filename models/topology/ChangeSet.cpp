#include "ChangeSet.h"

#include "Dn.h"
#include "EntryEdit.h"

#include <QSet>

namespace topology {

using directory::ChangeRequest;
using directory::Entry;
using directory::Modification;

namespace {

// RFC 2849: a value goes as is when it is a SAFE-STRING, else base64 after "::".
bool isSafe(const QByteArray &value) {
    if (value.isEmpty())
        return true;
    const char first = value.front();
    if (first == ' ' || first == ':' || first == '<' || value.back() == ' ')
        return false;
    for (const char c : value)
        if (c == '\0' || c == '\n' || c == '\r' || static_cast<unsigned char>(c) > 127)
            return false;
    return true;
}

QString line(const QString &name, const QByteArray &value) {
    if (isSafe(value))
        return name + QStringLiteral(": ") + QString::fromUtf8(value) + QLatin1Char('\n');
    return name + QStringLiteral(":: ") + QString::fromLatin1(value.toBase64()) + QLatin1Char('\n');
}

QString opName(Modification::Op op) {
    switch (op) {
    case Modification::Op::Add:
        return QStringLiteral("add");
    case Modification::Op::Delete:
        return QStringLiteral("delete");
    case Modification::Op::Replace:
        break;
    }
    return QStringLiteral("replace");
}

// The attributes `modifications` touch, once each, in the spelling first used.
QStringList touched(const QList<Modification> &modifications) {
    QStringList out;
    QSet<QString> seen;
    for (const Modification &m : modifications)
        if (!seen.contains(m.attribute.toLower())) {
            seen.insert(m.attribute.toLower());
            out.append(m.attribute);
        }
    return out;
}

// `entry` after `modifications`, for the attributes they touch.
Entry applied(Entry entry, const QList<Modification> &modifications) {
    for (const Modification &m : modifications) {
        QList<QByteArray> values = entry.values(m.attribute);
        switch (m.op) {
        case Modification::Op::Replace:
            values = m.values;
            break;
        case Modification::Op::Add:
            values += m.values;
            break;
        case Modification::Op::Delete:
            if (m.values.isEmpty())
                values.clear();
            for (const QByteArray &v : m.values)
                values.removeAll(v);
            break;
        }
        if (values.isEmpty())
            entry.remove(m.attribute);
        else
            entry.set(m.attribute, values);
    }
    return entry;
}

// A modify that writes back what `before` holds for `attributes`, asserting what `after` holds.
ChangeRequest restore(const Entry &before, const Entry &after, const QStringList &attributes) {
    QList<Modification> mods;
    for (const QString &attribute : attributes) {
        const QList<QByteArray> values = before.values(attribute);
        if (values.isEmpty()) {
            if (after.has(attribute))
                mods.append(Modification{Modification::Op::Delete, attribute, {}});
        } else {
            mods.append(Modification{Modification::Op::Replace, attribute, values});
        }
    }
    return ChangeRequest::modify(after.dn(), mods, EntryEdit::assertionFor(after, attributes));
}

} // namespace

QList<ChangeRequest> ChangeSet::requests() const {
    QList<ChangeRequest> out;
    out.reserve(m_steps.size());
    for (const Step &step : m_steps)
        out.append(step.request);
    return out;
}

void ChangeSet::addEntry(const QString &dn, const QList<Modification> &attributes,
                         const QString &description) {
    m_steps.append(Step{ChangeRequest::add(dn, attributes), description, {ChangeRequest::remove(dn)}});
}

void ChangeSet::modify(const Entry &before, const QList<Modification> &modifications,
                       const QString &description) {
    const QStringList attributes = touched(modifications);
    ChangeRequest request =
        ChangeRequest::modify(before.dn(), modifications, EntryEdit::assertionFor(before, attributes));
    const Entry after = applied(before, modifications);
    m_steps.append(Step{request, description, {restore(before, after, attributes)}});
}

void ChangeSet::modify(const EntryEdit &edit, const QString &description) {
    const ChangeRequest request = edit.toModify();
    const Entry after = applied(edit.loaded(), request.modifications);
    m_steps.append(
        Step{request, description, {restore(edit.loaded(), after, touched(request.modifications))}});
}

void ChangeSet::removeEntry(const Entry &before, const QString &description) {
    QList<Modification> attributes;
    for (const directory::Attribute &a : before.attributes())
        attributes.append(Modification{Modification::Op::Add, a.name, a.values});
    m_steps.append(
        Step{ChangeRequest::remove(before.dn()), description, {ChangeRequest::add(before.dn(), attributes)}});
}

void ChangeSet::rename(const Entry &before, const QString &newRdn, const QString &description) {
    const directory::Dn old = directory::Dn::parse(before.dn());
    const directory::Dn renamed = directory::Dn::parse(newRdn + QLatin1Char(',') + old.parent().toString());
    m_steps.append(Step{ChangeRequest::rename(before.dn(), newRdn),
                        description,
                        {ChangeRequest::rename(renamed.toString(), old.rdnString())}});
}

QStringList ChangeSet::createdDns() const {
    QStringList out;
    for (const Step &step : m_steps)
        if (step.request.kind == ChangeRequest::Kind::Add)
            out.append(step.request.dn);
    return out;
}

QStringList ChangeSet::attributesWritten() const {
    QList<Modification> written;
    for (const Step &step : m_steps)
        if (step.request.kind == ChangeRequest::Kind::Add || step.request.kind == ChangeRequest::Kind::Modify)
            for (const Modification &m : step.request.modifications)
                if (step.request.kind == ChangeRequest::Kind::Add || m.op != Modification::Op::Delete)
                    written.append(m);
    return touched(written);
}

QString ChangeSet::toLdif() const {
    QString out;
    for (const Step &step : m_steps) {
        const ChangeRequest &r = step.request;
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += QStringLiteral("# ") + step.description + QLatin1Char('\n');
        out += line(QStringLiteral("dn"), r.dn.toUtf8());
        switch (r.kind) {
        case ChangeRequest::Kind::Add:
            out += QStringLiteral("changetype: add\n");
            for (const Modification &m : r.modifications)
                for (const QByteArray &v : m.values)
                    out += line(m.attribute, v);
            break;
        case ChangeRequest::Kind::Modify:
            if (!r.assertion.isEmpty())
                out += QStringLiteral("# only if the entry still matches %1\n").arg(r.assertion);
            out += QStringLiteral("changetype: modify\n");
            for (const Modification &m : r.modifications) {
                out += opName(m.op) + QStringLiteral(": ") + m.attribute + QLatin1Char('\n');
                for (const QByteArray &v : m.values)
                    out += line(m.attribute, v);
                out += QStringLiteral("-\n");
            }
            break;
        case ChangeRequest::Kind::Delete:
            out += QStringLiteral("changetype: delete\n");
            break;
        case ChangeRequest::Kind::Rename:
            out += QStringLiteral("changetype: modrdn\n");
            out += line(QStringLiteral("newrdn"), r.newRdn.toUtf8());
            out += QStringLiteral("deleteoldrdn: %1\n").arg(r.deleteOldRdn ? 1 : 0);
            if (!r.newSuperior.isEmpty())
                out += line(QStringLiteral("newsuperior"), r.newSuperior.toUtf8());
            break;
        }
    }
    return out;
}

} // namespace topology
