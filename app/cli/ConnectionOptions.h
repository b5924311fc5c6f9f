#pragma once

// The connection options every subcommand that reads the directory takes, spelled as for the
// console: --uri --base --bind-dn --password-file | --sasl-external, --starttls, --ca-file.

#include "ConnectionSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cli {

class ConnectionOptions {
    Q_DECLARE_TR_FUNCTIONS(cli::ConnectionOptions)
public:
    static QList<QCommandLineOption> options();
    // The settings the options ask for, or a message saying what is wrong (in *error).
    static std::optional<directory::ConnectionSettings> read(const QCommandLineParser &parser,
                                                             QString *error);
    // Whether --uri was given.
    static bool isSet(const QCommandLineParser &parser);
};

} // namespace cli
