#include "PostfixSource.h"

#include "CommandRun.h"
#include "PostqueueListing.h"
#include "PostsuperOutput.h"
#include "QueueId.h"

#include <QCoreApplication>
#include <QPointer>

namespace queues {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(queues::PostfixSource)
};

QByteArray idLines(const QStringList &ids) {
    QByteArray out;
    for (const QString &id : ids)
        out += id.toLatin1() + '\n';
    return out;
}

} // namespace

PostfixSource::PostfixSource(const PostfixInstance &instance, QObject *parent)
    : MessageQueueSource(parent)
    , m_instance(instance)
    , m_listing(new PostqueueListing) {
    qRegisterMetaType<QueueDelta>();
    qRegisterMetaType<ListingResult>();
    m_thread.setObjectName(QStringLiteral("postqueue"));
    m_listing->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listing, &QObject::deleteLater);
    connect(m_listing, &PostqueueListing::delta, this, &MessageQueueSource::delta);
    connect(m_listing, &PostqueueListing::finished, this, &PostfixSource::onListingFinished);
    m_thread.start();
}

PostfixSource::~PostfixSource() {
    // The worker kills a running postqueue as it is destroyed, on its own thread.
    m_thread.quit();
    m_thread.wait();
}

RetrySchedule PostfixSource::retrySchedule() const {
    return RetrySchedule(m_settings.minimalBackoff, m_settings.maximalBackoff,
                         m_settings.maximalQueueLifetime);
}

PostfixInstance::Command PostfixSource::listCommand() const {
    return m_instance.command(QStringLiteral("postqueue"), {QStringLiteral("-j")});
}

void PostfixSource::refresh() {
    if (m_refreshing)
        return;
    m_refreshing = true;
    Q_EMIT refreshStarted();
    // The relay host decides how messages group into queues, so the first listing waits for it;
    // later ones read it alongside.
    readSettings();
    if (m_haveSettings)
        startListing();
}

void PostfixSource::readSettings() {
    if (m_postconf)
        return;
    m_postconf = new CommandRun(this);
    connect(m_postconf, &CommandRun::finished, this, [this] {
        CommandRun *run = m_postconf;
        m_postconf = nullptr;
        run->deleteLater();
        const bool first = !m_haveSettings;
        if (!run->succeeded()) {
            // Without settings the listing still runs: it fails with the same reason, said once.
            if (first && m_refreshing && !m_listingRuns)
                startListing();
            return;
        }
        const PostfixSettings read = PostfixSettings::fromPostconf(QString::fromUtf8(run->standardOutput()));
        if (read.enumerableTransportMaps().isEmpty())
            settingsRead(read, NextHops(read.relayHost), first);
        else
            readTransportMaps(read, first);
    });
    // -x: "hash:$config_directory/…" as the path it is.
    m_postconf->start(m_instance.command(QStringLiteral("postconf"),
                                         QStringList{QStringLiteral("-x")} + PostfixSettings::parameterNames()));
}

void PostfixSource::readTransportMaps(const PostfixSettings &read, bool first) {
    m_postconf = new CommandRun(this);
    connect(m_postconf, &CommandRun::finished, this, [this, read, first] {
        CommandRun *run = m_postconf;
        m_postconf = nullptr;
        run->deleteLater();
        // A map that cannot be read leaves the grouping by relay host and domain, as without one.
        settingsRead(read,
                     run->succeeded()
                         ? NextHops::withTransport(read.relayHost, QString::fromUtf8(run->standardOutput()))
                         : NextHops(read.relayHost),
                     first);
    });
    m_postconf->start(m_instance.command(QStringLiteral("postmap"),
                                         QStringList{QStringLiteral("-s")} + read.enumerableTransportMaps()));
}

void PostfixSource::settingsRead(const PostfixSettings &read, const NextHops &hops, bool first) {
    m_haveSettings = true;
    if (first || read != m_settings || hops != m_nextHops) {
        m_settings = read;
        m_nextHops = hops;
        Q_EMIT settingsChanged();
    }
    if (first && m_refreshing && !m_listingRuns)
        startListing();
}

