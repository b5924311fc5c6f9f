#include "Dn.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

// Parses with libldap; false for anything it does not accept or for multi-valued RDNs.
bool parseWithLibldap(const QString &text, QList<Rdn> *rdns) {
    const QByteArray utf8 = text.toUtf8();
    LDAPDN parsed = nullptr;
    if (ldap_str2dn(utf8.constData(), &parsed, LDAP_DN_FORMAT_LDAPV3) != LDAP_SUCCESS || !parsed)
        return false;
    bool ok = true;
    for (int i = 0; parsed[i]; ++i) {
        LDAPRDN rdn = parsed[i];
        if (rdn[0] && rdn[1]) {
            ok = false; // the Exchange layout never names entries with several attributes
            break;
        }
        rdns->append(Rdn{fromBerval(rdn[0]->la_attr), fromBerval(rdn[0]->la_value)});
    }
    ldap_dnfree(parsed);
    return ok;
}

// Most DNs a server sends are already in the form libldap writes: plain ASCII, no escapes, no
// spaces around separators. Those are checked (and split, if `rdns` is given) directly, in one pass.
bool isCanonical(const QString &text, int *depth, QList<Rdn> *rdns = nullptr) {
    if (text.isEmpty())
        return false;
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = begin + text.size();
    int count = 0;
    for (const char16_t *start = begin;;) {
        // The attribute type: a letter, then letters, digits and hyphens (numeric OIDs are left to
        // libldap), up to the '='.
        const char16_t *p = start;
        auto isAsciiLetter = [](char16_t u) { return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'); };
        if (p == end || !isAsciiLetter(*p))
            return false;
        while (p != end && (isAsciiLetter(*p) || (*p >= u'0' && *p <= u'9') || *p == u'-'))
            ++p;
        if (p == end || *p != u'=')
            return false;
        const char16_t *const eq = p++;
        // The value: up to the next ',' or the end; not empty, no second '=', nothing that would need
        // escaping or folding, not padded.
        const char16_t *const valueStart = p;
        for (; p != end && *p != u','; ++p) {
            const char16_t u = *p;
            if (u >= 0x80 || u < 0x20 || u == u'\\' || u == u'"' || u == u'+' || u == u';' || u == u'<' ||
                u == u'>' || u == u'#' || u == u'=')
                return false;
        }
        if (p == valueStart || *valueStart == u' ' || p[-1] == u' ')
            return false;
        if (rdns)
            rdns->append(Rdn{QString(reinterpret_cast<const QChar *>(start), eq - start),
                             QString(reinterpret_cast<const QChar *>(valueStart), p - valueStart)});
        ++count;
        if (p == end)
            break;
        start = p + 1;
    }
    *depth = count;
    return true;
}

// Lower-cases plain ASCII text (what isCanonical() and foldsByLowerCase() accept) without Unicode
// tables; text with nothing to change is shared, not copied.
QString asciiLower(const QString &text) {
    const char16_t *const begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin;
    while (p != end && !(*p >= u'A' && *p <= u'Z'))
        ++p;
    if (p == end)
        return text;
    QString out = text;
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = p - begin; i < out.size(); ++i)
        if (o[i] >= u'A' && o[i] <= u'Z')
            o[i] = char16_t(o[i] + (u'a' - u'A'));
    return out;
}

// Plain ASCII names fold by lower-casing the serialized form; others go through libldap again.
bool foldsByLowerCase(const QList<Rdn> &rdns) {
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

} // namespace

Dn Dn::parse(const QString &text, QString *error) {
    Dn dn;
    int depth = 0;
    if (isCanonical(text, &depth)) {
        dn.m_valid = true;
        dn.m_depth = depth;
        dn.m_string = text;
        dn.m_key = asciiLower(text);
        return dn;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        dn.m_valid = true; // the root DSE / empty DN
        return dn;
    }
    QList<Rdn> rdns;
    if (!parseWithLibldap(trimmed, &rdns)) {
        if (error)
            *error = QCoreApplication::translate("directory::Dn",
                                                 "\"%1\" is not a valid distinguished name (names made of "
                                                 "several attributes are not supported).")
                         .arg(text);
        return Dn();
    }
    dn.build(rdns);
    return dn;
}

Dn Dn::fromRdns(const QList<Rdn> &rdns) {
    Dn dn;
    dn.build(rdns);
    return dn;
}

