// Takes a picture of the help window on one page, as a person would see it (run it under Xvfb):
//   xvfb-run -a help_screenshot smtp-vs-no-outbound-connector out.png

#include "HelpWindow.h"

#include <QApplication>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: help_screenshot RULE-ID|index OUTPUT.png\n");
        return 2;
    }
    const QString page = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    widgets::HelpWindow help;
    help.setPage(page == QLatin1String("index") ? widgets::HelpWindow::indexPage()
                                                : widgets::HelpWindow::rulePage(page));
    help.show();
    QTimer::singleShot(300, &help, [&] {
        const bool saved = help.grab().save(out);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "Saved" : "Could not save", qPrintable(out));
        QApplication::exit(saved ? 0 : 1);
    });
    return app.exec();
}
