#pragma once

// Parses the command line: how to connect (--demo, --uri …) and which subcommand to run.

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QStringList>

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Returns false with a message in *error (usage problems); --help/--version exit inside.
    bool parse(const QStringList &arguments, QString *error);

    bool demo = false;
    bool hasConnection = false; // --uri given
    directory::ConnectionSettings settings;
    QString screenshotFile; // save a picture of the loaded window there, then quit
    QString selectDn;       // select this object in the tree once loaded
    QString subcommand;     // empty: open the console
    QStringList subcommandArguments;
};
