#include "CommandLine.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Bridgehead"));
    QApplication::setOrganizationName(QStringLiteral("Bridgehead"));
    QApplication::setApplicationVersion(QStringLiteral(BRIDGEHEAD_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("bridgehead"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    CommandLine cli;
    QString error;
    if (!cli.parse(QApplication::arguments(), &error)) {
        std::fprintf(stderr, "bridgehead: %s\n", qPrintable(error));
        return 2;
    }
    if (!cli.subcommand.isEmpty()) {
        std::fprintf(
            stderr, "bridgehead: %s\n",
            qPrintable(QCoreApplication::translate("main", "Unknown command \"%1\".").arg(cli.subcommand)));
        return 2;
    }

    MainWindow window;
    window.show();
    if (cli.demo)
        window.openDemo();
    else if (cli.hasConnection)
        window.connectTo(cli.settings);
    return app.exec();
}
