#pragma once

// Reads what postsuper prints on standard error: one line per queue ID it acted on
// ("postsuper: 1053BA724D7: placed on hold"), warnings, a fatal error, and the closing count.
// IDs it does not mention were not acted on: postsuper says nothing about IDs it cannot find.

#include "ActionResult.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace queues {

struct PostsuperOutput {
    QSet<QString> acted;  // IDs with a per-ID line
    QStringList warnings; // "invalid mail queue id: …", without the "postsuper: warning: " prefix
    QString fatal;        // the text after "fatal: ", if any

    static PostsuperOutput parse(const QString &stderrText);
    // Fills result.done / result.notDone from the requested IDs.
    void apply(ActionResult &result) const;
};

} // namespace queues
