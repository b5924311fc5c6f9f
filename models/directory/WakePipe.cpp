#include "WakePipe.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>

namespace directory {

WakePipe::WakePipe() {
    if (::pipe2(m_fds, O_CLOEXEC | O_NONBLOCK) != 0)
        m_fds[0] = m_fds[1] = -1;
}

WakePipe::~WakePipe() {
    for (int fd : m_fds)
        if (fd >= 0)
            ::close(fd);
}

void WakePipe::wake() {
    if (m_fds[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_fds[1], &byte, 1);
    }
}

bool WakePipe::wait(int milliseconds, int fd) {
    pollfd fds[2];
    fds[0] = pollfd{m_fds[0], POLLIN, 0};
    fds[1] = pollfd{fd, POLLIN, 0};
    const int n = ::poll(fds, fd >= 0 ? 2 : 1, std::max(0, milliseconds));
    if (n > 0 && (fds[0].revents & POLLIN)) {
        char drain[16];
        while (::read(m_fds[0], drain, sizeof drain) > 0) {
        }
    }
    return n > 0 && fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR));
}

} // namespace directory
