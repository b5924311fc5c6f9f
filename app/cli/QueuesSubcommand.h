#pragma once

// `bridgehead queues`: the queues and messages of a Postfix instance (a config directory here, or a
// command prefix for another machine), filtered like Find Messages, as text or JSON; or one action
// on messages by queue ID (--freeze, --unfreeze, --delete, --delete-ndr, --retry). Exit status 0
// when everything was done, 1 when an action failed for some message (or input was refused), 2
// when it could not run. Reads no directory.

#include "ActionResult.h"
#include "MessageFilter.h"
#include "Subcommand.h"

#include <memory>

namespace queues {
class QueueMonitor;
class QueueListModel;
class MessageListModel;
class SubjectSearch;
} // namespace queues

namespace cli {

class QueuesSubcommand : public Subcommand {
    Q_OBJECT
public:
    explicit QueuesSubcommand(QObject *parent = nullptr);
    ~QueuesSubcommand() override;

    QStringList words() const override { return {QStringLiteral("queues")}; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    void list();
    void report();
    void runAction();
    QStringList readIds(const QStringList &values, QString *error) const;

    std::unique_ptr<queues::QueueMonitor> m_monitor;
    std::unique_ptr<queues::QueueListModel> m_queues;
    std::unique_ptr<queues::MessageListModel> m_messages;
    std::unique_ptr<queues::SubjectSearch> m_search;
    queues::MessageFilter m_filter;
    QString m_subject;
    int m_limit = 100;
    bool m_json = false;
    bool m_hasAction = false;
    queues::MessageAction m_action = queues::MessageAction::Freeze;
    QStringList m_ids;
};

} // namespace cli
