#pragma once

// One directory entry as read from the server: its DN and every attribute with its values, in the
// order and spelling the server sent. Lookups ignore the case of attribute names.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace directory {

// Whether two attribute names are the same attribute: names are case-insensitive. Names are ASCII
// (RFC 4512 keystrings), compared here without Unicode case tables; anything else falls back to them.
inline bool sameAttributeName(QStringView a, QStringView b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a[i].unicode(), y = b[i].unicode();
        if (x == y)
            continue;
        if (x >= 0x80 || y >= 0x80)
            return a.compare(b, Qt::CaseInsensitive) == 0;
        if (x >= u'A' && x <= u'Z')
            x = char16_t(x + (u'a' - u'A'));
        if (y >= u'A' && y <= u'Z')
            y = char16_t(y + (u'a' - u'A'));
        if (x != y)
            return false;
    }
    return true;
}

struct Attribute {
    QString name;
    QList<QByteArray> values;
};

class Entry {
public:
    Entry() = default;
    explicit Entry(const QString &dn)
        : m_dn(dn) {}

    const QString &dn() const { return m_dn; }
    void setDn(const QString &dn) { m_dn = dn; }

    const QList<Attribute> &attributes() const { return m_attributes; }
    bool has(const QString &name) const { return find(name) != nullptr; }
    QList<QByteArray> values(const QString &name) const;
    QStringList strings(const QString &name) const;
    // First value as text, or `fallback` when the attribute is absent.
    QString string(const QString &name, const QString &fallback = QString()) const;
    // First value as an integer, or `fallback` when absent or not a number.
    qint64 integer(const QString &name, qint64 fallback = 0) const;
    bool hasObjectClass(const QString &cls) const;

    void append(const QString &name, const QByteArray &value);
    // Adds a whole attribute as the server sent it (merged if the name is already there).
    void append(Attribute &&attribute);
    void set(const QString &name, const QList<QByteArray> &values); // keeps the existing spelling
    void setStrings(const QString &name, const QStringList &values);
    void remove(const QString &name);

    bool operator==(const Entry &other) const;

private:
    const Attribute *find(const QString &name) const;
    Attribute *find(const QString &name);

    QString m_dn;
    QList<Attribute> m_attributes;
};

} // namespace directory

Q_DECLARE_METATYPE(directory::Entry)
