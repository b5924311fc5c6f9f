#pragma once

// `bridgehead new internet-mail --gateway SERVER [--virtual-server NAME] [--ip IP | --all-unassigned]
// [--port N] [--smart-host 'LIST' | --dns]`: the Internet Mail wizard for scripts. --virtual-server
// names one of the gateway's virtual servers, or a new one made with the defaults (the server's FQDN,
// and where --ip/--port say or else CreationPlanner::defaultBinding); without it, the gateway's only
// virtual server is used (or a new "SMTP-<server>" when it has none). With several, a script has to
// say which: the wizard's preselection is a suggestion the user sees, a script's choice is not.

#include "CreationSubcommand.h"

namespace cli {

class NewInternetMailSubcommand : public CreationSubcommand {
    Q_OBJECT
public:
    using CreationSubcommand::CreationSubcommand;
    QStringList words() const override { return {QStringLiteral("new"), QStringLiteral("internet-mail")}; }
    QString description() const override;

protected:
    void addCreationOptions(QCommandLineParser &parser) override;
    QString checkCreationOptions(const QCommandLineParser &parser) override;
    std::optional<topology::CreationPlanner::Plan>
    plan(const QCommandLineParser &parser, const topology::Topology &topology, QString *refusal) override;
};

} // namespace cli
