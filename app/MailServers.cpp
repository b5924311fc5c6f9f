#include "MailServers.h"

#include "DirectoryObject.h"
#include "InstanceLogSource.h"
#include "QueueSourceSettings.h"
#include "Topology.h"

MailServers::MailServers(queues::QueueSourceSettings *sources, const topology::Topology *topology, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_topology(topology)
    , m_demo(new postfix::DemoMailServers(this)) {
    connect(m_demo, &postfix::DemoMailServers::serverStarted, this, [this](const directory::Dn &server) {
        m_sources->setSessionSource(server,
                                    *queues::PostfixInstance::create(m_demo->configDirectory(server), QString()));
    });
    connect(m_demo, &postfix::DemoMailServers::serverStopped, this,
            [this](const directory::Dn &server) { m_sources->setSessionSource(server, {}); });
    connect(m_demo, &postfix::DemoMailServers::serverFailed, this, &MailServers::demoServerFailed);
}

MailServers::~MailServers() {
    m_demo->stop();
}

void MailServers::startDemo() {
    if (m_demo->unavailableReason().isEmpty())
        m_demo->start(*m_topology);
}

void MailServers::stopDemo() {
    m_demo->stop();
}

queues::PostfixInstance MailServers::instanceOf(const directory::Dn &server,
                                                postfix::PostfixConfigGenerator::Options *options,
                                                QString *missing) const {
    const queues::PostfixInstance instance = m_sources->source(server);
    if (instance.isNull()) {
        *missing = tr("No Postfix is known for %1: set its queue source on its Queues node (Queue "
                      "Source…). The demo organization's gateways GW1 and GW2 have private "
                      "Postfix instances when Bridgehead runs as root with Postfix installed.")
                       .arg(server.rdnValue());
        if (const QString reason = m_demo->unavailableReason(); !reason.isEmpty())
            *missing += QLatin1Char(' ') + reason;
        return {};
    }
    // The demo's instances listen on the loopback plan's addresses, not the directory's.
    if (!m_demo->configDirectory(server).isEmpty())
        *options = m_demo->plan().options();
    return instance;
}

QList<tracking::LogSource *> MailServers::logSourcesFor(const directory::Dn &server, QObject *owner,
                                                        QString *missing) const {
    QList<tracking::LogSource *> sources;
    if (m_sources->source(server).isNull()) {
        *missing = tr("The Postfix log of %1 is not known: set its queue source on its Queues node "
                      "(Queue Source…), and tracking reads the log where that Postfix runs.")
                       .arg(server.rdnValue());
        return sources;
    }
    QList<directory::Dn> servers{server};
    for (const topology::DirectoryObject *o : m_topology->objectsOfKind(topology::ObjectKind::Server))
        if (o->dn() != server && !m_sources->source(o->dn()).isNull())
            servers.append(o->dn());
    for (const directory::Dn &dn : std::as_const(servers)) {
        const topology::DirectoryObject *o = m_topology->find(dn);
        sources.append(new tracking::InstanceLogSource(o ? o->displayName() : dn.rdnValue(), m_sources->source(dn),
                                                       owner));
    }
    return sources;
}
