#pragma once

// Loads an Exchange organization from LDIF (the demo, or a generated one) into an Active
// Directory domain controller over LDAP, in an order AD accepts: parents first, links only to
// objects that exist (through topology::ActiveDirectoryWrites). What the file holds at or above
// CN=Services is already in every forest and is skipped. A link to an object the file does not
// hold is written as AD would hold it: a server's MTA (the homeMTA of generated connectors) is
// created as Exchange setup creates it; another server (the demo's routing master EXBR2) is
// created, linked to and deleted, so the value names a deleted object, as after a server removal.
// Blocking: for tests and benchmarks.

#include "ConnectionSettings.h"
#include "Entry.h"

namespace testsupport {

class AdOrganizationLoader {
public:
    static bool loadFile(const directory::ConnectionSettings &settings, const QString &path, QString *error,
                         int *written = nullptr);
    static bool load(const directory::ConnectionSettings &settings, const QList<directory::Entry> &entries,
                     QString *error, int *written = nullptr);
};

} // namespace testsupport
