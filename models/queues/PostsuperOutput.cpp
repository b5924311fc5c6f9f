#include "PostsuperOutput.h"

#include "QueueId.h"

namespace queues {

namespace {

// What postsuper prints after the ID, for each action it can take.
bool isPerIdOutcome(QStringView text) {
    return text == u"placed on hold" || text == u"released from hold" || text == u"removed" ||
           text == u"expired" || text == u"requeued";
}

} // namespace

PostsuperOutput PostsuperOutput::parse(const QString &stderrText) {
    PostsuperOutput out;
    for (QString line : stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        // "postsuper: …", or "postsuper[pid]: …" when run with -v or through a wrapper.
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        if (colon < 0)
            continue;
        const QString rest = line.mid(colon + 2);
        if (rest.startsWith(QLatin1String("warning: "))) {
            out.warnings << rest.mid(9);
            continue;
        }
        if (rest.startsWith(QLatin1String("fatal: "))) {
            out.fatal = rest.mid(7);
            continue;
        }
        const qsizetype idEnd = rest.indexOf(QLatin1String(": "));
        if (idEnd <= 0)
            continue;
        const QString id = rest.left(idEnd);
        if (QueueId::isValid(id) && isPerIdOutcome(QStringView(rest).mid(idEnd + 2)))
            out.acted.insert(id);
    }
    return out;
}

void PostsuperOutput::apply(ActionResult &result) const {
    result.done.clear();
    result.notDone.clear();
    for (const QString &id : result.requested)
        (acted.contains(id) ? result.done : result.notDone).append(id);
    result.warnings << warnings;
}

} // namespace queues
