#pragma once

// The `bridgehead new …` command lines that create what a wizard creates, for its last page: the
// connection options of the session, each object named so that the command line finds it again,
// every argument quoted for a POSIX shell. The option names are the ones app/cli reads.

#include "CreationPlanner.h"

#include <QStringList>

namespace directory {
struct ConnectionSettings;
}

namespace topology {

class Topology;

class EquivalentCommand {
public:
    // Stands for the file holding the bind password, which is never shown.
    static QString passwordFilePlaceholder() { return QStringLiteral("PASSWORD-FILE"); }

    // --uri, --base and the bind and TLS options for these settings.
    static QStringList connectionArguments(const directory::ConnectionSettings &settings,
                                           const QString &base);

    // Each returns whole command lines, program name first; the connection options follow the words.
    static QStringList virtualServer(const Topology &topology, const QStringList &connection,
                                     const CreationPlanner::VirtualServer &spec);
    static QStringList connector(const Topology &topology, const QStringList &connection,
                                 const CreationPlanner::Connector &spec);
    // One command, with where a new virtual server listens; two when the new one announces a name
    // other than the server's FQDN, which `new internet-mail` does not take: `new virtual-server` first.
    static QList<QStringList> internetMail(const Topology &topology, const QStringList &connection,
                                           const CreationPlanner::InternetMail &spec);

    static QString shellQuote(const QString &argument);
    // One command for a shell: the words, then one option (with its value) per continued line.
    static QString toShell(const QStringList &arguments);
    static QString toShell(const QList<QStringList> &commands);
};

} // namespace topology
