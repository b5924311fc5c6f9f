#include "PostfixConfigGenerator.h"

#include "ExchangeServer.h"
#include "RouteResolver.h"
#include "RoutingTopology.h"
#include "SmtpConnector.h"
#include "SmtpVirtualServer.h"
#include "Topology.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>

namespace postfix {

using routing::NextHop;
using topology::SmtpVirtualServer;

namespace {

QString slug(const QString &text) {
    QString out;
    for (QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out.left(40);
}

// "[host]:port": brackets turn off the MX lookup, as for an Exchange smart host.
QString destination(const NextHop::Host &host) {
    return QStringLiteral("[%1]:%2").arg(host.host).arg(host.port);
}

bool isIpv6(const QString &address) {
    return address.contains(QLatin1Char(':'));
}

// The domains the organization's SMTP address spaces name ("" for "*"), most specific first.
QStringList addressSpaceDomains(const topology::Topology &t) {
    QSet<QString> seen;
    QList<std::pair<int, QString>> domains;
    for (const auto *connector :
         t.objectsOfKindAs<topology::SmtpConnector>(topology::ObjectKind::SmtpConnector))
        for (const topology::AddressSpace &space : connector->addressSpaces()) {
            if (!space.isSmtp())
                continue;
            QString domain = space.address().toLower();
            if (domain == QLatin1String("*"))
                domain.clear();
            else if (domain.startsWith(QLatin1String("*.")))
                domain.remove(0, 2);
            if (!seen.contains(domain)) {
                seen.insert(domain);
                domains.append({int(domain.count(QLatin1Char('.'))) + (domain.isEmpty() ? 0 : 1), domain});
            }
        }
    std::sort(domains.begin(), domains.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList out;
    for (const auto &d : domains)
        out.append(d.second);
    return out;
}

class Builder {
    Q_DECLARE_TR_FUNCTIONS(postfix::PostfixConfigGenerator)
public:
    Builder(const topology::Topology &t, const PostfixConfigGenerator::Options &options,
            PostfixConfig &config)
        : m_topology(t)
        , m_routing(t)
        , m_options(options)
        , m_config(config) {}

    void listeners(const topology::ExchangeServer &server);
    void entries(const topology::ExchangeServer &server);
    void relayHost(const topology::ExchangeServer &server);

private:
    NextHop::Host where(const SmtpVirtualServer &vs, int binding, const NextHop::Host &fallback) const;
    std::optional<NextHop::Host> outside(const NextHop::Host &destination) const;
    QStringList destinations(const routing::RouteHop &hop) const;
    QString transportFor(const routing::Route &route, const QString &connectorName,
                         const QString &fallbackName, const QStringList &fallback);
    void warnOnce(const QString &warning);

    const topology::Topology &m_topology;
    routing::RoutingTopology m_routing;
    const PostfixConfigGenerator::Options &m_options;
    PostfixConfig &m_config;
};

void Builder::warnOnce(const QString &warning) {
    if (!m_config.warnings.contains(warning))
        m_config.warnings.append(warning);
}

NextHop::Host Builder::where(const SmtpVirtualServer &vs, int binding, const NextHop::Host &fallback) const {
    if (m_options.addressOf)
        if (const std::optional<NextHop::Host> mapped = m_options.addressOf(vs, binding))
            return *mapped;
    return fallback;
}

std::optional<NextHop::Host> Builder::outside(const NextHop::Host &destination) const {
    return m_options.sendTo ? m_options.sendTo(destination) : std::nullopt;
}

void Builder::listeners(const topology::ExchangeServer &server) {
    for (const SmtpVirtualServer *vs : m_routing.virtualServersOf(server.dn())) {
        if (vs->bindings().isEmpty()) {
            warnOnce(tr("%1 has no valid binding, so it gets no listener.").arg(vs->displayName()));
            continue;
        }
        for (qsizetype i = 0; i < vs->bindings().size(); ++i) {
            const topology::ServerBinding &binding = vs->bindings().at(i);
            NextHop::Host bound{binding.address(), !binding.isAllUnassigned(), binding.port()};
            bound = where(*vs, int(i), bound);
            Listener l;
            l.port = bound.port;
            l.virtualServer = vs->displayName();
            if (!bound.literal)
                l.service = QString::number(bound.port);
            else if (isIpv6(bound.host))
                l.service = QStringLiteral("[%1]:%2").arg(bound.host).arg(bound.port);
            else
                l.service = QStringLiteral("%1:%2").arg(bound.host).arg(bound.port);
            l.comment = tr("%1 (%2), binding %3")
                            .arg(vs->displayName(), vs->dn().toDisplayString(), binding.toValue());
            // The listener's log lines carry its name, so message tracking can tell which virtual
            // server took a message in; the default syslog_name comes first, as Postfix builds it.
            l.overrides.append(
                QStringLiteral("syslog_name=${multi_instance_name?{$multi_instance_name}:{postfix}}/%1")
                    .arg(PostfixConfigGenerator::listenerTag(server.name(), vs->name())));
            if (!vs->fqdn().isEmpty())
                l.overrides.append(QStringLiteral("myhostname=%1").arg(vs->fqdn()));
            l.overrides.append(QStringLiteral("message_size_limit=%1").arg(vs->maxMessageSize()));
            l.overrides.append(QStringLiteral("smtpd_recipient_limit=%1").arg(vs->maxRecipients()));
            m_config.listeners.append(l);
        }
    }
}

QStringList Builder::destinations(const routing::RouteHop &hop) const {
    QStringList out;
    const NextHop &next = hop.nextHop;
    if (next.kind() == NextHop::Kind::Server) {
        const auto *vs = m_topology.findAs<SmtpVirtualServer>(next.virtualServerDn());
        for (const NextHop::Host &host : next.hosts())
            out.append(destination(vs ? where(*vs, 0, host) : host));
    } else if (next.kind() == NextHop::Kind::SmartHosts) {
        for (const NextHop::Host &host : next.hosts())
            out.append(destination(outside(host).value_or(host)));
    } else if (next.kind() == NextHop::Kind::Dns) {
        if (const std::optional<NextHop::Host> instead =
                outside(NextHop::Host{QString(), false, next.port()}))
            out.append(destination(*instead));
    }
    out.removeDuplicates(); // two smart hosts sent to the same place are one destination
    return out;
}

QString Builder::transportFor(const routing::Route &route, const QString &connectorName,
                              const QString &fallbackName, const QStringList &fallback) {
    const routing::RouteHop &first = route.hops.first();
    QStringList overrides;
    if (!fallback.isEmpty())
        overrides.append(QStringLiteral("smtp_fallback_relay=%1").arg(fallback.join(QLatin1Char(','))));
    // A connector's own settings matter only where it sends from; elsewhere the message goes to a
    // bridgehead first, which applies them.
    if (first.via == routing::RouteHop::Via::SmtpConnector) {
        const auto *connector = m_topology.findAs<topology::SmtpConnector>(first.connectorDn);
        if (connector && connector->requireTls())
            overrides.append(QStringLiteral("smtp_tls_security_level=encrypt"));
        if (connector && connector->heloInsteadOfEhlo())
            overrides.append(QStringLiteral("smtp_never_send_ehlo=yes"));
        if (first.nextHop.kind() == NextHop::Kind::Dns && first.nextHop.port() != 25)
            overrides.append(QStringLiteral("smtp_tcp_port=%1").arg(first.nextHop.port()));
    }
    if (overrides.isEmpty())
        return QStringLiteral("smtp");
    for (const Transport &t : m_config.transports)
        if (t.overrides == overrides)
            return t.name;
    QString name = PostfixConfigGenerator::transportName(connectorName);
    for (int n = 2; m_config.transport(name); ++n)
        name = PostfixConfigGenerator::transportName(connectorName) + QStringLiteral("-%1").arg(n);
    Transport t;
    t.name = name;
    t.overrides = overrides;
    t.comment = fallback.isEmpty() ? tr("%1, with its own settings").arg(connectorName)
                                   : tr("%1, falling back to %2").arg(connectorName, fallbackName);
    m_config.transports.append(t);
    return name;
}

void Builder::entries(const topology::ExchangeServer &server) {
    const routing::RouteResolver resolver(m_topology);
    for (const QString &domain : addressSpaceDomains(m_topology)) {
        const routing::Route route = resolver.resolveDomain(server.dn(), domain);
        const QString shown = domain.isEmpty() ? QStringLiteral("*") : domain;
        if (!route.isValid()) {
            warnOnce(route.error);
            return;
        }
        if (!route.usesConnector()) {
            m_config.notes.append(
                tr("%1: no connector routes it from %2; default_transport (DNS) delivers it.")
                    .arg(shown, server.displayName()));
            continue;
        }
        const routing::RouteCandidate &primary = route.candidates.first();
        if (!domain.isEmpty() && primary.specificity == 0) {
            m_config.notes.append(
                tr("%1: no connector this server reaches names it, so the * entry routes it.").arg(domain));
            continue;
        }
        const QStringList nexthops = destinations(route.hops.first());
        QStringList fallback;
        QString fallbackName;
        QString fallbackNote;
        if (route.candidates.size() > 1) {
            const routing::RouteCandidate &next = route.candidates.at(1);
            fallbackName = next.connectorName;
            fallback = destinations(next.hops.first());
            fallbackNote =
                fallback.isEmpty()
                    ? tr("; %1 would be next but uses DNS, which a fallback relay cannot").arg(fallbackName)
                    : tr(", then %1 as fallback relay").arg(fallbackName);
        }
        QString via;
        if (route.hops.first().via != routing::RouteHop::Via::SmtpConnector)
            via = tr("; first to %1").arg(route.hops.first().nextHop.serverName());
        const QString comment =
            tr("%1: %2 (%3, cost %4)%5%6")
                .arg(shown, primary.connectorName, primary.addressSpace.toRoutingListValue())
                .arg(primary.totalCost())
                .arg(via, fallbackNote);
        TransportEntry entry;
        entry.transport = transportFor(route, primary.connectorName, fallbackName, fallback);
        entry.nexthop = nexthops.join(QStringLiteral(", "));
        entry.comment = comment;
        entry.connector = primary.connectorName;
        if (domain.isEmpty()) {
            entry.pattern = QStringLiteral("*");
            m_config.entries.append(entry);
        } else {
            // An address space covers the domain and its subdomains; a transport map pattern
            // "domain" only the domain itself, ".domain" the subdomains.
            entry.pattern = domain;
            m_config.entries.append(entry);
            entry.pattern = QLatin1Char('.') + domain;
            m_config.entries.append(entry);
        }
    }
}

void Builder::relayHost(const topology::ExchangeServer &server) {
    const SmtpVirtualServer *vs = m_routing.sendingVirtualServer(server.dn());
    if (!vs || vs->smartHost().isEmpty())
        return;
    QStringList hosts;
    for (const topology::SmartHostList::SmartHost &h : vs->smartHost().hosts()) {
        const NextHop::Host host{h.host, h.isLiteral, vs->outgoingPort()};
        hosts.append(destination(outside(host).value_or(host)));
    }
    m_config.relayHost = hosts.join(QStringLiteral(", "));
    m_config.relayHostComment =
        tr("The smart host set on %1: mail no connector routes goes there, as Exchange sends it.")
            .arg(vs->displayName());
}

} // namespace

QString PostfixConfigGenerator::listenerTag(const QString &serverName, const QString &virtualServerName) {
    return QStringLiteral("bh-%1-vs%2").arg(slug(serverName), slug(virtualServerName));
}

QHash<QString, QString> PostfixConfigGenerator::listenerNames(const topology::Topology &topology) {
    QHash<QString, QString> names;
    for (const auto *vs : topology.objectsOfKindAs<SmtpVirtualServer>(topology::ObjectKind::VirtualServer)) {
        const auto *server = topology.findAs<topology::ExchangeServer>(vs->serverDn());
        if (server)
            names.insert(listenerTag(server->name(), vs->name()),
                         tr("%1 on %2").arg(vs->displayName(), server->displayName()));
    }
    return names;
}

QString PostfixConfigGenerator::transportName(const QString &connectorName) {
    const QString s = slug(connectorName);
    return QStringLiteral("bh-") + (s.isEmpty() ? QStringLiteral("connector") : s);
}

std::optional<PostfixConfig> PostfixConfigGenerator::generate(const topology::Topology &topology,
                                                              const directory::Dn &serverDn,
                                                              const Options &options, QString *error) {
    const auto *server = topology.findAs<topology::ExchangeServer>(serverDn);
    if (!server) {
        if (error)
            *error = tr("%1 is not an Exchange server in the directory.").arg(serverDn.toDisplayString());
        return std::nullopt;
    }
    PostfixConfig config;
    config.serverDn = serverDn;
    config.serverName = server->displayName();
    Builder builder(topology, options, config);
    builder.listeners(*server);
    builder.relayHost(*server);
    builder.entries(*server);
    return config;
}

} // namespace postfix
