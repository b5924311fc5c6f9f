#pragma once

// Where the demo's private Postfix instances listen and send: each binding of each virtual server
// of the organization gets a loopback port of its own (given out when first asked for, so a
// virtual server made later gets one too), and every destination outside the organization (smart
// hosts, DNS) becomes one closed loopback port, where mail stays queued in Retry. Nothing leaves
// the machine. Shared by the instances' first configuration and later applies.

#include "PostfixConfigGenerator.h"

#include <QHash>

#include <memory>

namespace postfix {

class LoopbackPlan {
public:
    LoopbackPlan();

    int closedPort() const { return m_state->closedPort; }
    QString closedRelay() const;
    // The loopback port of a virtual server's binding.
    int portOf(const directory::Dn &virtualServer, int binding = 0) const;
    PostfixConfigGenerator::Options options() const;

    // A port nothing listens on right now.
    static int freePort();

private:
    struct State {
        int closedPort = 0;
        QHash<QString, int> ports; // "<virtual server DN key>#<binding>" → port
    };
    std::shared_ptr<State> m_state;
};

} // namespace postfix
