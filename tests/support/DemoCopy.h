#pragma once

// The demo organization copied under DC=<tag>,DC=example,DC=com: each test case gets an
// organization of its own in one private slapd, to change as it likes without disturbing the
// others, in any order.

#include "DirectoryFixture.h"

#include <QString>

namespace testsupport {

class DemoCopy {
public:
    // "DC=<tag>,DC=example,DC=com"
    static QString base(const QString &tag);
    // The organization's DN in the copy.
    static QString org(const QString &tag);
    // The demo LDIF with every DN moved under base(tag), its own suffix entry first.
    static QString ldif(const QString &tag);
    // Adds the copy to the directory, then applies `changes` (LDIF change records in which "{O}"
    // stands for org(tag)); false with a warning on failure.
    static bool add(DirectoryFixture &directory, const QString &tag, const QString &changes = QString());
};

} // namespace testsupport
