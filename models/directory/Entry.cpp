#include "Entry.h"

namespace directory {

const Attribute *Entry::find(const QString &name) const {
    for (const Attribute &a : m_attributes)
        if (sameAttributeName(a.name, name))
            return &a;
    return nullptr;
}

Attribute *Entry::find(const QString &name) {
    for (Attribute &a : m_attributes)
        if (sameAttributeName(a.name, name))
            return &a;
    return nullptr;
}

QList<QByteArray> Entry::values(const QString &name) const {
    const Attribute *a = find(name);
    return a ? a->values : QList<QByteArray>();
}

QStringList Entry::strings(const QString &name) const {
    QStringList out;
    if (const Attribute *a = find(name)) {
        out.reserve(a->values.size());
        for (const QByteArray &v : a->values)
            out.append(QString::fromUtf8(v));
    }
    return out;
}

QString Entry::string(const QString &name, const QString &fallback) const {
    const Attribute *a = find(name);
    if (!a || a->values.isEmpty())
        return fallback;
    return QString::fromUtf8(a->values.first());
}

qint64 Entry::integer(const QString &name, qint64 fallback) const {
    const Attribute *a = find(name);
    if (!a || a->values.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 v = a->values.first().trimmed().toLongLong(&ok);
    return ok ? v : fallback;
}

bool Entry::hasObjectClass(const QString &cls) const {
    if (const Attribute *a = find(QStringLiteral("objectClass")))
        for (const QByteArray &v : a->values)
            if (QString::fromUtf8(v).compare(cls, Qt::CaseInsensitive) == 0)
                return true;
    return false;
}

void Entry::append(const QString &name, const QByteArray &value) {
    if (Attribute *a = find(name))
        a->values.append(value);
    else
        m_attributes.append(Attribute{name, {value}});
}

void Entry::append(Attribute &&attribute) {
    if (Attribute *a = find(attribute.name))
        a->values.append(attribute.values);
    else
        m_attributes.append(std::move(attribute));
}

void Entry::set(const QString &name, const QList<QByteArray> &values) {
    if (values.isEmpty()) {
        remove(name);
        return;
    }
    if (Attribute *a = find(name))
        a->values = values;
    else
        m_attributes.append(Attribute{name, values});
}

void Entry::setStrings(const QString &name, const QStringList &values) {
    QList<QByteArray> bytes;
    bytes.reserve(values.size());
    for (const QString &v : values)
        bytes.append(v.toUtf8());
    set(name, bytes);
}

void Entry::remove(const QString &name) {
    m_attributes.removeIf([&](const Attribute &a) { return sameAttributeName(a.name, name); });
}

bool Entry::operator==(const Entry &other) const {
    if (m_dn != other.m_dn || m_attributes.size() != other.m_attributes.size())
        return false;
    for (const Attribute &a : m_attributes) {
        const Attribute *b = other.find(a.name);
        if (!b || b->values != a.values)
            return false;
    }
    return true;
}

} // namespace directory