void Dn::build(const QList<Rdn> &rdns) {
    m_valid = true;
    m_depth = int(rdns.size());
    m_string = serialize(rdns, 0);
    if (foldsByLowerCase(rdns)) {
        m_key = asciiLower(m_string);
    } else {
        QList<Rdn> folded;
        folded.reserve(rdns.size());
        for (const Rdn &r : rdns)
            folded.append(Rdn{r.attribute.toLower(), r.value.simplified().toCaseFolded()});
        m_key = serialize(folded, 0);
    }
    if (!rdns.isEmpty() && m_string.isEmpty())
        *this = Dn();
}

QList<Rdn> Dn::rdns() const {
    QList<Rdn> out;
    if (m_depth == 0)
        return out;
    int depth = 0;
    if (!isCanonical(m_string, &depth, &out)) {
        out.clear();
        parseWithLibldap(m_string, &out);
    }
    return out;
}

Rdn Dn::rdn() const {
    if (m_depth == 0)
        return Rdn{};
    // The serialized form escapes commas inside values, so the first comma ends the first RDN.
    const QString first = rdnString();
    QList<Rdn> out;
    int depth = 0;
    if (isCanonical(first, &depth, &out) || parseWithLibldap(first, &out))
        return out.value(0);
    return Rdn{};
}

QString Dn::parentKey(const QString &key) {
    const qsizetype comma = key.indexOf(QLatin1Char(','));
    return comma < 0 ? QString() : key.mid(comma + 1);
}

QString Dn::toDisplayString() const {
    return m_depth ? serialize(rdns(), LDAP_DN_PRETTY) : QString();
}

namespace {
QRegularExpressionMatch matchDeleted(const QString &rdnValue) {
    static const QRegularExpression deleted(
        QStringLiteral(
            "^(.*)\\nDEL:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"),
        QRegularExpression::DotMatchesEverythingOption);
    return deleted.match(rdnValue);
}
} // namespace

QString Dn::deletedObjectName() const {
    return m_depth ? matchDeleted(rdnValue()).captured(1) : QString();
}

QString Dn::deletedObjectGuid() const {
    return m_depth ? matchDeleted(rdnValue()).captured(2) : QString();
}

QString Dn::rdnString() const {
    const qsizetype comma = m_string.indexOf(QLatin1Char(','));
    return comma < 0 ? m_string : m_string.left(comma);
}

Dn Dn::parent() const {
    if (m_depth == 0)
        return Dn();
    Dn p;
    p.m_valid = m_valid;
    p.m_depth = m_depth - 1;
    p.m_string = parentKey(m_string);
    p.m_key = parentKey(m_key);
    return p;
}

Dn Dn::child(const QString &attribute, const QString &value) const {
    if (!m_valid)
        return Dn();
    const Dn first = fromRdns({Rdn{attribute, value}});
    if (!first.isValid())
        return Dn();
    Dn c;
    c.m_valid = true;
    c.m_depth = m_depth + 1;
    c.m_string = m_depth ? first.m_string + QLatin1Char(',') + m_string : first.m_string;
    c.m_key = m_depth ? first.m_key + QLatin1Char(',') + m_key : first.m_key;
    return c;
}

Dn Dn::withRdn(const Rdn &rdn) const {
    if (m_depth == 0)
        return Dn();
    return parent().child(rdn);
}

Dn Dn::rebased(const Dn &oldBase, const Dn &newBase) const {
    if (!isDescendantOrSelf(oldBase))
        return *this;
    QList<Rdn> own = rdns().mid(0, m_depth - oldBase.depth());
    own.append(newBase.rdns());
    return fromRdns(own);
}

bool Dn::isDescendantOrSelf(const Dn &ancestor) const {
    if (!m_valid || !ancestor.m_valid || ancestor.m_depth > m_depth)
        return false;
    if (ancestor.m_depth == 0)
        return true;
    if (ancestor.m_depth == m_depth)
        return m_key == ancestor.m_key;
    // Keys are serialized with every comma inside a value escaped, so a suffix match at a comma is
    // an ancestor match.
    return m_key.size() > ancestor.m_key.size() && m_key.endsWith(ancestor.m_key) &&
           m_key.at(m_key.size() - ancestor.m_key.size() - 1) == QLatin1Char(',');
}

bool Dn::isDescendantOf(const Dn &ancestor) const {
    return m_depth > ancestor.m_depth && isDescendantOrSelf(ancestor);
}

QString escapeDnValue(const QString &value) {
    const QString rdn = serialize({Rdn{QStringLiteral("x"), value}}, 0);
    return rdn.mid(2);
}

} // namespace directory
