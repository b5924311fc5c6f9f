#pragma once

// Reads LDIF content records (RFC 2849: dn, attribute: value, base64 after "::", folded lines,
// comments) into entries: the demo organization and the Active Directory schema file are read
// this way before they are written over LDAP.

#include "Entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace directory {

class LdifReader {
    Q_DECLARE_TR_FUNCTIONS(directory::LdifReader)
public:
    // The entries in `text`, in order; on a malformed line, none, with the reason in *error.
    static QList<Entry> parse(const QByteArray &text, QString *error = nullptr);
    // The same for a file (a Qt resource path such as :/demo/demo-org.ldif works too).
    static QList<Entry> readFile(const QString &path, QString *error = nullptr);
};

} // namespace directory
