// Runs a command next to a private Samba AD DC holding the demo organization, in a network
// namespace of their own: `samba_demo bridgehead --uri ldap://127.0.0.1 …` shows the console on
// Active Directory (for screenshots and trying it by hand). Stops the DC when the command ends.

#include "NetworkIsolation.h"
#include "SambaFixture.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

int main(int argc, char *argv[]) {
    if (!testsupport::isolateNetwork()) {
        std::fprintf(stderr, "samba_demo needs root (for a network namespace of its own)\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    QStringList command = app.arguments().mid(1);
    if (command.isEmpty()) {
        std::fprintf(stderr, "usage: samba_demo PROGRAM [ARGUMENTS…]\n");
        return 2;
    }
    testsupport::SambaFixture dc;
    if (!dc.startDemo())
        return 2;
    std::printf("Samba DC with the demo organization at %s; bind as %s, password %s; CA %s\n",
                qPrintable(dc.ldapUri()), testsupport::SambaFixture::AdminUpn,
                testsupport::SambaFixture::AdminPassword, qPrintable(dc.caFile()));
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(command.takeFirst(), command);
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 2;
}