void PostfixSource::startListing() {
    m_listingRuns = true;
    const PostfixInstance::Command command = listCommand();
    QMetaObject::invokeMethod(m_listing, [listing = m_listing, command] { listing->start(command); });
}

void PostfixSource::cancelRefresh() {
    if (!m_refreshing)
        return;
    if (m_listingRuns) {
        QMetaObject::invokeMethod(m_listing, [listing = m_listing] { listing->cancel(); });
        return;
    }
    // Still waiting for postconf: nothing has been listed.
    m_refreshing = false;
    ListingResult result;
    result.cancelled = true;
    result.error = Text::tr("The listing was cancelled.");
    Q_EMIT refreshFinished(result);
}

void PostfixSource::onListingFinished(const ListingResult &result) {
    m_listingRuns = false;
    if (!m_refreshing)
        return;
    m_refreshing = false;
    Q_EMIT refreshFinished(result);
}

ActionReply *PostfixSource::act(MessageAction action, const QStringList &ids) {
    auto *reply = new ActionReply(this);
    ActionResult result;
    result.action = action;
    result.requested = QueueId::valid(ids, &result.refused);
    if (result.requested.isEmpty()) {
        QMetaObject::invokeMethod(
            reply, [reply, result] { reply->finish(result); }, Qt::QueuedConnection);
        return reply;
    }
    switch (action) {
    case MessageAction::Freeze:
        runPostsuper(reply, result, QStringLiteral("-h"));
        break;
    case MessageAction::Unfreeze:
        runPostsuper(reply, result, QStringLiteral("-H"));
        break;
    case MessageAction::Delete:
        runPostsuper(reply, result, QStringLiteral("-d"));
        break;
    case MessageAction::DeleteWithNdr:
        // -f is -e (force expiry) that also releases frozen messages, whose NDR would otherwise
        // wait for someone to unfreeze them.
        runPostsuper(reply, result, QStringLiteral("-f"));
        break;
    case MessageAction::Retry:
        runRetry(reply, result, result.requested, false);
        break;
    }
    return reply;
}

void PostfixSource::runPostsuper(ActionReply *reply, ActionResult result, const QString &option) {
    auto *run = new CommandRun(reply);
    const PostfixInstance::Command command =
        m_instance.command(QStringLiteral("postsuper"), {option, QStringLiteral("-")});
    result.command = command.toString();
    connect(run, &CommandRun::finished, reply, [this, reply, run, result]() mutable {
        const PostsuperOutput output = PostsuperOutput::parse(run->standardError());
        output.apply(result);
        if (!run->succeeded() || !output.fatal.isEmpty())
            result.error = run->started() && !output.fatal.isEmpty()
                               ? QStringLiteral("postsuper: fatal: ") + output.fatal
                               : run->errorText();
        if (!result.done.isEmpty())
            Q_EMIT queueChanged();
        // An expired message returns to its sender on its next delivery attempt: make that now, so
        // "Delete (send NDR)" deletes.
        if (result.action == MessageAction::DeleteWithNdr && !result.done.isEmpty() &&
            result.error.isEmpty()) {
            runRetry(reply, result, result.done, true);
            return;
        }
        reply->finish(result);
    });
    run->start(command, idLines(result.requested));
}

void PostfixSource::runRetry(ActionReply *reply, ActionResult result, const QStringList &ids,
                             bool afterExpiry) {
    auto *run = new CommandRun(reply);
    const PostfixInstance::Command command =
        m_instance.forEachLine(QStringLiteral("postqueue"), {QStringLiteral("-i")});
    if (afterExpiry)
        result.command += QStringLiteral("; ") + command.toString();
    else
        result.command = command.toString();
    connect(run, &CommandRun::finished, reply, [this, reply, run, result, afterExpiry]() mutable {
        if (!afterExpiry) {
            // postqueue -i says nothing about IDs it does not find: what was asked counts as done,
            // and the next listing shows what became of each.
            result.done = result.requested;
            if (!run->succeeded())
                result.error = run->errorText();
        } else if (!run->succeeded()) {
            result.warnings
                << Text::tr("The NDRs go out on the next delivery attempt: %1").arg(run->errorText());
        }
        Q_EMIT queueChanged();
        reply->finish(result);
    });
    run->start(command, idLines(ids));
}

