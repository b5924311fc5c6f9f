#pragma once

// Turns what the directory says about one server into its Postfix configuration: every binding of
// its SMTP virtual servers becomes an smtpd listener (with myhostname, message_size_limit and
// smtpd_recipient_limit from the virtual server), and every SMTP address space of the
// organization becomes a transport entry with the route the RouteResolver finds from this server:
// the first hop of the best candidate, the next candidate as fallback relay. Reads the Topology
// synchronously and keeps nothing from it.

#include "NextHop.h"
#include "PostfixConfig.h"

#include <QHash>

#include <functional>
#include <optional>

namespace topology {
class Topology;
class SmtpVirtualServer;
} // namespace topology

namespace postfix {

class PostfixConfigGenerator {
    Q_DECLARE_TR_FUNCTIONS(postfix::PostfixConfigGenerator)
public:
    struct Options {
        // Where a virtual server's binding (by its index among the valid bindings) listens, and so
        // where other servers reach it. Empty (or no answer): the binding itself. The demo and tests
        // put each virtual server on a loopback port of its own.
        std::function<std::optional<routing::NextHop::Host>(const topology::SmtpVirtualServer &, int binding)>
            addressOf;
        // Where mail for a destination outside the organization goes instead: a smart host, or DNS
        // (a host with an empty name). Empty (or no answer): the destination itself. The demo sends
        // nothing beyond the loopback interface.
        std::function<std::optional<routing::NextHop::Host>(const routing::NextHop::Host &)> sendTo;
    };

    // Null, with the reason in *error, when `server` is not an Exchange server.
    static std::optional<PostfixConfig> generate(const topology::Topology &topology,
                                                 const directory::Dn &server, const Options &options,
                                                 QString *error = nullptr);
    static std::optional<PostfixConfig> generate(const topology::Topology &topology,
                                                 const directory::Dn &server, QString *error = nullptr) {
        return generate(topology, server, Options(), error);
    }

    // A master.cf service name for a connector: "bh-" and its name in lower case letters, digits
    // and hyphens.
    static QString transportName(const QString &connectorName);
    // The name a virtual server's listeners log under ("bh-gw1-vs2"), so tracking can tell which
    // virtual server took a message in.
    static QString listenerTag(const QString &serverName, const QString &virtualServerName);
    // Every virtual server of the organization by its listener tag: "Internet SMTP Virtual Server
    // on GW1".
    static QHash<QString, QString> listenerNames(const topology::Topology &topology);
};

} // namespace postfix
