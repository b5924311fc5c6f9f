#pragma once

// Builds LDAP search filters (RFC 4515) from attribute names and raw values; every value is escaped.

#include <QString>
#include <QStringList>

namespace directory::filter {

// Escapes a raw value for use inside a filter: * ( ) \ NUL and non-ASCII bytes become \XX.
QString escapeValue(const QString &value);

QString equals(const QString &attribute, const QString &value);
// The same for a value that may be binary (an octet string): every byte outside plain ASCII
// letters and digits is written as \xx.
QString equalsBytes(const QString &attribute, const QByteArray &value);
QString present(const QString &attribute);
QString all(const QStringList &filters); // (&…); one filter is returned as is
QString any(const QStringList &filters); // (|…)
QString negate(const QString &filter);   // (!…)
QString objectClass(const QString &cls); // (objectClass=cls)

} // namespace directory::filter
