#include "CommandLine.h"
#include "MainWindow.h"
#include "SubcommandRunner.h"
#include "Translations.h"

#include <QApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM, SIGINT and SIGHUP (a closed terminal or ssh session) end the event loop normally, so
// the demo directory and temporary files are cleaned up as on File > Exit.
void quitOnTerminationSignals(QApplication &app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("Bridgehead"));
    QCoreApplication::setOrganizationName(QStringLiteral("Bridgehead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIDGEHEAD_VERSION));
}

// Subcommands, --help and --version: no window, so no display is needed.
int runWithoutWindow(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    CommandLine cli;
    QString error;
    if (!cli.parse(QCoreApplication::arguments(), &error)) {
        std::fprintf(stderr, "bridgehead: %s\n", qPrintable(error));
        return 2;
    }
    return cli::runSubcommand(QCoreApplication::arguments(), cli.subcommand);
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::runsWithoutWindow(arguments))
        return runWithoutWindow(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    quitOnTerminationSignals(app);
    installTranslations(app);

    CommandLine cli;
    QString error;
    if (!cli.parse(QApplication::arguments(), &error)) {
        std::fprintf(stderr, "bridgehead: %s\n", qPrintable(error));
        return 2;
    }

    MainWindow window;
    window.show();
    if (!cli.selectDn.isEmpty()) {
        QObject::connect(&window, &MainWindow::loaded, &window, [&window, dn = cli.selectDn] {
            if (!window.selectNode(directory::Dn::parse(dn)))
                std::fprintf(
                    stderr, "bridgehead: %s\n",
                    qPrintable(QCoreApplication::translate("main", "%1 is not in the tree.").arg(dn)));
        });
    }
    if (!cli.screenshotFile.isEmpty()) {
        QObject::connect(&window, &MainWindow::loaded, &window, [&window, file = cli.screenshotFile] {
            // Let the tree lay out once more before the picture is taken.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                const QString text = saved
                                         ? QCoreApplication::translate("main", "Saved %1").arg(file)
                                         : QCoreApplication::translate("main", "Could not save %1").arg(file);
                std::fprintf(saved ? stdout : stderr, "%s\n", qPrintable(text));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    if (cli.demo)
        window.openDemo();
    else if (cli.hasConnection)
        window.connectTo(cli.settings);
    else
        window.showConnectDialog(); // as ESM does: say where to connect first
    return app.exec();
}
