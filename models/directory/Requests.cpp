#include "Requests.h"

namespace directory {

namespace {

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
        if (!e.values.isEmpty())
            out.modifications.append(Modification{Modification::Op::Delete, e.attribute, e.values});
        if (!result.isEmpty())
            out.modifications.append(Modification{Modification::Op::Add, e.attribute, result});
    }
    for (const Modification &m : modifications)
        if (!isExpected(m.attribute))
            out.modifications.append(m);
    return out;
}

} // namespace directory
