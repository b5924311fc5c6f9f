#include "Dn.h"

#include <QCoreApplication>

#include <ldap.h>

#include <cstring>
#include <vector>

namespace directory {

namespace {

QString fromBerval(const berval &bv) {
    return QString::fromUtf8(bv.bv_val, qsizetype(bv.bv_len));
}

// Serializes RDNs through libldap so that escaping follows RFC 4514 exactly.
QString serialize(const QList<Rdn> &rdns, unsigned flags) {
    if (rdns.isEmpty())
        return QString();
    std::vector<QByteArray> storage;
    storage.reserve(size_t(rdns.size()) * 2);
    std::vector<LDAPAVA> avas(size_t(rdns.size()));
    std::vector<LDAPAVA *> rdnArrays(size_t(rdns.size()) * 2);
    std::vector<LDAPRDN> dnArray(size_t(rdns.size()) + 1);
    for (qsizetype i = 0; i < rdns.size(); ++i) {
        storage.push_back(rdns[i].attribute.toUtf8());
        const QByteArray &attr = storage.back();
        storage.push_back(rdns[i].value.toUtf8());
        const QByteArray &value = storage.back();
        LDAPAVA &ava = avas[size_t(i)];
        std::memset(&ava, 0, sizeof ava);
        ava.la_attr.bv_val = const_cast<char *>(attr.constData());
        ava.la_attr.bv_len = ber_len_t(attr.size());
        ava.la_value.bv_val = const_cast<char *>(value.constData());
        ava.la_value.bv_len = ber_len_t(value.size());
        ava.la_flags = LDAP_AVA_STRING;
        rdnArrays[size_t(i) * 2] = &ava;
        rdnArrays[size_t(i) * 2 + 1] = nullptr;
        dnArray[size_t(i)] = &rdnArrays[size_t(i) * 2];
    }
    dnArray[size_t(rdns.size())] = nullptr;
    char *out = nullptr;
    if (ldap_dn2str(dnArray.data(), &out, LDAP_DN_FORMAT_LDAPV3 | flags) != LDAP_SUCCESS || !out)
        return QString();
    QString result = QString::fromUtf8(out);
    ldap_memfree(out);
    return result;
}

} // namespace

// Most DNs a server sends are already in the form libldap would write: plain ASCII, no escapes, no
// spaces around separators. Those are split directly; everything else goes through libldap.
static bool parseCanonical(const QString &text, QList<Rdn> *rdns) {
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u < 0x20 || u == u'\\' || u == u'"' || u == u'+' || u == u';' || u == u'<' ||
            u == u'>' || u == u'#')
            return false;
    }
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char(','), start);
        if (end < 0)
            end = text.size();
        const qsizetype eq = text.indexOf(QLatin1Char('='), start);
        if (eq < 0 || eq >= end || eq == start || eq + 1 == end)
            return false;
        const qsizetype second = text.indexOf(QLatin1Char('='), eq + 1);
        if (second >= 0 && second < end)
            return false;
        const QStringView type = QStringView(text).mid(start, eq - start);
        const QStringView value = QStringView(text).mid(eq + 1, end - eq - 1);
        if (value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' ')) ||
            !type.front().isLetter())
            return false; // numeric OIDs and padded values are left to libldap
        for (QChar c : type)
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                return false;
        rdns->append(Rdn{type.toString(), value.toString()});
        start = end + 1;
    }
    return true;
}

Dn Dn::parse(const QString &text, QString *error) {
    Dn dn;
    if (parseCanonical(text, &dn.m_rdns)) {
        dn.m_valid = true;
        dn.m_string = text;
        dn.m_key = text.toLower();
        return dn;
    }
    dn.m_rdns.clear();
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty()) {
        dn.m_valid = true; // the root DSE / empty DN
        dn.rebuild();
        return dn;
    }
    LDAPDN parsed = nullptr;
    const int rc = ldap_str2dn(utf8.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3);
    if (rc != LDAP_SUCCESS || !parsed) {
        if (error)
            *error = QCoreApplication::translate("directory::Dn", "\"%1\" is not a valid distinguished name.")
                         .arg(text);
        return dn;
    }
    for (int i = 0; parsed[i]; ++i) {
        LDAPRDN rdn = parsed[i];
        // Multi-valued RDNs are kept as their first AVA plus the rest folded into one value is wrong;
        // the Exchange layout never uses them, so they are refused rather than misread.
        if (rdn[0] && rdn[1]) {
            ldap_dnfree(parsed);
            if (error)
                *error = QCoreApplication::translate("directory::Dn",
                                                     "Multi-valued names such as \"%1\" are not supported.")
                             .arg(text);
            return Dn();
        }
        dn.m_rdns.append(Rdn{fromBerval(rdn[0]->la_attr), fromBerval(rdn[0]->la_value)});
    }
    ldap_dnfree(parsed);
    dn.m_valid = true;
    dn.rebuild();
    return dn;
}

