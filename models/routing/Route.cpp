#include "Route.h"

#include <QJsonArray>

namespace routing {

namespace {

QString viaName(RouteHop::Via via) {
    switch (via) {
    case RouteHop::Via::Bridgehead:
        return QStringLiteral("bridgehead");
    case RouteHop::Via::RoutingGroupConnector:
        return QStringLiteral("routingGroupConnector");
    case RouteHop::Via::SmtpConnector:
        return QStringLiteral("smtpConnector");
    case RouteHop::Via::VirtualServer:
        return QStringLiteral("virtualServer");
    }
    return QString();
}

QString kindName(NextHop::Kind kind) {
    switch (kind) {
    case NextHop::Kind::None:
        return QString();
    case NextHop::Kind::Server:
        return QStringLiteral("server");
    case NextHop::Kind::SmartHosts:
        return QStringLiteral("smartHosts");
    case NextHop::Kind::Dns:
        return QStringLiteral("dns");
    }
    return QString();
}

QJsonValue nameOrNull(const QString &name) {
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

QJsonObject hopJson(const RouteHop &hop) {
    QJsonArray hosts;
    for (const NextHop::Host &host : hop.nextHop.hosts())
        hosts.append(QJsonObject{{QStringLiteral("host"), host.host},
                                 {QStringLiteral("literal"), host.literal},
                                 {QStringLiteral("port"), host.port}});
    QJsonObject next{{QStringLiteral("kind"), kindName(hop.nextHop.kind())},
                     {QStringLiteral("hosts"), hosts}};
    if (hop.nextHop.kind() == NextHop::Kind::Dns)
        next.insert(QStringLiteral("domain"), hop.nextHop.domain());
    if (hop.nextHop.kind() == NextHop::Kind::Server)
        next.insert(QStringLiteral("serverDn"), hop.nextHop.serverDn().toString());
    return QJsonObject{
        {QStringLiteral("server"), hop.serverName},
        {QStringLiteral("connector"), nameOrNull(hop.connectorName)},
        {QStringLiteral("nextHop"), hop.nextHop.toString()},
        {QStringLiteral("reason"), hop.reason},
        {QStringLiteral("via"), viaName(hop.via)},
        {QStringLiteral("serverDn"), hop.serverDn.toString()},
        {QStringLiteral("routingGroup"), hop.routingGroupName},
        {QStringLiteral("virtualServer"), nameOrNull(hop.virtualServerName)},
        {QStringLiteral("connectorDn"), nameOrNull(hop.connectorDn.toString())},
        {QStringLiteral("next"), next},
    };
}

} // namespace

QJsonObject Route::toJson() const {
    QJsonArray hopArray;
    for (const RouteHop &hop : hops)
        hopArray.append(hopJson(hop));
    QJsonArray rejectedArray;
    for (const RejectedConnector &r : rejected)
        rejectedArray.append(QJsonObject{{QStringLiteral("connector"), r.connectorName},
                                         {QStringLiteral("reason"), r.reason},
                                         {QStringLiteral("connectorDn"), r.connectorDn.toString()},
                                         {QStringLiteral("fallback"), r.fallback}});
    QJsonArray candidateArray;
    for (const RouteCandidate &c : candidates)
        candidateArray.append(
            QJsonObject{{QStringLiteral("connector"), c.connectorName},
                        {QStringLiteral("connectorDn"), c.connectorDn.toString()},
                        {QStringLiteral("addressSpace"), c.addressSpace.toRoutingListValue()},
                        {QStringLiteral("cost"), c.totalCost()}});
    return QJsonObject{
        {QStringLiteral("from"), sourceName},        {QStringLiteral("to"), recipient},
        {QStringLiteral("domain"), domain},          {QStringLiteral("hops"), hopArray},
        {QStringLiteral("rejected"), rejectedArray}, {QStringLiteral("candidates"), candidateArray},
    };
}

} // namespace routing
