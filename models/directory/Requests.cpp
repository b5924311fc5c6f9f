#include "Requests.h"

#include "Dn.h"

namespace directory {

namespace {

// A link to a deleted object, read as its name in Deleted Objects, is not matched by that name in a
// delete on Active Directory ("no matching attribute value", 16) but by the object's GUID, and
// only while the value still names that object: so the delete still checks the value.
QByteArray asDeletable(const QByteArray &value) {
    if (!value.contains("DEL:"))
        return value;
    const QString guid = Dn::parse(QString::fromUtf8(value)).deletedObjectGuid();
    return guid.isEmpty() ? value : "<GUID=" + guid.toLatin1() + '>';
}

QList<QByteArray> afterModifications(QList<QByteArray> values, const QString &attribute,
                                     const QList<Modification> &modifications) {
    for (const Modification &m : modifications) {
        if (m.attribute.compare(attribute, Qt::CaseInsensitive) != 0)
            continue;
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
    }
    return values;
}

} // namespace

ChangeRequest ChangeRequest::withValueChecks() const {
    if (kind != Kind::Modify || expected.isEmpty())
        return *this;
    ChangeRequest out = *this;
    out.assertion.clear();
    out.expected.clear();
    out.modifications.clear();
    const auto isExpected = [this](const QString &attribute) {
        for (const ExpectedValues &e : expected)
            if (e.attribute.compare(attribute, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    for (const ExpectedValues &e : expected) {
        const QList<QByteArray> result = afterModifications(e.values, e.attribute, modifications);
        if (!e.values.isEmpty()) {
            QList<QByteArray> deletes;
            for (const QByteArray &v : e.values)
                deletes.append(asDeletable(v));
            out.modifications.append(Modification{Modification::Op::Delete, e.attribute, deletes});
        }
        if (!result.isEmpty())
            out.modifications.append(Modification{Modification::Op::Add, e.attribute, result});
    }
    for (const Modification &m : modifications)
        if (!isExpected(m.attribute))
            out.modifications.append(m);
    return out;
}

} // namespace directory
