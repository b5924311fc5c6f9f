#pragma once

// Wakes a worker thread that waits in poll(2) on its LDAP connection: another thread calls wake()
// (to stop it, or to ask for a refresh), and the worker's wait returns at once.

namespace directory {

class WakePipe {
public:
    WakePipe();
    ~WakePipe();
    WakePipe(const WakePipe &) = delete;
    WakePipe &operator=(const WakePipe &) = delete;

    // From any thread.
    void wake();
    // Waits up to `milliseconds` for a wake() or for `fd` (if not -1) to be readable, and takes the
    // wakes in. True when `fd` is readable or hung up.
    bool wait(int milliseconds, int fd = -1);

private:
    int m_fds[2] = {-1, -1};
};

} // namespace directory
