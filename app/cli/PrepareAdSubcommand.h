#pragma once

// `bridgehead prepare-ad`: prepares an Active Directory forest for Bridgehead, as Exchange's
// forest preparation does for the subset Bridgehead uses. Shows what it will add, then adds it
// (unless --dry-run); adds nothing where the forest has it already, Exchange's own schema
// included; refuses with the reason where the forest defines a name or OID differently.

#include "Subcommand.h"

#include <memory>

namespace directory {
class Connection;
}

namespace schema {
class SchemaPreparer;
}

namespace cli {

class PrepareAdSubcommand : public Subcommand {
    Q_OBJECT
public:
    explicit PrepareAdSubcommand(QObject *parent = nullptr);
    ~PrepareAdSubcommand() override;

    QStringList words() const override { return {QStringLiteral("prepare-ad")}; }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    void start(const QCommandLineParser &parser) override;

private:
    std::unique_ptr<directory::Connection> m_connection;
    schema::SchemaPreparer *m_preparer = nullptr;
};

} // namespace cli