ActionReply *PostfixSource::retryAll() {
    auto *reply = new ActionReply(this);
    auto *run = new CommandRun(reply);
    const PostfixInstance::Command command =
        m_instance.command(QStringLiteral("postqueue"), {QStringLiteral("-f")});
    ActionResult result;
    result.action = MessageAction::Retry;
    result.command = command.toString();
    connect(run, &CommandRun::finished, reply, [this, reply, run, result]() mutable {
        if (!run->succeeded())
            result.error = run->errorText();
        Q_EMIT queueChanged();
        reply->finish(result);
    });
    run->start(command);
    return reply;
}

HeaderReply *PostfixSource::fetchHeaders(const QStringList &ids) {
    auto *reply = new HeaderReply(this);
    QStringList refused;
    const QStringList valid = QueueId::valid(ids, &refused);
    reply->setTotal(int(valid.size() + refused.size()));
    if (!refused.isEmpty())
        reply->add({}, refused);
    if (valid.isEmpty()) {
        QMetaObject::invokeMethod(
            reply, [reply] { reply->finish(); }, Qt::QueuedConnection);
        return reply;
    }
    if (valid.size() == 1) {
        // One message: its header as postcat -hq prints it.
        auto *run = new CommandRun(reply);
        connect(reply, &HeaderReply::cancelRequested, run, &CommandRun::cancel);
        connect(run, &CommandRun::finished, reply, [reply, run, id = valid.first()] {
            if (run->cancelled()) {
                reply->finish(run->errorText());
            } else if (run->succeeded()) {
                reply->add({{id, MessageHeaders::fromHeaderBlock(run->standardOutput())}}, {});
                reply->finish();
            } else if (PostcatOutput::missingId(run->standardError()) == id) {
                reply->add({}, {id});
                reply->finish();
            } else {
                reply->finish(run->errorText());
            }
        });
        run->start(m_instance.command(QStringLiteral("postcat"), {QStringLiteral("-hq"), valid.first()}));
        return reply;
    }
    fetchNextBatch(reply, valid);
    return reply;
}

void PostfixSource::fetchNextBatch(HeaderReply *reply, QStringList remaining) {
    if (remaining.isEmpty()) {
        reply->finish();
        return;
    }
    if (reply->isCancelled()) {
        reply->finish(Text::tr("Cancelled."));
        return;
    }
    const QStringList batch = remaining.mid(0, HeaderBatch);
    auto *run = new CommandRun(reply);
    connect(reply, &HeaderReply::cancelRequested, run, &CommandRun::cancel);
    connect(run, &CommandRun::finished, reply, [this, reply, run, batch, remaining]() mutable {
        run->deleteLater();
        if (run->cancelled()) {
            reply->finish(run->errorText());
            return;
        }
        const QHash<QString, MessageHeaders> headers = PostcatOutput::parse(run->standardOutput());
        QStringList missing;
        qsizetype consumed = batch.size();
        if (!run->succeeded()) {
            // postcat stops at the first ID it cannot open: the ones after it are asked again.
            const QString gone = PostcatOutput::missingId(run->standardError());
            const qsizetype at = batch.indexOf(gone);
            if (at < 0) {
                reply->add(headers, {});
                reply->finish(run->errorText());
                return;
            }
            missing << gone;
            consumed = at + 1;
        }
        reply->add(headers, missing);
        remaining = remaining.mid(consumed);
        fetchNextBatch(reply, remaining);
    });
    QStringList args{QStringLiteral("-ehq")};
    args << batch;
    run->start(m_instance.command(QStringLiteral("postcat"), args));
}

} // namespace queues
