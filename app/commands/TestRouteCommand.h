#pragma once

// Action › Test Route… on a server: opens the route tester for mail leaving that server.

#include "ConsoleCommand.h"

namespace commands {

class TestRouteCommand : public ConsoleCommand {
    Q_DECLARE_TR_FUNCTIONS(commands::TestRouteCommand)
public:
    using ConsoleCommand::ConsoleCommand;
    QString id() const override { return QStringLiteral("testRouteAction"); }
    QString text() const override { return tr("Test R&oute…"); }
    bool appliesTo(const console::Selection &selection) const override;
    void run(const console::Selection &selection) override;
};

} // namespace commands
