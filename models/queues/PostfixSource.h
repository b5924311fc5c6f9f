#pragma once

// The queue of one Postfix instance: `postqueue -j` streamed and parsed on a worker thread, the
// actions as postsuper/postqueue runs with the queue IDs on standard input (one process per
// action, never one per message), headers with postcat, and the main.cf parameters the viewer
// needs from postconf. Every command goes through the instance's command prefix.

#include "MessageQueueSource.h"
#include "PostfixInstance.h"
#include "PostfixSettings.h"

#include <QThread>

namespace queues {

class CommandRun;
class PostqueueListing;

class PostfixSource : public MessageQueueSource {
    Q_OBJECT
public:
    // Messages per postcat run when fetching many headers.
    static constexpr int HeaderBatch = 50;

    explicit PostfixSource(const PostfixInstance &instance, QObject *parent = nullptr);
    ~PostfixSource() override;

    const PostfixInstance &instance() const { return m_instance; }
    const PostfixSettings &settings() const { return m_settings; }
    bool hasSettings() const { return m_haveSettings; }

    QString displayName() const override { return m_instance.displayName(); }
    void refresh() override;
    void cancelRefresh() override;
    bool isRefreshing() const override { return m_refreshing; }
    NextHops nextHops() const override { return m_nextHops; }
    QString hostName() const override { return m_settings.hostName; }
    RetrySchedule retrySchedule() const override;
    ActionReply *act(MessageAction action, const QStringList &ids) override;
    ActionReply *retryAll() override;
    HeaderReply *fetchHeaders(const QStringList &ids) override;

    // The command a listing runs (for messages and the command line).
    PostfixInstance::Command listCommand() const;

private:
    void readSettings();
    void readTransportMaps(const PostfixSettings &read, bool first);
    void settingsRead(const PostfixSettings &read, const NextHops &hops, bool first);
    void startListing();
    void onListingFinished(const ListingResult &result);
    void runPostsuper(ActionReply *reply, ActionResult result, const QString &option);
    void runRetry(ActionReply *reply, ActionResult result, const QStringList &ids, bool afterExpiry);
    void fetchNextBatch(HeaderReply *reply, QStringList remaining);

    PostfixInstance m_instance;
    PostfixSettings m_settings;
    NextHops m_nextHops;
    QThread m_thread;
    PostqueueListing *m_listing; // lives on m_thread
    CommandRun *m_postconf = nullptr;
    bool m_haveSettings = false;
    bool m_refreshing = false;
    bool m_listingRuns = false;
};

} // namespace queues
