#pragma once

// `bridgehead new virtual-server --server SERVER --name NAME [--ip IP | --all-unassigned] [--port N]
// [--fqdn FQDN]`: the New SMTP Virtual Server wizard for scripts. Without --ip or --all-unassigned
// it listens where the wizard would start: CreationPlanner::defaultBinding on the port.

#include "CreationSubcommand.h"

namespace cli {

class NewVirtualServerSubcommand : public CreationSubcommand {
    Q_OBJECT
public:
    using CreationSubcommand::CreationSubcommand;
    QStringList words() const override { return {QStringLiteral("new"), QStringLiteral("virtual-server")}; }
    QString description() const override;

protected:
    void addCreationOptions(QCommandLineParser &parser) override;
    QString checkCreationOptions(const QCommandLineParser &parser) override;
    std::optional<topology::CreationPlanner::Plan>
    plan(const QCommandLineParser &parser, const topology::Topology &topology, QString *refusal) override;
};

} // namespace cli
