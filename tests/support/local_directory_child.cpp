// A process that starts the demo directory and prints slapd's process id and its data directory,
// for the test that kills this process and checks that slapd goes with it.

#include "LocalDirectory.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    directory::LocalDirectory dir;
    QObject::connect(&dir, &directory::LocalDirectory::started, [&dir] {
        std::printf("%lld %s\n", static_cast<long long>(dir.serverProcessId()),
                    qPrintable(dir.directoryPath()));
        std::fflush(stdout);
    });
    QObject::connect(&dir, &directory::LocalDirectory::failed, [](const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    dir.start(directory::LocalDirectory::demoOptions());
    return app.exec();
}
