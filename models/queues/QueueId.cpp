#include "QueueId.h"

#include <QSet>

namespace queues {

bool QueueId::isValid(QStringView id) {
    if (id.isEmpty() || id.size() > MaxLength)
        return false;
    // postsuper's word for every message; never a real ID ('L' is no hex digit, 'A' a vowel,
    // which long IDs leave out).
    if (id == u"ALL")
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

QString QueueId::validate(QStringView id) {
    if (id.isEmpty())
        return tr("The queue ID is empty.");
    if (isValid(id))
        return QString();
    return tr("\"%1\" is not a Postfix queue ID: queue IDs have at most %2 letters and digits.")
        .arg(id.left(MaxLength + 8).toString())
        .arg(MaxLength);
}

QStringList QueueId::valid(const QStringList &ids, QStringList *refused) {
    QStringList out;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!isValid(id)) {
            if (refused)
                refused->append(id);
            continue;
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

} // namespace queues