Dn Dn::fromRdns(const QList<Rdn> &rdns) {
    Dn dn;
    dn.m_rdns = rdns;
    dn.m_valid = true;
    dn.rebuild();
    return dn;
}

// The key: the serialized DN with attribute types and (caseIgnore) values folded. Plain ASCII
// names fold by lower-casing the serialized form; anything else goes through libldap again.
static bool foldsByLowerCase(const QList<Rdn> &rdns) {
    for (const Rdn &r : rdns) {
        const QString &v = r.value;
        if (v.startsWith(QLatin1Char(' ')) || v.endsWith(QLatin1Char(' ')) || v.contains(QLatin1String("  ")))
            return false;
        for (QChar c : v)
            if (c.unicode() >= 0x80)
                return false;
    }
    return true;
}

void Dn::rebuild() {
    m_string = serialize(m_rdns, 0);
    if (foldsByLowerCase(m_rdns)) {
        m_key = m_string.toLower();
    } else {
        QList<Rdn> folded;
        folded.reserve(m_rdns.size());
        for (const Rdn &r : m_rdns)
            folded.append(Rdn{r.attribute.toLower(), r.value.simplified().toCaseFolded()});
        m_key = serialize(folded, 0);
    }
    if (!m_rdns.isEmpty() && m_string.isEmpty())
        m_valid = false;
}

QString Dn::parentKey(const QString &key) {
    // Serialized DNs escape every comma inside a value (\2C), so the first comma ends the first RDN.
    const qsizetype comma = key.indexOf(QLatin1Char(','));
    return comma < 0 ? QString() : key.mid(comma + 1);
}

QString Dn::toDisplayString() const {
    return serialize(m_rdns, LDAP_DN_PRETTY);
}

QString Dn::rdnString() const {
    return m_rdns.isEmpty() ? QString() : serialize({m_rdns.first()}, 0);
}

Dn Dn::parent() const {
    if (m_rdns.isEmpty())
        return Dn();
    Dn p;
    p.m_valid = m_valid;
    p.m_rdns = m_rdns.mid(1);
    p.m_string = parentKey(m_string);
    p.m_key = parentKey(m_key);
    return p;
}

Dn Dn::child(const QString &attribute, const QString &value) const {
    if (!m_valid && !m_rdns.isEmpty())
        return Dn();
    Dn c;
    c.m_rdns.reserve(m_rdns.size() + 1);
    c.m_rdns.append(Rdn{attribute, value});
    c.m_rdns.append(m_rdns);
    c.m_valid = true;
    const Dn first = fromRdns({c.m_rdns.first()});
    if (!first.isValid())
        return Dn();
    c.m_string = m_rdns.isEmpty() ? first.m_string : first.m_string + QLatin1Char(',') + m_string;
    c.m_key = m_rdns.isEmpty() ? first.m_key : first.m_key + QLatin1Char(',') + m_key;
    return c;
}

Dn Dn::withRdn(const Rdn &rdn) const {
    if (m_rdns.isEmpty())
        return Dn();
    QList<Rdn> rdns = m_rdns;
    rdns[0] = rdn;
    return fromRdns(rdns);
}

Dn Dn::rebased(const Dn &oldBase, const Dn &newBase) const {
    if (!isDescendantOrSelf(oldBase))
        return *this;
    QList<Rdn> rdns = m_rdns.mid(0, m_rdns.size() - oldBase.depth());
    rdns.append(newBase.rdns());
    return fromRdns(rdns);
}

bool Dn::isDescendantOrSelf(const Dn &ancestor) const {
    if (!m_valid || !ancestor.m_valid || ancestor.depth() > depth())
        return false;
    const qsizetype offset = m_rdns.size() - ancestor.m_rdns.size();
    for (qsizetype i = 0; i < ancestor.m_rdns.size(); ++i) {
        const Rdn &a = m_rdns[offset + i];
        const Rdn &b = ancestor.m_rdns[i];
        if (a.attribute.compare(b.attribute, Qt::CaseInsensitive) != 0 ||
            a.value.simplified().compare(b.value.simplified(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool Dn::isDescendantOf(const Dn &ancestor) const {
    return depth() > ancestor.depth() && isDescendantOrSelf(ancestor);
}

QString escapeDnValue(const QString &value) {
    const QString rdn = serialize({Rdn{QStringLiteral("x"), value}}, 0);
    return rdn.mid(2);
}

} // namespace directory
