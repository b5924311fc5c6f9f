#include "SubcommandRunner.h"

#include "Subcommand.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>

namespace cli {

namespace {

// The runner's messages, under one translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli::SubcommandRunner)
};

void printError(const QString &message) {
    std::fprintf(stderr, "bridgehead: %s\n", qPrintable(message));
}

// The subcommand whose words start `words` (the longest match), or null.
std::unique_ptr<Subcommand> find(const QStringList &words) {
    std::unique_ptr<Subcommand> best;
    for (const SubcommandFactory &make : subcommands()) {
        std::unique_ptr<Subcommand> candidate = make();
        const QStringList w = candidate->words();
        if (w.size() <= words.size() && words.mid(0, w.size()) == w &&
            (!best || w.size() > best->words().size()))
            best = std::move(candidate);
    }
    return best;
}

} // namespace

QString subcommandSummary() {
    QString out;
    for (const SubcommandFactory &make : subcommands()) {
        const std::unique_ptr<Subcommand> c = make();
        out += QStringLiteral("  %1  %2\n").arg(c->words().join(QLatin1Char(' ')), -24).arg(c->description());
    }
    return out;
}

int runSubcommand(const QStringList &arguments, const QStringList &words) {
    std::unique_ptr<Subcommand> command = find(words);
    if (!command) {
        printError(Text::tr("Unknown command \"%1\". Run bridgehead --help for the list of commands.")
                       .arg(words.join(QLatin1Char(' '))));
        return Subcommand::CannotRun;
    }
    const QStringList commandWords = command->words();
    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    parser.addHelpOption();
    command->addOptions(parser);
    parser.addPositionalArgument(commandWords.join(QLatin1Char(' ')), command->description());
    // Everything from the subcommand's words on, as its own command line.
    const qsizetype at = arguments.indexOf(words.first());
    QStringList own{arguments.first()};
    own += arguments.mid(at);
    if (!parser.parse(own)) {
        printError(parser.errorText());
        return Subcommand::CannotRun;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const QStringList extra = parser.positionalArguments().mid(commandWords.size());
    if (!extra.isEmpty()) {
        printError(Text::tr("Unexpected argument \"%1\" for bridgehead %2.")
                       .arg(extra.first(), commandWords.join(QLatin1Char(' '))));
        return Subcommand::CannotRun;
    }
    QEventLoop loop;
    QObject::connect(command.get(), &Subcommand::finished, &loop, &QEventLoop::quit);
    command->start(parser);
    if (!command->isFinished())
        loop.exec();
    return command->exitCode();
}

} // namespace cli
