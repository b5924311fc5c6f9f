#pragma once

// The Postfix behind each server of the console's organization: the server's queue source (saved
// per connection profile, or for this session), and for the demo organization the private
// instances of its gateways, which are their queue sources while they run. What Apply to Mail
// Server, Track Message and Send Test Message reach a server's Postfix through.

#include "DemoMailServers.h"
#include "PostfixConfigGenerator.h"
#include "PostfixInstance.h"

#include <QCoreApplication>
#include <QObject>

namespace queues {
class QueueSourceSettings;
}
namespace topology {
class Topology;
}
namespace tracking {
class LogSource;
}

class MailServers : public QObject {
    Q_OBJECT
public:
    MailServers(queues::QueueSourceSettings *sources, const topology::Topology *topology, QObject *parent = nullptr);
    ~MailServers() override;

    postfix::DemoMailServers *demo() const { return m_demo; }
    // Starts the demo's instances once its organization has loaded (when this machine can run them).
    void startDemo();
    void stopDemo();

    // The server's Postfix, and how its configuration is generated there (the demo's instances
    // listen on loopback ports). Null, with the reason in *missing, when the server has no queue
    // source.
    queues::PostfixInstance instanceOf(const directory::Dn &server,
                                       postfix::PostfixConfigGenerator::Options *options, QString *missing) const;
    // The logs tracking reads when it starts on `server`: that server's first, then those of every
    // other server whose Postfix is known (where mail may go on to), owned by `owner`. Empty, with
    // the reason in *missing, when the server's Postfix is not known.
    QList<tracking::LogSource *> logSourcesFor(const directory::Dn &server, QObject *owner, QString *missing) const;

Q_SIGNALS:
    void demoServerFailed(const directory::Dn &server, const QString &message);

private:
    queues::QueueSourceSettings *m_sources;
    const topology::Topology *m_topology;
    postfix::DemoMailServers *m_demo;
};
