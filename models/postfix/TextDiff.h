#pragma once

// The difference between two versions of a text file, line by line, in unified diff form
// ("--- a", "+++ b", "@@ -1,3 +1,4 @@" hunks with three lines of context), as an administrator
// reads it before changing a server's configuration. Files here are small; a plain longest
// common subsequence is enough.

#include <QString>
#include <QStringList>

namespace postfix {

class TextDiff {
public:
    // Empty when the texts are the same.
    static QString unified(const QString &before, const QString &after, const QString &beforeName,
                           const QString &afterName, int context = 3);
};

} // namespace postfix
