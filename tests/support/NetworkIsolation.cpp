#include "NetworkIsolation.h"

#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

namespace testsupport {

namespace {
bool g_isolated = false;
}

bool isolateNetwork() {
    if (g_isolated)
        return true;
    if (::geteuid() != 0 || ::unshare(CLONE_NEWNET) != 0)
        return false;
    // A new namespace has only "lo", and it is down.
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    ifreq request{};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    bool up = ::ioctl(fd, SIOCGIFFLAGS, &request) == 0;
    request.ifr_flags |= IFF_UP | IFF_RUNNING;
    up = up && ::ioctl(fd, SIOCSIFFLAGS, &request) == 0;
    ::close(fd);
    if (!up)
        std::fprintf(stderr, "could not bring up the loopback interface of the test's network namespace\n");
    g_isolated = up;
    return up;
}

bool networkIsolated() {
    return g_isolated;
}

} // namespace testsupport
