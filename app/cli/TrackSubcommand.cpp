#include "TrackSubcommand.h"

#include "FileLogSource.h"
#include "InstanceLogSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

using Kind = tracking::TrackQuery::Kind;

const QList<std::pair<QString, Kind>> QueryOptions{
    {QStringLiteral("queue-id"), Kind::QueueId},
    {QStringLiteral("sender"), Kind::Sender},
    {QStringLiteral("recipient"), Kind::Recipient},
    {QStringLiteral("token"), Kind::Token},
};

} // namespace

QString TrackSubcommand::description() const {
    return tr("Follow a message through the Postfix logs of the servers it went through.");
}

void TrackSubcommand::addOptions(QCommandLineParser &parser) {
    parser.addOptions({
        QCommandLineOption(QStringLiteral("log"),
                           tr("A server's Postfix log (maillog_file, or the journal's output), as "
                              "SERVER=FILE; repeat for the servers mail goes on to. The first is "
                              "where to look."),
                           tr("SERVER=FILE")),
        QCommandLineOption(QStringLiteral("postfix"),
                           tr("Read a server's log where its Postfix runs, from the instance with this "
                              "configuration directory (its maillog_file, or the journal), as "
                              "SERVER=DIR; repeatable, like --log."),
                           tr("SERVER=DIR")),
        QCommandLineOption(QStringLiteral("postfix-command"),
                           tr("Reach the --postfix instances through this command, e.g. \"ssh root@gw1\" "
                              "or \"sudo\"."),
                           tr("PREFIX")),
        QCommandLineOption(QStringLiteral("queue-id"), tr("Look for this queue ID."), tr("ID")),
        QCommandLineOption(QStringLiteral("sender"), tr("Look for messages from this address."),
                           tr("ADDRESS")),
        QCommandLineOption(QStringLiteral("recipient"), tr("Look for messages to this address."),
                           tr("ADDRESS")),
        QCommandLineOption(QStringLiteral("token"), tr("Look for the test message with this token."),
                           tr("TOKEN")),
        QCommandLineOption(QStringLiteral("format"), tr("Output: text (default) or json."), tr("FORMAT"),
                           QStringLiteral("text")),
    });
}

void TrackSubcommand::start(const QCommandLineParser &parser) {
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        refuse(tr("--format is text or json, not %1.").arg(format));
        return;
    }
    m_json = format == QLatin1String("json");
    std::optional<tracking::TrackQuery> query;
    int given = 0;
    for (const auto &[option, kind] : QueryOptions) {
        if (!parser.isSet(option))
            continue;
        ++given;
        QString error;
        query = tracking::TrackQuery::create(kind, parser.value(option), &error);
        if (!query) {
            refuse(QStringLiteral("--%1: %2").arg(option, error));
            return;
        }
    }
    if (given != 1) {
        refuse(tr("Say what to look for with one of --queue-id, --sender, --recipient or --token."));
        return;
    }
    // The logs in the order given, --log and --postfix alike: the first is where to look.
    const QStringList args = parser.optionNames();
    QStringList logs = parser.values(QStringLiteral("log"));
    QStringList instances = parser.values(QStringLiteral("postfix"));
    if (logs.isEmpty() && instances.isEmpty()) {
        refuse(tr("Say which log to read with --log SERVER=FILE or --postfix SERVER=DIR."));
        return;
    }
    const QString prefix = parser.value(QStringLiteral("postfix-command"));
    for (const QString &name : args) {
        const bool isLog = name == QLatin1String("log");
        if (!isLog && name != QLatin1String("postfix"))
            continue;
        const QString value = isLog ? logs.takeFirst() : instances.takeFirst();
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == value.size() - 1) {
            refuse(isLog ? tr("--log takes SERVER=FILE, not %1.").arg(value)
                         : tr("--postfix takes SERVER=DIR, not %1.").arg(value));
            return;
        }
        const QString server = value.left(equals);
        if (isLog) {
            m_sources.append(new tracking::FileLogSource(server, value.mid(equals + 1), this));
            continue;
        }
        QString error;
        const std::optional<queues::PostfixInstance> instance =
            queues::PostfixInstance::create(value.mid(equals + 1), prefix, &error);
        if (!instance) {
            refuse(QStringLiteral("--postfix %1: %2").arg(value, error));
            return;
        }
        m_sources.append(new tracking::InstanceLogSource(server, *instance, this));
    }
    connect(&m_run, &tracking::TrackingRun::finished, this, &TrackSubcommand::onFinished);
    m_run.start(m_sources, 0, *query);
}

void TrackSubcommand::onFinished(const tracking::TrackingRun::Result &result) {
    for (const QString &problem : result.problems)
        err() << problem << '\n';
    // Without the first server's log there is nothing to follow.
    const QString first = m_sources.first()->serverName() + QLatin1Char(':');
    for (const QString &problem : result.problems)
        if (problem.startsWith(first)) {
            finish(CannotRun);
            return;
        }
    if (m_json) {
        QJsonArray messages;
        for (const tracking::TrackedMessage &m : result.messages) {
            QJsonArray events;
            for (const tracking::MessageEvent &e : m.timeline())
                events.append(QJsonObject{{QStringLiteral("time"), e.time.toString(Qt::ISODate)},
                                          {QStringLiteral("server"), e.server},
                                          {QStringLiteral("queueId"), e.queueId},
                                          {QStringLiteral("what"), e.describe()}});
            const tracking::MessageTrack &at = m.hops.first();
            messages.append(
                QJsonObject{{QStringLiteral("server"), at.server},
                            {QStringLiteral("queueId"), at.queueId},
                            {QStringLiteral("sender"), at.sender},
                            {QStringLiteral("recipients"), QJsonArray::fromStringList(at.recipients())},
                            {QStringLiteral("outcome"), m.outcome()},
                            {QStringLiteral("events"), events}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages}})
                     .toJson(QJsonDocument::Indented);
        finish(Success);
        return;
    }
    if (result.messages.isEmpty())
        out() << tr("No message found (%n log line(s) read).", nullptr, result.linesRead) << '\n';
    for (const tracking::TrackedMessage &m : result.messages) {
        const tracking::MessageTrack &at = m.hops.first();
        out() << tr("%1 on %2, from %3 to %4: %5")
                     .arg(at.queueId, at.server, at.sender, at.recipients().join(QLatin1String(", ")),
                          m.outcome())
              << '\n';
        for (const tracking::MessageEvent &e : m.timeline())
            out() << QStringLiteral("  %1  %2  %3  %4\n")
                         .arg(e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.server, e.queueId,
                              e.describe());
    }
    finish(Success);
}

} // namespace cli
