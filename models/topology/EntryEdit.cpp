#include "EntryEdit.h"

#include "Attributes.h"
#include "Dn.h"
#include "Filter.h"

#include <algorithm>

namespace topology {

namespace filter = directory::filter;

bool EntryEdit::sameValues(const QString &attribute, const QStringList &a, const QStringList &b) {
    if (a.size() != b.size())
        return false;
    QStringList x = a, y = b;
    if (attr::isDnValued(attribute)) {
        for (QString &v : x)
            v = directory::Dn::parse(v).key();
        for (QString &v : y)
            v = directory::Dn::parse(v).key();
    }
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

bool EntryEdit::sameValues(const QString &attribute, const QList<QByteArray> &a, const QList<QByteArray> &b) {
    if (attr::isDnValued(attribute)) {
        QStringList x, y;
        for (const QByteArray &v : a)
            x << QString::fromUtf8(v);
        for (const QByteArray &v : b)
            y << QString::fromUtf8(v);
        return sameValues(attribute, x, y);
    }
    if (a.size() != b.size())
        return false;
    QList<QByteArray> x = a, y = b;
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

void EntryEdit::set(const QString &attribute, const QStringList &values) {
    setBytes(attribute, directory::toBytes(values));
}

void EntryEdit::setBytes(const QString &attribute, const QList<QByteArray> &values) {
    const QString key = attribute.toLower();
    if (sameValues(attribute, values, m_loaded.values(attribute))) {
        m_values.remove(key);
        m_names.remove(key);
        return;
    }
    m_values.insert(key, values);
    m_names.insert(key, attribute);
}

bool EntryEdit::changes(const QString &attribute) const {
    return m_values.contains(attribute.toLower());
}

QList<QByteArray> EntryEdit::bytes(const QString &attribute) const {
    const QString key = attribute.toLower();
    return m_values.contains(key) ? m_values.value(key) : m_loaded.values(attribute);
}

QStringList EntryEdit::value(const QString &attribute) const {
    QStringList out;
    for (const QByteArray &v : bytes(attribute))
        out << QString::fromUtf8(v);
    return out;
}

QStringList EntryEdit::changedAttributes() const {
    return m_names.values();
}

QString EntryEdit::assertionFor(const directory::Entry &entry, const QStringList &attributes) {
    QStringList parts;
    for (const QString &attribute : attributes) {
        const QList<QByteArray> values = entry.values(attribute);
        if (values.isEmpty())
            parts << filter::negate(filter::present(attribute));
        for (const QByteArray &v : values) {
            // Text as text (readable, and matched by the attribute's own rule); anything else byte by byte.
            const QString text = QString::fromUtf8(v);
            parts << (text.toUtf8() == v && !text.contains(QChar(0)) ? filter::equals(attribute, text)
                                                                     : filter::equalsBytes(attribute, v));
        }
    }
    if (parts.isEmpty())
        return QString();
    return filter::all(parts);
}

directory::ChangeRequest EntryEdit::guardedModify(const directory::Entry &entry,
                                                  const QList<directory::Modification> &modifications,
                                                  const QStringList &attributes) {
    directory::ChangeRequest request =
        directory::ChangeRequest::modify(entry.dn(), modifications, assertionFor(entry, attributes));
    for (const QString &attribute : attributes)
        request.expected.append(directory::ExpectedValues{attribute, entry.values(attribute)});
    return request;
}

directory::ChangeRequest EntryEdit::build(const directory::Entry &basis) const {
    QList<directory::Modification> mods;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QString name = m_names.value(it.key());
        if (it.value().isEmpty()) {
            if (basis.has(name))
                mods << directory::Modification::remove(name);
        } else {
            directory::Modification replace;
            replace.op = directory::Modification::Op::Replace;
            replace.attribute = name;
            replace.values = it.value();
            mods << replace;
        }
    }
    directory::Entry target = basis;
    target.setDn(m_loaded.dn());
    return guardedModify(target, mods, changedAttributes());
}

directory::ChangeRequest EntryEdit::toModify() const {
    return build(m_loaded);
}

directory::ChangeRequest EntryEdit::toModifyOver(const directory::Entry &current) const {
    return build(current);
}

QStringList EntryEdit::conflictsWith(const directory::Entry &current) const {
    QStringList out;
    for (const QString &name : changedAttributes())
        if (!sameValues(name, m_loaded.values(name), current.values(name)))
            out << name;
    return out;
}

} // namespace topology
