#pragma once

// Reads `postqueue -j` output as it arrives: one JSON object per line (JSON Lines), fed in chunks
// of any size. Complete lines become QueuedMessages; members it does not know are ignored, as the
// postqueue manual asks of readers. Repeated texts (delay reasons) are shared, not copied, so
// 100,000 messages deferred for the same reason hold that reason once.

#include "QueuedMessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace queues {

class PostqueueParser {
    Q_DECLARE_TR_FUNCTIONS(queues::PostqueueParser)
public:
    // Parses the complete lines in `chunk` (and any line left over from the chunk before).
    QList<QueuedMessage> feed(const QByteArray &chunk);
    // The end of the output: parses a last line that has no newline.
    QList<QueuedMessage> finish();

    int messageCount() const { return m_messages; }
    int badLineCount() const { return m_badLines; }
    // What was wrong with the first line that could not be read ("" when all were fine).
    QString firstError() const { return m_firstError; }

private:
    void parseLine(const char *data, qsizetype size, QList<QueuedMessage> &out);
    void bad(const QString &why);
    QString intern(const QString &text);

    QByteArray m_rest;
    QHash<QString, QString> m_texts;
    int m_line = 0;
    int m_messages = 0;
    int m_badLines = 0;
    QString m_firstError;
};

} // namespace queues
