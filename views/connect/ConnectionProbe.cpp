#include "ConnectionProbe.h"

#include "Connection.h"
#include "DirectoryReply.h"

namespace connectui {

using directory::DirectoryReply;

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent) {}

ConnectionProbe::~ConnectionProbe() {
    cancel();
}

directory::Connection *ConnectionProbe::begin(const directory::ConnectionSettings &settings) {
    cancel();
    // No parent: release() decides when it may go (see there).
    m_connection = new directory::Connection;
    m_connection->setSettings(settings);
    return m_connection;
}

void ConnectionProbe::track(DirectoryReply *reply, std::function<void(DirectoryReply *)> handler) {
    m_reply = reply;
    reply->then(this, [this, generation = m_generation, handler](DirectoryReply *finished) {
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        handler(finished);
    });
}

void ConnectionProbe::testConnection(const directory::ConnectionSettings &settings) {
    directory::Connection *connection = begin(settings);
    track(connection->open(), [this, settings](DirectoryReply *opened) {
        if (!opened->result().ok()) {
            release();
            Q_EMIT testFailed(opened->result().text());
            return;
        }
        const QString identity = opened->value();
        if (settings.baseDn.trimmed().isEmpty()) {
            release();
            Q_EMIT testSucceeded(identity);
            return;
        }
        track(m_connection->searchBase(settings.baseDn.trimmed(), {QStringLiteral("1.1")}),
              [this, identity, settings](DirectoryReply *base) {
                  release();
                  if (base->result().ok() && base->entryCount() > 0) {
                      Q_EMIT testSucceeded(identity);
                      return;
                  }
                  const QString reason =
                      base->result().ok() ? tr("the server returned no entry") : base->result().text();
                  Q_EMIT testFailed(tr("Connected as %1, but the base DN %2 cannot be read: %3")
                                        .arg(identity, settings.baseDn.trimmed(), reason));
              });
    });
}

void ConnectionProbe::discoverBaseDn(const directory::ConnectionSettings &settings) {
    directory::Connection *connection = begin(settings);
    track(connection->readRootDse(), [this](DirectoryReply *dse) {
        release();
        if (!dse->result().ok()) {
            Q_EMIT discoveryFailed(dse->result().text());
            return;
        }
        QStringList contexts;
        QString preferred;
        if (!dse->entries().isEmpty()) {
            const directory::Entry &root = dse->entries().first();
            preferred = root.string(QStringLiteral("configurationNamingContext"));
            if (!preferred.isEmpty())
                contexts << preferred;
            for (const QString &context : root.strings(QStringLiteral("namingContexts"))) {
                if (!context.isEmpty() && !contexts.contains(context, Qt::CaseInsensitive))
                    contexts << context;
            }
        }
        if (contexts.isEmpty()) {
            Q_EMIT discoveryFailed(tr("The server does not name a base DN in its root DSE; enter one."));
            return;
        }
        Q_EMIT discovered(contexts, preferred.isEmpty() ? contexts.first() : preferred);
    });
}

void ConnectionProbe::cancel() {
    if (!m_connection)
        return;
    ++m_generation;
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
    release();
}

void ConnectionProbe::release() {
    directory::Connection *connection = m_connection;
    m_connection = nullptr;
    if (!connection)
        return;
    // Destroying a Connection waits for its worker thread, which may still be inside a blocking
    // connect or bind; so it goes only once its last reply has finished.
    DirectoryReply *pending = m_reply;
    m_reply = nullptr;
    if (pending && !pending->isFinished())
        QObject::connect(pending, &DirectoryReply::finished, connection, &QObject::deleteLater);
    else
        connection->deleteLater();
}

} // namespace connectui
