#include "QueueReport.h"

#include <QDateTime>
#include <QJsonArray>

namespace queues {

namespace {

QString stateWord(MessageState state) {
    switch (state) {
    case MessageState::Active:
        return QStringLiteral("active");
    case MessageState::Ready:
        return QStringLiteral("ready");
    case MessageState::Retry:
        return QStringLiteral("retry");
    case MessageState::Frozen:
        return QStringLiteral("frozen");
    }
    return QString();
}

// Left-aligned columns, each as wide as its widest cell (the last one is not padded).
QString table(const QStringList &header, const QList<QStringList> &rows) {
    QList<qsizetype> width;
    for (const QString &h : header)
        width << h.size();
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], r.at(c).size());
    QString out;
    const auto line = [&](const QStringList &cells) {
        QString l;
        for (qsizetype c = 0; c < cells.size(); ++c)
            l += c + 1 < cells.size() ? cells.at(c).leftJustified(width[c] + 2) : cells.at(c);
        out += l.trimmed() + QLatin1Char('\n');
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

} // namespace

QueueReport::QueueReport(const QueueListModel *queues, const MessageListModel *messages,
                         const NextHops &nextHops)
    : m_queues(queues)
    , m_messages(messages)
    , m_nextHops(nextHops) {}

QString QueueReport::isoTime(qint64 secondsSinceEpoch) {
    if (secondsSinceEpoch < 0)
        return QString();
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString QueueReport::queueOf(const QueuedMessage &message) const {
    const QList<QueueKey> keys = m_nextHops.keysFor(message);
    return keys.isEmpty() ? QString() : m_queues->queueName(keys.first());
}

QJsonObject QueueReport::toJson() const {
    QJsonArray queues;
    for (int r = 0; r < m_queues->rowCount(); ++r) {
        const QueueKey key = m_queues->keyAt(r);
        const QueueListModel::Stats *s = m_queues->stats(key);
        QJsonObject q{
            {QStringLiteral("name"), m_queues->queueName(key)},
            {QStringLiteral("nextHop"), key.nextHop()},
            {QStringLiteral("state"), stateWord(s->state())},
            {QStringLiteral("messageCount"), s->count},
            {QStringLiteral("sizeBytes"), s->bytes},
            {QStringLiteral("oldest"), s->oldest() < 0 ? QJsonValue() : QJsonValue(isoTime(s->oldest()))},
            {QStringLiteral("lastError"), s->lastError()}};
        const qint64 next = m_queues->nextRetry(key);
        q.insert(QStringLiteral("nextRetry"), next < 0 ? QJsonValue() : QJsonValue(isoTime(next)));
        queues.append(q);
    }
    QJsonArray messages;
    for (int r = 0; r < m_messages->rowCount(); ++r) {
        const QueuedMessage &m = *m_messages->messageAt(r);
        QJsonArray recipients;
        for (const QueuedRecipient &rc : m.recipients)
            recipients.append(rc.address);
        messages.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("queue"), queueOf(m)},
                                    {QStringLiteral("state"), stateWord(m.state())},
                                    {QStringLiteral("sender"), m.sender},
                                    {QStringLiteral("recipients"), recipients},
                                    {QStringLiteral("size"), m.size},
                                    {QStringLiteral("received"), isoTime(m.arrival)},
                                    {QStringLiteral("lastError"), m.lastError()}});
    }
    return QJsonObject{{QStringLiteral("queues"), queues}, {QStringLiteral("messages"), messages}};
}

QString QueueReport::toText() const {
    QList<QStringList> queueRows;
    for (int r = 0; r < m_queues->rowCount(); ++r) {
        const QueueKey key = m_queues->keyAt(r);
        const QueueListModel::Stats *s = m_queues->stats(key);
        queueRows << QStringList{m_queues->queueName(key),
                                 QueuedMessage::stateName(s->state()),
                                 QString::number(s->count),
                                 QString::number((s->bytes + 1023) / 1024),
                                 isoTime(s->oldest()),
                                 isoTime(m_queues->nextRetry(key)),
                                 s->lastError()};
    }
    QString out = table({tr("QUEUE"), tr("STATE"), tr("MESSAGES"), tr("SIZE (KB)"), tr("OLDEST"),
                         tr("NEXT RETRY"), tr("LAST ERROR")},
                        queueRows);
    QList<QStringList> messageRows;
    for (int r = 0; r < m_messages->rowCount(); ++r) {
        const QueuedMessage &m = *m_messages->messageAt(r);
        QStringList to;
        for (const QueuedRecipient &rc : m.recipients)
            to << rc.address;
        messageRows << QStringList{m.id,
                                   QueuedMessage::stateName(m.state()),
                                   m.sender,
                                   to.join(QLatin1Char(',')),
                                   QString::number(m.size),
                                   isoTime(m.arrival),
                                   m.lastError()};
    }
    out += QLatin1Char('\n');
    if (messageRows.isEmpty())
        out += tr("No messages match.") + QLatin1Char('\n');
    else
        out +=
            table({tr("ID"), tr("STATE"), tr("FROM"), tr("TO"), tr("SIZE"), tr("RECEIVED"), tr("LAST ERROR")},
                  messageRows);
    return out;
}

} // namespace queues
