// Takes a picture of the help window on one page (a rule, "index" or a page file), as a person would see it
// (run it under Xvfb):
//   xvfb-run -a help_screenshot smtp-vs-no-outbound-connector out.png

#include "HelpViewer.h"

#include <QApplication>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: help_screenshot RULE-ID|PAGE.html|index OUTPUT.png\n");
        return 2;
    }
    const QString page = QString::fromLocal8Bit(argv[1]);
    const QString out = QString::fromLocal8Bit(argv[2]);
    helpui::HelpViewer *help = helpui::HelpViewer::open(
        page == QLatin1String("index")          ? helpui::HelpViewer::indexPage()
        : page.endsWith(QLatin1String(".html")) ? page
                                                : helpui::HelpViewer::rulePage(page));
    QTimer::singleShot(300, help, [&] {
        const bool saved = help->grab().save(out);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "Saved" : "Could not save", qPrintable(out));
        QApplication::exit(saved ? 0 : 1);
    });
    return app.exec();
}
