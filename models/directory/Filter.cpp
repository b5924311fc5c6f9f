#include "Filter.h"

#include <ldap.h>

namespace directory::filter {

QString escapeValue(const QString &value) {
    if (value.isEmpty())
        return QString(); // libldap returns a null berval for empty input
    const QByteArray utf8 = value.toUtf8();
    berval in;
    in.bv_val = const_cast<char *>(utf8.constData());
    in.bv_len = ber_len_t(utf8.size());
    berval out{0, nullptr};
    if (ldap_bv2escaped_filter_value(&in, &out) != 0 || !out.bv_val)
        return QString();
    const QString escaped = QString::fromLatin1(out.bv_val, qsizetype(out.bv_len));
    ber_memfree(out.bv_val);
    return escaped;
}

QString equals(const QString &attribute, const QString &value) {
    return QLatin1Char('(') + attribute + QLatin1Char('=') + escapeValue(value) + QLatin1Char(')');
}

QString equalsBytes(const QString &attribute, const QByteArray &value) {
    QString escaped;
    escaped.reserve(value.size() * 3);
    for (const char byte : value) {
        const auto c = quint8(byte);
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            escaped += QLatin1Char(char(c));
        else
            escaped += QStringLiteral("\\%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return QLatin1Char('(') + attribute + QLatin1Char('=') + escaped + QLatin1Char(')');
}

QString present(const QString &attribute) {
    return QLatin1Char('(') + attribute + QLatin1String("=*)");
}

static QString combine(QChar op, const QStringList &filters) {
    if (filters.size() == 1)
        return filters.first();
    return QLatin1Char('(') + op + filters.join(QString()) + QLatin1Char(')');
}

QString all(const QStringList &filters) {
    return combine(QLatin1Char('&'), filters);
}
QString any(const QStringList &filters) {
    return combine(QLatin1Char('|'), filters);
}
QString negate(const QString &filter) {
    return QLatin1String("(!") + filter + QLatin1Char(')');
}
QString objectClass(const QString &cls) {
    return equals(QStringLiteral("objectClass"), cls);
}

} // namespace directory::filter
