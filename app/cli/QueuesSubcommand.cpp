#include "QueuesSubcommand.h"

#include "MessageListModel.h"
#include "PostfixSource.h"
#include "QueueId.h"
#include "QueueListModel.h"
#include "QueueMonitor.h"
#include "QueueReport.h"
#include "SubjectSearch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace cli {

namespace {

struct ActionOption {
    const char *name;
    queues::MessageAction action;
};

const ActionOption ActionOptions[] = {
    {"freeze", queues::MessageAction::Freeze}, {"unfreeze", queues::MessageAction::Unfreeze},
    {"delete", queues::MessageAction::Delete}, {"delete-ndr", queues::MessageAction::DeleteWithNdr},
    {"retry", queues::MessageAction::Retry},
};

} // namespace

QueuesSubcommand::QueuesSubcommand(QObject *parent)
    : Subcommand(parent) {}

QueuesSubcommand::~QueuesSubcommand() = default;

QString QueuesSubcommand::description() const {
    return tr(
        "List a Postfix instance's queues and messages, or freeze, unfreeze, delete or retry messages.");
}

void QueuesSubcommand::addOptions(QCommandLineParser &parser) {
    parser.addOption({QStringLiteral("postfix-config"),
                      tr("The instance's configuration directory on this machine (default /etc/postfix)."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("postfix-command"),
                      tr("Run Postfix's tools through this command, e.g. \"ssh root@gw1\" or \"sudo\"."),
                      tr("PREFIX")});
    parser.addOption(
        {QStringLiteral("sender"), tr("Only messages whose sender contains this text."), tr("TEXT")});
    parser.addOption({QStringLiteral("recipient"), tr("Only messages with a recipient containing this text."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("subject"),
                      tr("Only messages whose subject contains this text (reads their headers)."),
                      tr("TEXT")});
    parser.addOption({QStringLiteral("state"),
                      tr("Only messages in this state: all, active, ready, retry, frozen."), tr("STATE"),
                      QStringLiteral("all")});
    parser.addOption({QStringLiteral("limit"), tr("List at most this many messages, oldest first (0: all)."),
                      tr("N"), QStringLiteral("100")});
    parser.addOption(
        {QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"), QStringLiteral("text")});
    const QString ids = tr("IDS");
    parser.addOption({QStringLiteral("freeze"),
                      tr("Freeze (hold) these messages: queue IDs, comma-separated, "
                         "or \"-\" to read them from standard input."),
                      ids});
    parser.addOption({QStringLiteral("unfreeze"), tr("Unfreeze (release) these messages."), ids});
    parser.addOption({QStringLiteral("delete"), tr("Delete these messages without an NDR."), ids});
    parser.addOption({QStringLiteral("delete-ndr"),
                      tr("Delete these messages, returning each to its sender (NDR)."), ids});
    parser.addOption({QStringLiteral("retry"), tr("Try to deliver these messages now."), ids});
}

QStringList QueuesSubcommand::readIds(const QStringList &values, QString *error) const {
    QStringList ids;
    for (const QString &value : values) {
        if (value == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                *error = tr("Standard input cannot be read.");
                return {};
            }
            ids += QString::fromUtf8(in.readAll())
                       .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            continue;
        }
        ids += value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    }
    return ids;
}

void QueuesSubcommand::start(const QCommandLineParser &parser) {
    QString error;
    const std::optional<queues::PostfixInstance> instance =
        queues::PostfixInstance::create(parser.value(QStringLiteral("postfix-config")),
                                        parser.value(QStringLiteral("postfix-command")), &error);
    if (!instance) {
        refuse(error);
        return;
    }
    if (!parser.isSet(QStringLiteral("postfix-config")) && !parser.isSet(QStringLiteral("postfix-command"))) {
        refuse(tr("Say which Postfix to read: --postfix-config DIR, or --postfix-command PREFIX."));
        return;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        refuse(tr("--format is text or json, not \"%1\".").arg(format));
        return;
    }
    m_json = format == QLatin1String("json");
    const std::optional<queues::MessageFilter::State> state =
        queues::MessageFilter::stateFromName(parser.value(QStringLiteral("state")));
    if (!state) {
        refuse(tr("--state is all, active, ready, retry or frozen, not \"%1\".")
                   .arg(parser.value(QStringLiteral("state"))));
        return;
    }
    bool ok = false;
    m_limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || m_limit < 0) {
        refuse(tr("--limit needs a number of messages (0 for all)."));
        return;
    }
    m_filter.sender = parser.value(QStringLiteral("sender"));
    m_filter.recipient = parser.value(QStringLiteral("recipient"));
    m_filter.state = *state;
    m_subject = parser.value(QStringLiteral("subject"));
    for (const ActionOption &a : ActionOptions) {
        if (!parser.isSet(QString::fromLatin1(a.name)))
            continue;
        if (m_hasAction) {
            refuse(tr("Give one action at a time."));
            return;
        }
        m_hasAction = true;
        m_action = a.action;
        m_ids = readIds(parser.values(QString::fromLatin1(a.name)), &error);
        if (!error.isEmpty()) {
            cannotRun(error);
            return;
        }
    }
    m_monitor = std::make_unique<queues::QueueMonitor>(std::make_unique<queues::PostfixSource>(*instance));
    if (m_hasAction) {
        QStringList refused;
        queues::QueueId::valid(m_ids, &refused);
        if (m_ids.isEmpty()) {
            refuse(tr("No queue IDs given."));
            return;
        }
        if (!refused.isEmpty()) {
            // Nothing is done when any ID is malformed: a typo must not act on half the list.
            for (const QString &id : refused)
                err() << QStringLiteral("bridgehead: ") << queues::QueueId::validate(id) << Qt::endl;
            refuse(tr("Nothing was done."));
            return;
        }
        runAction();
        return;
    }
    list();
}

void QueuesSubcommand::runAction() {
    queues::ActionReply *reply = m_monitor->source()->act(m_action, m_ids);
    connect(reply, &queues::ActionReply::finished, this, [this, reply] {
        const queues::ActionResult &r = reply->result();
        if (m_json) {
            out() << QJsonDocument(
                         QJsonObject{{QStringLiteral("action"), queues::ActionResult::actionName(r.action)},
                                     {QStringLiteral("done"), QJsonArray::fromStringList(r.done)},
                                     {QStringLiteral("notDone"), QJsonArray::fromStringList(r.notDone)},
                                     {QStringLiteral("error"), r.error}})
                         .toJson(QJsonDocument::Indented);
        } else {
            for (const QString &id : r.done)
                out() << id << QStringLiteral(": ") << queues::ActionResult::doneText(r.action, 1)
                      << Qt::endl;
            for (const QString &id : r.notDone)
                out() << id << QStringLiteral(": ")
                      << tr("not acted on (already delivered, gone, or not in a state this applies to)")
                      << Qt::endl;
        }
        for (const QString &w : r.warnings)
            err() << QStringLiteral("bridgehead: ") << w << Qt::endl;
        if (!r.error.isEmpty()) {
            err() << QStringLiteral("bridgehead: ") << r.error << Qt::endl;
            // Postfix did not run at all (ssh failed, no rights): that is "could not run".
            finish(r.done.isEmpty() ? CannotRun : Refused);
            return;
        }
        finish(r.notDone.isEmpty() ? Success : Refused);
    });
}

void QueuesSubcommand::list() {
    m_queues = std::make_unique<queues::QueueListModel>(m_monitor->store());
    m_messages = std::make_unique<queues::MessageListModel>(m_monitor->store());
    connect(
        m_monitor.get(), &queues::QueueMonitor::refreshFinished, this,
        [this](const queues::ListingResult &r) {
            if (!r.ok) {
                cannotRun(r.error);
                return;
            }
            for (const QString &note : r.notes)
                err() << QStringLiteral("bridgehead: ") << note << Qt::endl;
            m_queues->setNextHops(m_monitor->source()->nextHops());
            m_queues->setRetrySchedule(m_monitor->source()->retrySchedule());
            m_filter.nextHops = m_monitor->source()->nextHops();
            if (m_subject.isEmpty()) {
                m_messages->setQuery(m_filter, m_limit);
                report();
                return;
            }
            // The subject is in the headers: look into the candidates, oldest first.
            m_messages->setQuery(m_filter, 0);
            QList<queues::MessagePtr> candidates;
            for (int row = 0; row < m_messages->rowCount(); ++row)
                candidates << m_messages->messageAt(row);
            m_search = std::make_unique<queues::SubjectSearch>(m_monitor->source(), m_monitor->subjects());
            connect(m_search.get(), &queues::SubjectSearch::finished, this,
                    [this](bool, const QString &error) {
                        if (!error.isEmpty()) {
                            cannotRun(error);
                            return;
                        }
                        const QStringList found = m_search->matches();
                        m_messages->setQuery(m_filter, m_limit, QSet<QString>(found.begin(), found.end()));
                        report();
                    });
            m_search->start(candidates, m_subject, m_limit);
        });
    m_monitor->refresh();
}

void QueuesSubcommand::report() {
    const queues::QueueReport report(m_queues.get(), m_messages.get(), m_monitor->source()->nextHops());
    if (m_json)
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << report.toText();
    finish(Success);
}

} // namespace cli
