#pragma once

// A distinguished name (RFC 4514): parsed and serialized by libldap, compared the way the
// directory compares names (attribute types and our caseIgnore naming values without case).
// It keeps only its serialized form and a normalized key; the RDNs are read from them when asked,
// which keeps a Dn small and parent() free of parsing.

#include <QList>
#include <QMetaType>
#include <QString>

namespace directory {

struct Rdn {
    QString attribute;
    QString value; // unescaped
};

class Dn {
public:
    Dn() = default;

    // Parses an LDAPv3 string DN. An unparseable string gives an invalid Dn and, if asked, the reason.
    static Dn parse(const QString &text, QString *error = nullptr);
    // Builds a DN from raw, unescaped values; escaping happens here and nowhere else.
    static Dn fromRdns(const QList<Rdn> &rdns);

    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_depth == 0; }
    int depth() const { return m_depth; }

    // RFC 4514 string with hex escapes, as sent to the server.
    QString toString() const { return m_string; }
    // Human-readable form: non-ASCII kept, only the characters that must be escaped are.
    QString toDisplayString() const;

    QList<Rdn> rdns() const;
    Rdn rdn() const;
    QString rdnValue() const { return rdn().value; }
    QString rdnString() const; // "CN=First\2C Group"

    Dn parent() const;
    Dn child(const QString &attribute, const QString &value) const;
    Dn child(const Rdn &rdn) const { return child(rdn.attribute, rdn.value); }
    // The DN with its first RDN replaced (rename in place).
    Dn withRdn(const Rdn &rdn) const;
    // This DN with `oldBase` (an ancestor-or-self) replaced by `newBase`.
    Dn rebased(const Dn &oldBase, const Dn &newBase) const;

    // Active Directory reads a link to a deleted object as the object's name in Deleted Objects,
    // "CN=<name>\0ADEL:<guid>,CN=Deleted Objects,…": the name it had, and its objectGUID. Both are
    // empty for any other DN.
    QString deletedObjectName() const;
    QString deletedObjectGuid() const;

    bool isDescendantOf(const Dn &ancestor) const; // strict
    bool isDescendantOrSelf(const Dn &ancestor) const;

    // Normalized key: equal for DNs that the directory considers the same entry.
    const QString &key() const { return m_key; }
    // The key of the parent of the DN with this key, without parsing anything.
    static QString parentKey(const QString &key);

    friend bool operator==(const Dn &a, const Dn &b) { return a.m_key == b.m_key && a.m_valid == b.m_valid; }
    friend bool operator!=(const Dn &a, const Dn &b) { return !(a == b); }
    friend bool operator<(const Dn &a, const Dn &b) { return a.m_key < b.m_key; }

private:
    void build(const QList<Rdn> &rdns);

    QString m_string;
    QString m_key;
    int m_depth = 0;
    bool m_valid = false;
};

inline size_t qHash(const Dn &dn, size_t seed = 0) {
    return qHash(dn.key(), seed);
}

// Escapes one RDN value for use in a DN string (RFC 4514).
QString escapeDnValue(const QString &value);

} // namespace directory

Q_DECLARE_METATYPE(directory::Dn)
