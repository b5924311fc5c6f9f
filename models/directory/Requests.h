#pragma once

// What can be asked of a Connection: searches and changes, as plain values that cross threads.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace directory {

struct SearchRequest {
    enum class Scope { Base, OneLevel, Subtree };
    QString base;
    Scope scope = Scope::Subtree;
    QString filter = QStringLiteral("(objectClass=*)");
    QStringList attributes; // empty: all user attributes
    int pageSize = 0;       // RFC 2696 paging when > 0
    int sizeLimit = 0;
    bool keepEntries = true; // collect entries in the reply as well as streaming them
};

struct Modification {
    enum class Op { Add, Replace, Delete };
    Op op = Op::Replace;
    QString attribute;
    QList<QByteArray> values; // Delete with no values removes the attribute

    static Modification replace(const QString &attribute, const QStringList &values);
    static Modification add(const QString &attribute, const QStringList &values);
    static Modification remove(const QString &attribute, const QStringList &values = {});
};

// Values an attribute must still hold for a modify to go through: what the user loaded.
struct ExpectedValues {
    QString attribute;
    QList<QByteArray> values; // empty: the attribute must be absent
};

struct ChangeRequest {
    enum class Kind { Add, Modify, Delete, Rename };
    Kind kind = Kind::Modify;
    QString dn;
    QList<Modification> modifications; // Add: the attributes of the new entry (op ignored)
    QString newRdn;                    // Rename
    QString newSuperior;               // Rename: empty keeps the parent
    bool deleteOldRdn = true;
    QString assertion; // RFC 4528 filter the entry must match, or empty
    // The same condition as values, for servers without the assertion control (Active Directory).
    QList<ExpectedValues> expected;

    // This modify for a server without the assertion control: every expected attribute is written
    // as a delete of exactly the expected values and an add of the values it should end with, so
    // the server refuses it (no such value, or value exists) when someone changed them meanwhile.
    // Nothing else in the entry can be checked that way; an attribute expected to be absent is
    // only protected where it is single-valued. A link to a deleted object is deleted by the
    // object's GUID, as AD matches it.
    ChangeRequest withValueChecks() const;

    static ChangeRequest add(const QString &dn, const QList<Modification> &attributes);
    static ChangeRequest modify(const QString &dn, const QList<Modification> &mods,
                                const QString &assertion = {});
    static ChangeRequest remove(const QString &dn, const QString &assertion = {});
    static ChangeRequest rename(const QString &dn, const QString &newRdn, const QString &newSuperior = {});
};

inline QList<QByteArray> toBytes(const QStringList &values) {
    QList<QByteArray> out;
    out.reserve(values.size());
    for (const QString &v : values)
        out.append(v.toUtf8());
    return out;
}

inline Modification Modification::replace(const QString &attribute, const QStringList &values) {
    return Modification{Op::Replace, attribute, toBytes(values)};
}
inline Modification Modification::add(const QString &attribute, const QStringList &values) {
    return Modification{Op::Add, attribute, toBytes(values)};
}
inline Modification Modification::remove(const QString &attribute, const QStringList &values) {
    return Modification{Op::Delete, attribute, toBytes(values)};
}
inline ChangeRequest ChangeRequest::add(const QString &dn, const QList<Modification> &attributes) {
    ChangeRequest r;
    r.kind = Kind::Add;
    r.dn = dn;
    r.modifications = attributes;
    return r;
}
inline ChangeRequest ChangeRequest::modify(const QString &dn, const QList<Modification> &mods,
                                           const QString &assertion) {
    ChangeRequest r;
    r.kind = Kind::Modify;
    r.dn = dn;
    r.modifications = mods;
    r.assertion = assertion;
    return r;
}
inline ChangeRequest ChangeRequest::remove(const QString &dn, const QString &assertion) {
    ChangeRequest r;
    r.kind = Kind::Delete;
    r.dn = dn;
    r.assertion = assertion;
    return r;
}
inline ChangeRequest ChangeRequest::rename(const QString &dn, const QString &newRdn,
                                           const QString &newSuperior) {
    ChangeRequest r;
    r.kind = Kind::Rename;
    r.dn = dn;
    r.newRdn = newRdn;
    r.newSuperior = newSuperior;
    return r;
}

} // namespace directory

Q_DECLARE_METATYPE(directory::SearchRequest)
Q_DECLARE_METATYPE(directory::ChangeRequest)
