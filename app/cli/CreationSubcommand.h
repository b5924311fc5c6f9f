#pragma once

// What `bridgehead new virtual-server`, `new connector` and `new internet-mail` share: --format
// text|json, a plan from topology::CreationPlanner (the same checks and the same ChangeSet as the
// wizards), the write as one ChangeSet, and the DNs it created on stdout. A refusal names the option
// to change and exits 1 with nothing written; so does a write the directory refuses (an entry made
// meanwhile) once it has been undone. Anything else that stops the write exits 2.

#include "CreationPlanner.h"
#include "DirectorySubcommand.h"

namespace topology {
struct ChangeSetResult;
class Topology;
} // namespace topology

namespace cli {

class CreationSubcommand : public DirectorySubcommand {
    Q_OBJECT
public:
    using DirectorySubcommand::DirectorySubcommand;

protected:
    virtual void addCreationOptions(QCommandLineParser &parser) = 0;
    // Checks what can be checked before the directory is read; the reason to refuse, or "".
    virtual QString checkCreationOptions(const QCommandLineParser &parser) = 0;
    // The plan for the options, or nothing with the reason to refuse in *refusal.
    virtual std::optional<topology::CreationPlanner::Plan>
    plan(const QCommandLineParser &parser, const topology::Topology &topology, QString *refusal) = 0;

    // "--name: reason": a planner's refusal, with the option that holds the input it is about.
    static QString withOption(const QString &option, const QString &reason);
    // --smart-host LIST, or --dns (the default): the smart hosts, or the reason to refuse.
    static QList<QCommandLineOption> routingOptions();
    static QString checkRouting(const QCommandLineParser &parser);
    static topology::SmartHostList smartHosts(const QCommandLineParser &parser);
    // --ip IP | --all-unassigned, --port N: where a new virtual server listens.
    static QList<QCommandLineOption> bindingOptions();
    // What can be checked of them without the directory: the reason to refuse, or "".
    static QString checkBinding(const QCommandLineParser &parser);
    // Whether any of them was given.
    static bool bindingGiven(const QCommandLineParser &parser);
    // The binding they ask for on `server`: what is not given is CreationPlanner::defaultBinding's.
    static topology::ServerBinding binding(const QCommandLineParser &parser, const topology::Topology &topology,
                                           const directory::Dn &server);

private:
    void addCommandOptions(QCommandLineParser &parser) final;
    QString checkOptions(const QCommandLineParser &parser) final;
    void run(const QCommandLineParser &parser, console::DirectorySession &session) final;
    void written(const topology::ChangeSet &changes, const topology::ChangeSetResult &result);

    bool m_json = false;
};

} // namespace cli
