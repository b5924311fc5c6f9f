#pragma once

// `bridgehead new connector --routing-group RG --name NAME [--bridgehead SERVER[/VIRTUAL-SERVER]]...
// --address-space 'SMTP:<domain>;<cost>'... [--scope organization|routing-group]
// [--smart-host 'LIST' | --dns] [--allow-no-bridgehead]`: the New SMTP Connector wizard for scripts.

#include "CreationSubcommand.h"

namespace cli {

class NewConnectorSubcommand : public CreationSubcommand {
    Q_OBJECT
public:
    using CreationSubcommand::CreationSubcommand;
    QStringList words() const override { return {QStringLiteral("new"), QStringLiteral("connector")}; }
    QString description() const override;

protected:
    void addCreationOptions(QCommandLineParser &parser) override;
    QString checkCreationOptions(const QCommandLineParser &parser) override;
    std::optional<topology::CreationPlanner::Plan>
    plan(const QCommandLineParser &parser, const topology::Topology &topology, QString *refusal) override;

private:
    QList<topology::AddressSpace> m_spaces;
};

} // namespace cli
