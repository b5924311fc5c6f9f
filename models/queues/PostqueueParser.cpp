#include "PostqueueParser.h"

#include "QueueId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace queues {

namespace {

// Reasons repeat across messages; interning more than this many distinct ones would only grow
// the table for texts that do not repeat.
constexpr qsizetype MaxInterned = 4096;

} // namespace

QList<QueuedMessage> PostqueueParser::feed(const QByteArray &chunk) {
    QList<QueuedMessage> out;
    qsizetype from = 0;
    if (!m_rest.isEmpty()) {
        const qsizetype nl = chunk.indexOf('\n');
        if (nl < 0) {
            m_rest += chunk;
            return out;
        }
        m_rest += chunk.left(nl);
        parseLine(m_rest.constData(), m_rest.size(), out);
        m_rest.clear();
        from = nl + 1;
    }
    while (from < chunk.size()) {
        const qsizetype nl = chunk.indexOf('\n', from);
        if (nl < 0) {
            m_rest = chunk.mid(from);
            break;
        }
        parseLine(chunk.constData() + from, nl - from, out);
        from = nl + 1;
    }
    return out;
}

QList<QueuedMessage> PostqueueParser::finish() {
    QList<QueuedMessage> out;
    if (!m_rest.isEmpty()) {
        parseLine(m_rest.constData(), m_rest.size(), out);
        m_rest.clear();
    }
    return out;
}

void PostqueueParser::parseLine(const char *data, qsizetype size, QList<QueuedMessage> &out) {
    ++m_line;
    while (size > 0 && (data[size - 1] == '\r' || data[size - 1] == ' '))
        --size;
    if (size == 0)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        bad(error.error != QJsonParseError::NoError ? error.errorString() : tr("not a JSON object"));
        return;
    }
    const QJsonObject o = doc.object();
    QueuedMessage m;
    m.id = o.value(QLatin1String("queue_id")).toString();
    if (!QueueId::isValid(m.id)) {
        bad(tr("no valid queue_id"));
        return;
    }
    m.queue = QueuedMessage::queueFromName(o.value(QLatin1String("queue_name")).toString());
    m.arrival = o.value(QLatin1String("arrival_time")).toInteger();
    m.size = o.value(QLatin1String("message_size")).toInteger();
    m.forcedExpire = o.value(QLatin1String("forced_expire")).toBool();
    m.sender = o.value(QLatin1String("sender")).toString();
    const QJsonArray recipients = o.value(QLatin1String("recipients")).toArray();
    m.recipients.reserve(recipients.size());
    for (const QJsonValue &v : recipients) {
        const QJsonObject r = v.toObject();
        QueuedRecipient recipient;
        recipient.address = r.value(QLatin1String("address")).toString();
        recipient.reason = intern(r.value(QLatin1String("delay_reason")).toString());
        m.recipients.append(std::move(recipient));
    }
    ++m_messages;
    out.append(std::move(m));
}

void PostqueueParser::bad(const QString &why) {
    ++m_badLines;
    if (m_firstError.isEmpty())
        m_firstError = tr("line %1: %2").arg(m_line).arg(why);
}

QString PostqueueParser::intern(const QString &text) {
    if (text.isEmpty())
        return text;
    const auto it = m_texts.constFind(text);
    if (it != m_texts.constEnd())
        return it.value();
    if (m_texts.size() < MaxInterned)
        m_texts.insert(text, text);
    return text;
}

} // namespace queues
