#pragma once

// A Postfix queue ID, checked against the characters Postfix names queue files with before it is
// used in any command: nothing read from a queue listing reaches a command line or a remote shell
// unless Postfix itself could have written it.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace queues {

class QueueId {
    Q_DECLARE_TR_FUNCTIONS(queues::QueueId)
public:
    // Short IDs are upper-case hex digits, long IDs (enable_long_queue_ids) letters and digits
    // without vowels plus the "z" separator: both fit in ASCII letters and digits.
    static constexpr int MaxLength = 32;

    static bool isValid(QStringView id);
    // The reason an ID is refused, or "" when it is fine.
    static QString validate(QStringView id);
    // Splits `ids` into valid ones (kept in order, without duplicates) and refused ones.
    static QStringList valid(const QStringList &ids, QStringList *refused = nullptr);
};

} // namespace queues
