#pragma once

// Parses the command line: how to connect (--demo, --uri …), what the console should do once
// loaded, and which subcommand to run instead of the console. Everything after the subcommand's
// first word belongs to the subcommand, which parses it itself.

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Returns false with a message in *error (usage problems); --help/--version exit inside.
    bool parse(const QStringList &arguments, QString *error);
    // Whether these arguments open no window (a subcommand, --help, --version, or a usage error
    // to report): decided before any application object exists, so no display is needed for them.
    static bool runsWithoutWindow(const QStringList &arguments);

    bool demo = false;
    bool hasConnection = false; // --uri given
    directory::ConnectionSettings settings;
    QString screenshotFile; // save a picture of the loaded window there, then quit
    QString selectDn;       // select this object in the tree once loaded
    QStringList subcommand; // the words from the subcommand on; empty: open the console

private:
    static void define(QCommandLineParser &parser);
};
